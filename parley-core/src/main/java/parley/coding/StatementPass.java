package parley.coding;

import java.util.List;
import java.util.Set;
import parley.coding.ArgumentActors.Resolved;
import parley.coding.TriggerFinder.Trigger;
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

    @Override
    public String name() {
        return "trigger";
    }

    @Override
    public void apply(Candidate c, SentenceContext x) {
        Trigger found = c.found;
        boolean statement = SETS.has("statement", found.entry().cameo())
                || isStatementAboutAnotherEvent(x.s(), found, x.triggers());
        if (statement) {
            List<Resolved> speakers = x.reader().read(found).sources();
            Actor speaker = speakers.isEmpty() ? null : speakers.get(0).actor();
            x.memory().rememberSpeaker(speaker, x.s().index(), speaker == null ? null : placeOfWords(x, found, speaker));
        }
        if (statement || isContentOfAnotherEvent(x.s(), found, x.triggers())) {
            c.drop();
        }
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
