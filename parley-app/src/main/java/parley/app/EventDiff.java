package parley.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The events two runs disagree on, as lines of JSON: what only one of them wrote, counted as a multiset. */
final class EventDiff {

    private EventDiff() {
    }

    /** The lines of {@code a} that {@code b} lacks (a line written twice by a and once by b is one of them). */
    static List<String> missing(List<String> a, List<String> b) {
        Map<String, Integer> left = new HashMap<>();
        b.forEach(line -> left.merge(line, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (String line : a) {
            if (left.merge(line, -1, Integer::sum) < 0) {
                out.add(line);
            }
        }
        return out;
    }

    /** Prints each run's events the other lacks, under the run's name. */
    static void print(List<String> a, List<String> b, String aName, String bName, PrintStream out) {
        for (String line : missing(a, b)) {
            out.println("only " + aName + ": " + line);
        }
        for (String line : missing(b, a)) {
            out.println("only " + bName + ": " + line);
        }
    }
}
