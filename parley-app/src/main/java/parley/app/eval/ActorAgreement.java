package parley.app.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import parley.model.Event;

/**
 * How often the actors of coded events are right at country level, apart from whether the events are: an
 * event is matched when its article has a gold event (required or optional) with the same root; of the
 * matched events, it counts those whose source and target agree with one such gold event (countries, else
 * organisations, keyed as {@link Scorer} does; root 04 either way round), and the sides (source, target)
 * that agree with the gold event of that root that agrees best.
 */
public final class ActorAgreement {

    /** Counts for one language. */
    public static final class Counts {
        private int matched;
        private int bothRight;
        private int sides;
        private int sidesRight;
        private final List<String> disagreements = new java.util.ArrayList<>();

        /** "article: coded S->T root, gold S->T" for each matched event with a wrong actor. */
        public List<String> disagreements() {
            return disagreements;
        }

        public int matched() {
            return matched;
        }

        public int bothRight() {
            return bothRight;
        }

        /** Share of matched events whose source and target are both right. */
        public double eventAccuracy() {
            return matched == 0 ? 0 : (double) bothRight / matched;
        }

        /** Share of the actors (two per matched event) that are right. */
        public double actorAccuracy() {
            return sides == 0 ? 0 : (double) sidesRight / sides;
        }

        @Override
        public String toString() {
            return String.format("actors of events matched on root: %d events, both actors right %.2f, actors right %.2f (%d/%d)",
                    matched, eventAccuracy(), actorAccuracy(), sidesRight, sides);
        }
    }

    private ActorAgreement() {
    }

    /** Per language, over the gold articles given (events of other articles are ignored). */
    public static Map<String, Counts> measure(Map<String, GoldArticle> gold, Map<String, List<Event>> system) {
        Map<String, Counts> out = new TreeMap<>();
        for (GoldArticle article : gold.values()) {
            Counts c = out.computeIfAbsent(String.valueOf(article.lang()), k -> new Counts());
            for (Event e : system.getOrDefault(article.id(), List.of())) {
                Scorer.Triple t = Scorer.triple(e);
                int best = -1;
                GoldEvent closest = null;
                for (GoldEvent g : article.events()) {
                    if (g.roots().contains(t.root()) && agreeing(t, g) > best) {
                        best = agreeing(t, g);
                        closest = g;
                    }
                }
                if (best < 0) {
                    continue;
                }
                c.matched++;
                c.sides += 2;
                c.sidesRight += best;
                c.bothRight += best == 2 ? 1 : 0;
                if (best < 2) {
                    c.disagreements.add(article.id() + ": coded " + t + ", gold " + closest.source() + "->"
                            + closest.target() + "  " + e.sentence().substring(0, Math.min(90, e.sentence().length())));
                }
            }
        }
        return out;
    }

    /** How many of the two sides agree (for 04, in the better of the two orders). */
    private static int agreeing(Scorer.Triple t, GoldEvent g) {
        String gs = Scorer.key(g.source());
        String gt = Scorer.key(g.target());
        int direct = (t.source().equals(gs) ? 1 : 0) + (t.target().equals(gt) ? 1 : 0);
        int reverse = (t.source().equals(gt) ? 1 : 0) + (t.target().equals(gs) ? 1 : 0);
        return t.root().equals("04") ? Math.max(direct, reverse) : direct;
    }
}
