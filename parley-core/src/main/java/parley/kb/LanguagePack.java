package parley.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import parley.model.Mode;
import parley.model.Token;
import parley.text.Fold;

/**
 * Everything Parley knows about one language, loaded from {@code parley/lang/<code>/}: actor phrases,
 * agent nouns and titles, anaphors, event lexicon, modality words, function words and page furniture.
 * Formats: docs/kb-actors.md, docs/kb-events.md, docs/kb-language.md.
 */
public final class LanguagePack {
    /** Marks a required word of an event pattern that must not stand in the trigger's subject ("reconnaître >président"). */
    static final String OUTSIDE_SUBJECT = ">";


    /**
     * A phrase naming a state or organisation: kind is name, adjective, demonym or seat. How it is written
     * in the file says how it must be written in text: an acronym in capitals ("US") only matches capitals,
     * a capitalised name only matches capitalised words, a lower-case name ("talibans") matches any case.
     */
    public record PhraseEntry(String phrase, String affiliation, String sector, String kind) {

        public boolean matchesCase(String firstWord, String words) {
            if (phrase.length() > 1 && phrase.equals(phrase.toUpperCase(java.util.Locale.ROOT))
                    && phrase.chars().anyMatch(Character::isLetter)) {
                return words.equals(words.toUpperCase(java.util.Locale.ROOT));
            }
            boolean nameLike = kind.equals("name") || kind.equals("seat");
            return !nameLike || !Fold.capitalised(phrase) || Fold.capitalised(firstWord);
        }
    }

    /** A noun for a group (police) or a title (président); kind is group or title. */
    public record AgentEntry(String sector, String kind) {
    }

    /** A word that changes an event's mode; scope dep (child of the trigger) or gov (governs it). */
    public record ModalityEntry(Mode mode, String scope) {
    }

    private final String code;
    private final PhraseIndex<PhraseEntry> phrases = PhraseIndex.withPossessives();
    private final PhraseIndex<AgentEntry> agents = new PhraseIndex<>();
    private final PhraseIndex<String> anaphora = new PhraseIndex<>();
    private final Set<String> governmentNouns = new HashSet<>();
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, List<EventEntry>> events = new HashMap<>();
    private final Map<String, List<ModalityEntry>> modality = new HashMap<>();
    private final Map<String, Set<String>> functionWords = new HashMap<>();
    private final List<Pattern> furniture = new ArrayList<>();

    private LanguagePack(String code) {
        this.code = code;
    }

