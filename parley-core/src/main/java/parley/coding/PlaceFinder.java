package parley.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import parley.kb.Gazetteer;
import parley.kb.LanguagePack;
import parley.model.Place;
import parley.model.Sentence;
import parley.model.Token;

/**
 * Places an event where its own clause puts it: a place named among the event word's dependents (or,
 * for an event noun, among those of the verb it hangs on: "la rencontre a eu lieu à Singapour").
 * A city beats a region, a region beats a country; the nearest wins between equals.
 */
final class PlaceFinder {

    /** Relations that lead into another clause, whose places belong to other events. */
    private static final Set<String> OTHER_CLAUSES = Set.of("ccomp", "parataxis", "acl:relcl", "conj",
            "csubj", "advcl", "xcomp");

    /** The place and the words that named it. */
    record Found(Place place, PlaceMention mention) {
    }

    Found find(Sentence s, Token trigger, List<PlaceMention> places, Collection<String> actorCountries,
               LanguagePack lang, Set<Integer> actorWords) {
        List<Integer> clause = new ArrayList<>();
        collect(s, trigger.index(), clause, 0);
        Token head = s.head(trigger.index());
        if (!trigger.isVerb() && head != null && head.isVerb()) {
            collect(s, head.index(), clause, 1);
        }
        Found best = null;
        for (PlaceMention m : places) {
            if (!clause.contains(m.head())) {
                continue;
            }
            Place p = Gazetteer.choose(m.readings(), actorCountries);
            if (p != null && p.precision().equals("country") && ownerOfSomething(s, m, lang, actorWords)) {
                continue; // "président du Venezuela", "the people of Syria": whose, not where
            }
            if (p != null && (best == null || rank(p) > rank(best.place()))) {
                best = new Found(p, m);
            }
        }
        return best;
    }

    /**
     * A country completing a word for people or a thing ("président du Venezuela", "the applications of
     * Sweden"), not a place ("nord-est du Nigeria", "the south of Lebanon": area words in syntax.tsv).
     */
    private static boolean ownerOfSomething(Sentence s, PlaceMention m, LanguagePack lang, Set<Integer> actorWords) {
        Token head = s.token(m.head());
        if (!head.baseRel().equals("nmod") || head.head() < 0
                || s.children(head.index(), "case").stream().noneMatch(c -> lang.is("owner", c.text()))) {
            return false;
        }
        return actorWords.contains(head.head()) || !completesArea(s, m, lang);
    }

    /** A place named as part of an area ("le nord-est du Nigeria", "the south of Lebanon"): a place, not an owner. */
    static boolean completesArea(Sentence s, PlaceMention m, LanguagePack lang) {
        Token owner = s.head(m.head());
        return owner != null && lang.plays("area", owner);
    }

    private static void collect(Sentence s, int i, List<Integer> out, int depth) {
        out.add(i);
        if (depth > 4) {
            return;
        }
        for (Token c : s.children(i)) {
            if (!OTHER_CLAUSES.contains(c.deprel()) && !OTHER_CLAUSES.contains(c.baseRel())
                    && !out.contains(c.index())) {
                collect(s, c.index(), out, depth + 1);
            }
        }
    }

    static int rank(Place p) {
        return switch (p.precision()) {
            case "city" -> 2;
            case "region" -> 1;
            default -> 0;
        };
    }
}
