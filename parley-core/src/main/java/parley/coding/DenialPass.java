package parley.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parley.coding.ArgumentActors.Resolved;
import parley.coding.ArgumentReader.Arguments;
import parley.coding.TriggerFinder.Trigger;
import parley.model.Actor;
import parley.model.Sentence;

/**
 * Denial pass: whom a denial concerns when it names no one but its own side is the other side of the act it
 * denies ("la Corée du Nord dément livrer des armes à la Russie" concerns Russia), never the denier's country.
 */
final class DenialPass implements CandidatePass {
    private static final CodeSets SETS = CodeSets.bundled();

    @Override
    public String name() {
        return "denial";
    }

    @Override
    public void apply(Candidate c, SentenceContext x) {
        if (SETS.has("denial", c.code.code()) && onlyOwnSide(c.args)) {
            List<Resolved> concerned = targetOfDenied(x.s(), c.trigger, x.triggers(), x.reader(), c.args);
            if (concerned.isEmpty()) {
                concerned = accuser(c, x);
            }
            c.args = concerned.isEmpty() ? c.args : c.args.withTargets(concerned);
        }
    }

    /** No target, or only the source's own side ("une intervention militaire française" denied by Paris). */
    private static boolean onlyOwnSide(Arguments args) {
        Set<String> own = keysOf(args.sources());
        return args.targets().stream().allMatch(r -> own.contains(r.actor().key()));
    }

    static Set<String> keysOf(List<Resolved> actors) {
        Set<String> keys = new HashSet<>();
        actors.forEach(r -> keys.add(r.actor().key()));
        return keys;
    }

    /**
     * A denial that names only its own side answers whoever charged that side just before: "Le Mali a accusé
     * l'Algérie de soutenir les rebelles. Alger a démenti ces accusations" is Algeria denying to Mali.
     */
    private static List<Resolved> accuser(Candidate c, SentenceContext x) {
        if (c.args.sources().isEmpty()) {
            return List.of();
        }
        Actor denier = c.args.sources().get(0).actor();
        Actor charger = x.memory().chargedBy(denier, kind -> SETS.has("charge", kind), x.s().index());
        if (charger == null) {
            return List.of();
        }
        return List.of(new Resolved(charger, ArgumentActors.referenceTo(x.s(), c.trigger.token()), true, false));
    }

    private static List<Resolved> targetOfDenied(Sentence s, Trigger denial, List<Trigger> all, ArgumentReader reader,
                                                 Arguments args) {
        Set<String> own = keysOf(args.sources());
        for (Trigger o : all) {
            if (o != denial && s.dominates(denial.token().index(), o.token().index())) {
                List<Resolved> found = new ArrayList<>(reader.read(o).targets());
                found.removeIf(r -> own.contains(r.actor().key()));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }
}
