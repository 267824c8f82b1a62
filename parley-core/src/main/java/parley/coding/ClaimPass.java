package parley.coding;

import java.util.List;
import parley.coding.ArgumentActors.Resolved;
import parley.coding.ArgumentReader.Arguments;
import parley.coding.Candidate.Located;
import parley.model.Mode;

/**
 * Claims pass: an act of violence told without its author is remembered with whom it hit, so that a later "the
 * attack was claimed by X" or "X claimed responsibility for the attack" codes X against that victim, there.
 */
final class ClaimPass implements CandidatePass {
    private static final CodeSets SETS = CodeSets.bundled();

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public void apply(Candidate c, SentenceContext x) {
        if (c.mode != Mode.ASSERTED || !c.trigger.entry().isNoun() || !SETS.has("violent", c.code.code())) {
            return;
        }
        DiscourseMemory.PastEvent claimed = claimedAct(c, x);
        if (claimed != null) {
            Resolved victim = new Resolved(claimed.target(), ArgumentActors.referenceTo(x.s(), c.trigger.token()), true, false);
            c.args = c.args.withTargets(List.of(victim));
            c.place = c.place.place() == null ? new Located(claimed.place(), false) : c.place;
        }
    }

    /**
     * An attack whose author is unknown is remembered with its victim (null returned); an attack whose author is
     * known but not its victim is that earlier attack (returned, for its victim and place).
     */
    private static DiscourseMemory.PastEvent claimedAct(Candidate c, SentenceContext x) {
        Arguments args = c.args;
        String kind = DiscourseMemory.kindOf(c.code.code());
        if (args.sources().isEmpty()) {
            List<Resolved> hit = x.reader().victimsOf(c.trigger);
            if (!hit.isEmpty()) {
                x.memory().rememberEvent(new DiscourseMemory.PastEvent(kind, null, hit.get(0).actor(), c.place.place(),
                        x.s().index()));
            }
            return null;
        }
        return args.targets().isEmpty() ? x.memory().earlierWithVictim(kind2 -> SETS.has("violent", kind2), x.s().index()) : null;
    }
}
