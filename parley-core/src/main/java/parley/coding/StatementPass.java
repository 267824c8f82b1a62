package parley.coding;

import java.util.List;
import java.util.Set;
import parley.coding.ArgumentActors.Resolved;
import parley.coding.TriggerFinder.Trigger;
import parley.kb.CameoTable;
import parley.model.Actor;
import parley.model.Place;
import parley.model.Sentence;

/**
 * Trigger pass: which triggers are events of their own. A bare statement ("X a déclaré que...") gives way to
 * the event its clause reports, and its speaker is remembered (what "ces propos" later points back to); an event
 * noun that is what another event is about ("condemned the attack") gives way to that event.
 */
final class StatementPass implements CandidatePass {
    private static final CodeSets SETS = CodeSets.bundled();
    /** Where an event noun stands when it is what another event is about. */
    private static final Set<String> CONTENT_SLOTS = Set.of("obj", "obl:arg", "iobj", "xcomp");

    private final PlaceFinder placeFinder = new PlaceFinder();
    private final CameoTable cameo;

    StatementPass(CameoTable cameo) {
        this.cameo = cameo;
    }

    @Override
    public String name() {
        return "trigger";
    }

    @Override
    public void apply(Candidate c, SentenceContext x) {
        Trigger found = c.found;
        boolean statement = SETS.has("statement", found.entry().cameo())
                || isStatementAboutAnotherEvent(x.s(), found, x.triggers());
        List<Resolved> accused = List.of();
        if (statement) {
            List<Resolved> speakers = x.reader().read(found).sources();
            Actor speaker = speakers.isEmpty() ? null : speakers.get(0).actor();
            x.memory().rememberSpeaker(speaker, x.s().index(), speaker == null ? null : placeOfWords(x, found, speaker));
            accused = accusedStates(x, found, speaker);
        }
        if (!accused.isEmpty()) {
            c.code = cameo.get(SETS.single("accusation"));
            c.accused = accused;
        } else if (statement || isContentOfAnotherEvent(x.s(), found, x.triggers())) {
            c.drop();
        }
    }

    /**
     * A state that reports another state's violence ("Pakistan said Indian troops fired on its posts", "the Indian
     * Army spokesperson pointed out that Pakistani troops violated the ceasefire") accuses it: the statement is an
     * accusation as well as the report of the act. A report of one's own side's acts (alone or with the other's), or
     * by an organisation, is not.
     */
    private static List<Resolved> accusedStates(SentenceContext x, Trigger said, Actor speaker) {
        if (speaker == null || speaker.country() == null || speaker.org() != null) {
            return List.of();
        }
        List<Resolved> accused = new java.util.ArrayList<>();
        for (Trigger reported : x.triggers()) {
            if (reported == said || !SETS.has("accusable", reported.entry().cameo())
                    || !reportedBy(x.s(), said.token().index(), reported.token().index())) {
                continue;
            }
            for (Resolved author : x.reader().read(reported).sources()) {
                Actor a = author.actor();
                if (speaker.country().equals(a.country())) {
                    return List.of(); // "troops from the two sides traded fire": a report, blaming no one
                }
                if (a.country() != null && a.org() == null) {
                    accused.add(author);
                }
            }
        }
        return accused;
    }

    /** Relations on the way from a verb of saying down to what it reports: its clause, the verbs and nouns in it. */
    private static final Set<String> REPORTING_PATH = Set.of("ccomp", "parataxis", "conj", "xcomp", "obj", "nsubj",
            "nsubj:pass", "obl", "nmod", "compound");

    /**
     * The act is what the statement says, in the clause it reports ("said Indian troops fired"), not in a clause
     * that dates or qualifies ("after China fired...", "Myanmar, where 745 people have been killed").
     */
    private static boolean reportedBy(Sentence s, int said, int act) {
        int cur = act;
        boolean inClause = false;
        while (cur >= 0 && cur != said) {
            String rel = s.token(cur).deprel();
            if (!REPORTING_PATH.contains(rel)) {
                return false;
            }
            inClause = s.token(cur).head() == said ? rel.equals("ccomp") || rel.equals("parataxis") : inClause;
            cur = s.token(cur).head();
        }
        return cur == said && inClause;
    }

    /** Where words were said: a place in the clause of the verb of saying ("said at a news conference in Kyiv"). */
    private Place placeOfWords(SentenceContext x, Trigger said, Actor speaker) {
        Set<String> countries = speaker.country() == null ? Set.of() : Set.of(speaker.country());
        PlaceFinder.Found found = placeFinder.find(x.s(), said.token(), x.places(), countries, x.lang(), Set.of());
        return found == null || found.place().precision().equals("country") ? null : found.place();
    }

    private static boolean isStatementAboutAnotherEvent(Sentence s, Trigger tr, List<Trigger> all) {
        if (!SETS.has("statement-family", tr.entry().cameo()) || SETS.has("denial", tr.entry().cameo())) {
            return false; // a denial is the event; what it denies is not reported as done (mode "denied")
        }
        return all.stream().anyMatch(o -> o != tr && !SETS.has("statement-family", o.entry().cameo())
                && s.dominates(tr.token().index(), o.token().index()));
    }

    /**
     * An event noun that is the object of another event verb is what that event is about ("prône des
     * négociations", "condemned the attack"): the verb's event stands for it.
     */
    private static boolean isContentOfAnotherEvent(Sentence s, Trigger tr, List<Trigger> all) {
        if (!tr.entry().isNoun() || !CONTENT_SLOTS.contains(tr.token().deprel())) {
            return false;
        }
        int head = tr.token().head();
        return all.stream().anyMatch(o -> o.token().index() == head && !SETS.has("statement-family", o.entry().cameo()));
    }
}
