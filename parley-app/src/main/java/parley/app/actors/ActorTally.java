package parley.app.actors;

import java.util.HashSet;
import java.util.Set;

/**
 * Counts for one language at one level (exact code or country): actors expected and found (true
 * positives), expected and not found (missed), found and not expected (extra), and sentences whose found
 * set equals the expected set.
 */
public final class ActorTally {
    private int items;
    private int exactItems;
    private int right;
    private int missed;
    private int extra;

    /** Adds one sentence: the expected and the found sets, at this tally's level. */
    public void add(Set<String> expected, Set<String> found) {
        Set<String> hit = new HashSet<>(expected);
        hit.retainAll(found);
        items++;
        right += hit.size();
        missed += expected.size() - hit.size();
        extra += found.size() - hit.size();
        if (expected.equals(found)) {
            exactItems++;
        }
    }

    public int items() {
        return items;
    }

    public int right() {
        return right;
    }

    public int missed() {
        return missed;
    }

    public int extra() {
        return extra;
    }

    /** Share of found actors that were expected (1 when nothing was found). */
    public double precision() {
        return right + extra == 0 ? 1 : (double) right / (right + extra);
    }

    /** Share of expected actors that were found: the per-actor accuracy. */
    public double recall() {
        return right + missed == 0 ? 1 : (double) right / (right + missed);
    }

    /** Share of sentences whose found set is exactly the expected set. */
    public double sentenceAccuracy() {
        return items == 0 ? 0 : (double) exactItems / items;
    }

    @Override
    public String toString() {
        return String.format("sentences %3d  all right %.2f  precision %.2f  recall %.2f  (right %d, missed %d, extra %d)",
                items, sentenceAccuracy(), precision(), recall(), right, missed, extra);
    }
}