    /** Loads the bundled files of a language, checking affiliations against the actor base. */
    public static LanguagePack bundled(String code, ActorKnowledgeBase actors, CameoTable cameo) {
        String dir = "parley/lang/" + code + "/";
        LanguagePack p = new LanguagePack(code);
        for (TsvFile.Row r : TsvFile.resource(dir + "actors.tsv", 4)) {
            actors.checkAffiliation(r, r.get(1));
            p.phrases.add(r.get(0), new PhraseEntry(r.get(0), r.get(1), r.optional(2), r.get(3)));
        }
        for (TsvFile.Row r : TsvFile.resource(dir + "agents.tsv", 3)) {
            p.agents.add(r.get(0), new AgentEntry(r.optional(1), r.get(2)));
        }
        for (TsvFile.Row r : TsvFile.resource(dir + "anaphora.tsv", 2)) {
            p.anaphora.add(r.get(0), r.get(1));
            if (r.get(1).equals("government")) {
                String[] words = r.get(0).split(" ");
                p.governmentNouns.add(words[words.length - 1]);
            }
        }
        for (TsvFile.Row r : TsvFile.resource(dir + "roles.tsv", 2)) {
            if (p.roles.put(r.get(0), r.get(1)) != null) {
                throw r.error("title listed twice: " + r.get(0));
            }
        }
        p.addEvents(TsvFile.resource(dir + "events.tsv", 4), cameo);
        for (TsvFile.Row r : TsvFile.resource(dir + "modality.tsv", 3)) {
            p.modality.computeIfAbsent(Fold.key(r.get(0)), k -> new ArrayList<>())
                    .add(new ModalityEntry(Mode.parse(r.get(1)), r.get(2)));
        }
        for (TsvFile.Row r : TsvFile.resource(dir + "syntax.tsv", 2)) {
            p.functionWords.computeIfAbsent(r.get(1), k -> new HashSet<>()).add(Fold.key(r.get(0)));
        }
        for (TsvFile.Row r : TsvFile.resource(dir + "furniture.tsv", 1)) {
            try {
                p.furniture.add(Pattern.compile(r.get(0), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw r.error("bad regular expression: " + e.getDescription());
            }
        }
        return p;
    }

    void addEvents(List<TsvFile.Row> rows, CameoTable cameo) {
        Set<String> ids = new HashSet<>();
        for (TsvFile.Row r : rows) {
            if (!ids.add(r.get(0))) {
                throw r.error("duplicate event entry id: " + r.get(0));
            }
            if (!r.get(3).equals("-") && !r.get(3).equals(EventEntry.REPEAT) && !cameo.contains(r.get(3))) {
                throw r.error("CAMEO code not in the CAMEO table: " + r.get(3));
            }
            String pos = r.get(2);
            if (!pos.equals("verb") && !pos.equals("noun")) {
                throw r.error("pos must be verb or noun: " + pos);
            }
            String[] words = r.get(1).trim().split("\\s+");
            List<Set<String>> extras = new ArrayList<>();
            Set<Integer> outsideSubject = new HashSet<>();
            for (int i = 1; i < words.length; i++) {
                String word = words[i];
                if (word.startsWith(OUTSIDE_SUBJECT)) {
                    outsideSubject.add(i - 1);
                    word = word.substring(OUTSIDE_SUBJECT.length());
                }
                Set<String> alternatives = new LinkedHashSet<>();
                for (String alt : word.split("\\|")) {
                    alternatives.add(Fold.key(alt));
                }
                extras.add(alternatives);
            }
            for (String trigger : words[0].split("\\|")) {
                String key = Fold.key(trigger);
                events.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new EventEntry(r.get(0), key, List.copyOf(extras), Set.copyOf(outsideSubject), pos, r.get(3)));
            }
        }
    }

    /** Adds a phrase naming a state or organisation (the caller checks the affiliation). */
    public void addPhrase(String phrase, String affiliation, String sector, String kind) {
        phrases.add(phrase, new PhraseEntry(phrase, affiliation, sector, kind));
    }

    /** Adds an agent noun (kind group or title); the phrase is written in lemmas. */
    public void addAgent(String phrase, String sector, String kind) {
        agents.add(phrase, new AgentEntry(sector, kind));
    }

    public String code() {
        return code;
    }

    /**
     * The office (a role of kb/people.tsv) that a title names, given the lemmas of its content words in
     * order ("ministre affaire étranger", "foreign minister"), or null.
     */
    public String role(String titleLemmas) {
        return roles.get(titleLemmas);
    }

    /**
     * The nouns a "government" anaphor ends on (regime, authorities, régime, pouvoir): the same noun naming
     * its country ("Assad's regime", "le régime syrien") tells which state "the regime" will mean later.
     */
    public boolean isGovernmentNoun(String lemma) {
        return governmentNouns.contains(lemma);
    }

    public PhraseIndex<PhraseEntry> phrases() {
        return phrases;
    }

    public PhraseIndex<AgentEntry> agents() {
        return agents;
    }

    public PhraseIndex<String> anaphora() {
        return anaphora;
    }

    /** Event entries whose trigger is this lemma (folded). */
    public List<EventEntry> eventsFor(String lemma) {
        return events.getOrDefault(Fold.key(lemma), List.of());
    }

    public List<ModalityEntry> modalityOf(String lemma) {
        return modality.getOrDefault(Fold.key(lemma), List.of());
    }

    /**
     * True when the word plays this role in the language's syntax (syntax.tsv): target (prepositions
     * that introduce a target), agent (passive agent), between, place, controller, reflexive.
     */
    public boolean is(String role, String word) {
        return functionWords.getOrDefault(role, Set.of()).contains(Fold.key(word));
    }

    /** True when the token plays this role by its lemma or as written ("d'" has no lemma of its own). */
    public boolean plays(String role, Token t) {
        return is(role, t.lemma()) || is(role, t.text());
    }

    /** True when a sentence is page furniture (ads, comment forms, share buttons), never coded. */
    public boolean isFurniture(String sentence) {
        String s = sentence.strip();
        return furniture.stream().anyMatch(p -> p.matcher(s).find());
    }
}
