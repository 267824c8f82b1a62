package parley.coding;

import java.util.ArrayList;
import java.util.List;
import parley.coding.ArgumentActors.Resolved;
import parley.coding.TriggerFinder.Trigger;
import parley.model.Actor;
import parley.model.Mode;

/**
 * Called-parties pass: an appeal or demand that names no one but wants the fighting to stop ("a appelé à une
 * cessation des combats", "called for a ceasefire") is addressed to the parties of the latest fighting the article
 * reported. Which appeals, and which wanted acts, are the code sets `calling` and `for-the-fighting`.
 */
final class CalledPartiesPass implements CandidatePass {
    private static final CodeSets SETS = CodeSets.bundled();

    @Override
    public String name() {
        return "called-parties";
    }

    @Override
    public void apply(Candidate c, SentenceContext x) {
        if (c.mode != Mode.ASSERTED || !c.args.targets().isEmpty() || c.args.targetUnknown() || c.args.sources().isEmpty()
                || !SETS.has("calling", c.code.code()) || wantedAct(c.trigger, x) == null) {
            return;
        }
        Actor caller = c.args.sources().get(0).actor();
        Trigger wanted = wantedAct(c.trigger, x);
        // "une cessation des combats" wants the latest fighting (19) to stop, not an attack (18) told since
        String root = wanted.entry().cameo().substring(0, 2);
        DiscourseMemory.PastEvent fighting = x.memory().latestOf(kind -> SETS.has("violent", root) ? kind.startsWith(root)
                : SETS.has("violent", kind), x.s().index());
        if (fighting == null) {
            return;
        }
        List<Resolved> parties = new ArrayList<>();
        for (Actor a : new Actor[] {fighting.source(), fighting.target()}) {
            if (a != null && a.key() != null && !a.sameKey(caller) && parties.stream().noneMatch(p -> p.actor().sameKey(a))) {
                parties.add(new Resolved(a, ArgumentActors.referenceTo(x.s(), c.trigger.token()), true, false));
            }
        }
        if (!parties.isEmpty()) {
            c.args = c.args.withTargets(parties);
        }
    }

    /** The act of the `for-the-fighting` set that hangs below the appeal (what it calls for), or null. */
    private static Trigger wantedAct(Trigger appeal, SentenceContext x) {
        return x.triggers().stream().filter(o -> o != appeal && SETS.has("for-the-fighting", o.entry().cameo())
                && x.s().dominates(appeal.token().index(), o.token().index())).findFirst().orElse(null);
    }
}
