package parley.coding;

import java.util.List;
import parley.coding.ArgumentActors.Resolved;
import parley.coding.ArgumentReader.Arguments;
import parley.coding.TriggerFinder.Trigger;
import parley.kb.EventDirections;
import parley.model.Sentence;

/**
 * Pairs pass: coordinated actors who act on each other. "Trump et Kim se sont rencontrés", "Ethiopia and Eritrea
 * restored relations", "X and Y clashed" name no target: each side is the other's. Which codes are reciprocal is
 * declared once in kb/directions.tsv (undirected or mutual), which the merger reads too; code-sets.tsv names the
 * intent and meeting codes. Parties told "between" each other act on each other too.
 */
final class PairPass implements CandidatePass {
    private static final CodeSets SETS = CodeSets.bundled();
    private static final EventDirections DIRECTIONS = EventDirections.bundled();

    @Override
    public String name() {
        return "pairs";
    }

    @Override
    public void apply(Candidate c, SentenceContext x) {
        c.args = reciprocal(c, x) ? c.args.asMutual()
                : splitSymmetric(c.args, c.code.code(), promisesMutualAct(x.s(), c.trigger, x.triggers()));
        c.args = betweenParties(c.args, c.code.code(), x.reader().partiesOf(c.found));
    }

    /**
     * An act told between parties ("combats entre X et Y", "clashes between X and Y", "a truce between X and Y")
     * is done by each to the other when it is reciprocal (kb/directions.tsv), unless the sentence names
     * a source outside the pair ("Qatar brokered a truce between X and Y").
     */
    private static Arguments betweenParties(Arguments args, String code, List<Resolved> parties) {
        if (parties.isEmpty() || !DIRECTIONS.reciprocal(code) || args.mutual()) {
            return args;
        }
        boolean inside = args.sources().stream().allMatch(r -> parties.stream().anyMatch(p -> p.actor().sameKey(r.actor())));
        return inside ? new Arguments(parties, parties, false, true) : args;
    }

    /**
     * Coordinated actors said to act on each other, whatever the act: "X et Y s'accusent mutuellement de...",
     * "se sont réciproquement menacés" (the `reciprocal` words of syntax.tsv, on the trigger).
     */
    private static boolean reciprocal(Candidate c, SentenceContext x) {
        Arguments args = c.args;
        boolean ownTargets = args.targets().stream()
                .allMatch(t -> args.sources().stream().anyMatch(r -> r.actor().equals(t.actor())));
        return args.sources().size() >= 2 && ownTargets && x.s().children(c.trigger.token().index()).stream()
                .anyMatch(w -> x.lang().plays("reciprocal", w));
    }

    private static Arguments splitSymmetric(Arguments args, String code, boolean mutualIntent) {
        boolean intent = SETS.has("intent", code);
        boolean symmetric = DIRECTIONS.reciprocal(code) || (intent && mutualIntent);
        // partners who meet consult each other: what "the two ministers discussed" is a topic, not a party
        boolean partnersMeet = SETS.has("meeting", code) && args.sources().size() >= 2;
        // "Chile and Peru agreed to hold joint exercises": partners who intend an act together intend it
        // toward each other, not toward a country guessed from context for a bare "military"
        boolean jointIntent = intent && args.targets().stream().allMatch(ArgumentActors::guessedFromContext);
        // "le Japon et la Corée du Sud se rapprochent sur la diplomatie": partners who act on each other do not
        // act on a country a bare noun was guessed to belong to
        boolean guessedOnly = args.targets().stream().allMatch(ArgumentActors::guessedFromContext);
        if ((args.targets().isEmpty() || partnersMeet || jointIntent || (symmetric && guessedOnly))
                && args.sources().size() >= 2 && (symmetric || jointIntent)) {
            return args.asMutual();
        }
        return args;
    }

    /**
     * An intention whose act is one the partners do to each other: "Turkey and Egypt agreed to restore
     * relations" is each expressing to the other its intent to cooperate.
     */
    private static boolean promisesMutualAct(Sentence s, Trigger tr, List<Trigger> all) {
        return all.stream().anyMatch(o -> o != tr && DIRECTIONS.reciprocal(o.entry().cameo())
                && s.dominates(tr.token().index(), o.token().index()));
    }
}
