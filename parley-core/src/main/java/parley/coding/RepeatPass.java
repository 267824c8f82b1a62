package parley.coding;

import java.util.List;
import parley.coding.ArgumentActors.Resolved;
import parley.coding.TriggerFinder.Trigger;
import parley.kb.CameoTable;

/**
 * Repeats pass: "Italy followed suit", "l'Italie a fait de même", "a emboîté le pas" (event entries whose code is
 * {@code =}) repeat the latest event the article reported, with a new source: the same code and target. A repeat
 * beside an event of its own ("followed France's lead and expelled...") adds nothing and is dropped, as is one with
 * no earlier event. Runs first, so that the other passes see the repeated code; the target is set once the
 * arguments are read ({@link #targetOf}).
 */
final class RepeatPass implements CandidatePass {
    private final CameoTable cameo;

    RepeatPass(CameoTable cameo) {
        this.cameo = cameo;
    }

    @Override
    public String name() {
        return "repeats";
    }

    @Override
    public void apply(Candidate c, SentenceContext x) {
        if (!c.found.entry().repeats()) {
            return;
        }
        boolean ownEvent = x.triggers().stream().anyMatch(o -> o != c.found && !o.entry().repeats());
        DiscourseMemory.PastEvent earlier = ownEvent ? null : x.memory().latestWithTarget(x.s().index());
        if (earlier == null) {
            c.drop();
            return;
        }
        // a past event keeps its kind: a code, or a meeting's root, whose general code stands for it
        String code = cameo.contains(earlier.kind()) ? earlier.kind() : earlier.kind() + "0";
        c.code = cameo.get(code);
        c.trigger = new Trigger(c.found.token(), c.found.entry().withCode(code), c.found.used());
        c.repeated = earlier;
    }

    /** The repeated event's target, for a repeat whose own words name none. */
    static void targetOf(Candidate c, SentenceContext x) {
        if (c.repeated != null && c.args.targets().isEmpty() && !c.args.sources().isEmpty()) {
            Resolved target = new Resolved(c.repeated.target(), ArgumentActors.referenceTo(x.s(), c.trigger.token()), true,
                    false);
            c.args = c.args.withTargets(List.of(target));
        }
    }
}
