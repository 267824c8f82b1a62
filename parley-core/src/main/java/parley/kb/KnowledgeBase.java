package parley.kb;

import java.util.Map;
import java.util.Set;

/** Everything Parley knows, loaded once and shared read-only by every coder. */
public final class KnowledgeBase {
    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    private final CameoTable cameo;
    private final ActorKnowledgeBase actors;
    private final Gazetteer gazetteer;
    private final Map<String, LanguagePack> languages;

    public KnowledgeBase(CameoTable cameo, ActorKnowledgeBase actors, Gazetteer gazetteer,
                         Map<String, LanguagePack> languages) {
        this.cameo = cameo;
        this.actors = actors;
        this.gazetteer = gazetteer;
        this.languages = Map.copyOf(languages);
    }

    /** Loads the knowledge files bundled with Parley. Bad files fail here, at start-up. */
    public static KnowledgeBase bundled() {
        CameoTable cameo = CameoTable.bundled();
        ActorKnowledgeBase actors = ActorKnowledgeBase.bundled();
        return new KnowledgeBase(cameo, actors, Gazetteer.bundled(), Map.of(
                "fr", LanguagePack.bundled("fr", actors, cameo),
                "en", LanguagePack.bundled("en", actors, cameo)));
    }

    public CameoTable cameo() {
        return cameo;
    }

    public ActorKnowledgeBase actors() {
        return actors;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public LanguagePack language(String code) {
        LanguagePack p = languages.get(code);
        if (p == null) {
            throw new IllegalArgumentException("unsupported language: " + code + " (Parley codes fr and en)");
        }
        return p;
    }
}
