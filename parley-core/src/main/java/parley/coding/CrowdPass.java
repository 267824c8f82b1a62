package parley.coding;

import java.util.List;
import java.util.Set;
import parley.coding.ArgumentActors.Resolved;
import parley.coding.Candidate.Located;
import parley.coding.TriggerFinder.Trigger;
import parley.kb.ActorKnowledgeBase;
import parley.kb.LanguagePack;
import parley.model.Actor;
import parley.model.CameoCode;
import parley.model.Sentence;

/**
 * Crowds pass: protests need no named actor. "Une vague de manifestations", "rallies were held across the
 * country", "des milliers de personnes ont manifesté à Tbilissi" are the people of the country where they happen
 * (the clause's place, else the sentence's scene, else the country the story is about). Crowd control needs none
 * either: "le tir de grenades lacrymogènes" is the police of that country. Other actorless nouns stay uncoded. And
 * armed bodies are no crowd: a protest or strike told of soldiers or gunmen is another sense of the word.
 */
final class CrowdPass implements CandidatePass {
    private static final CodeSets SETS = CodeSets.bundled();

    private final ActorKnowledgeBase actors;

    CrowdPass(ActorKnowledgeBase actors) {
        this.actors = actors;
    }

    @Override
    public String name() {
        return "crowds";
    }

    @Override
    public void apply(Candidate c, SentenceContext x) {
        if (SETS.has("not-by-armed", c.code.code()) && c.args.sources().stream().anyMatch(this::armed)) {
            // "French forces launched an air strike", "gunmen struck": armed bodies neither march nor go on strike
            c.args = c.args.withSources(c.args.sources().stream().filter(r -> !armed(r)).toList());
            if (c.args.sources().isEmpty()) {
                c.drop();
                return;
            }
        }
        boolean crowdAct = c.trigger.entry().isNoun() || SETS.has("protest", c.code.code()); // "des milliers de personnes ont manifesté"
        if (!c.args.sources().isEmpty() || !c.args.targets().isEmpty() || c.inherited != null || !crowdAct) {
            return;
        }
        c.args = c.args.withSources(crowdOf(c.code, c.trigger, c.place, x));
        if (c.place.place() == null && !c.args.sources().isEmpty()) {
            c.place = new Located(PlacePass.sceneOf(x.s(), x.scene(), Set.of(c.args.sources().get(0).actor().country()),
                    x.memory()), false);
        }
    }

    private boolean armed(Resolved r) {
        return SETS.hasSector("armed-sectors", r.actor());
    }

    private List<Resolved> crowdOf(CameoCode code, Trigger tr, Located place, SentenceContext x) {
        Sentence s = x.s();
        String sector = SETS.has("protest", code.code()) ? "OPP" : SETS.has("repression", code.code()) ? "COP" : null;
        if (sector == null || ownedBySomething(s, tr, x.lang())
                || !s.children(tr.token().index(), "cop").isEmpty()) {
            return List.of(); // "a demonstration of strength", "it was a demonstration that..." are no protests
        }
        String country = place.inClause() && place.place() != null ? place.place().country() : null;
        country = country != null ? country
                : !x.sceneCountries().isEmpty() ? x.sceneCountries().get(0) : x.memory().homeCountry(s.index());
        if (country == null || !actors.isCountry(country)) {
            return List.of();
        }
        return List.of(new Resolved(Actor.ofCountry(tr.token().text(), country, sector), null, true, false));
    }

    /** "a demonstration of strength": a "de"/"of" phrase that is not a word of the entry ("le tir de grenades"). */
    private static boolean ownedBySomething(Sentence s, Trigger tr, LanguagePack lang) {
        return s.children(tr.token().index()).stream()
                .filter(c -> c.baseRel().equals("nmod") && !tr.used().contains(c.index()))
                .anyMatch(c -> s.children(c.index(), "case").stream().anyMatch(k -> lang.is("owner", k.text())));
    }
}
