package parley.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import parley.kb.EventDirections;
import parley.kb.TsvFile;

/**
 * When two mentions are one real-world event (docs/store.md, "Merging").
 *
 * @param days event dates at most this many days apart may merge (default 1)
 * @param km two city-level places farther apart than this are different events, for place-bound codes (default 100)
 * @param compatible pairs of code prefixes that may report one event although their roots differ
 * @param placed code prefixes whose reports placed far apart are different events
 * @param directions which codes have no direction (kb/directions.tsv, shared with the coder)
 */
public record MergeSettings(int days, double km, List<List<String>> compatible, Set<String> placed,
                            EventDirections directions) {
    public static final int DEFAULT_DAYS = 1;
    public static final double DEFAULT_KM = 100;
    private static final String RULES = "parley/store/merge-rules.tsv";

    public MergeSettings {
        if (days < 0) {
            throw new IllegalArgumentException("merge days must be 0 or more, not " + days);
        }
        if (!(km >= 0)) {
            throw new IllegalArgumentException("merge distance must be 0 km or more, not " + km);
        }
        compatible = List.copyOf(compatible);
        placed = Set.copyOf(placed);
    }

    /** The defaults: 1 day, 100 km, the code rules of {@code parley/store/merge-rules.tsv}, the bundled directions. */
    public static MergeSettings defaults() {
        List<List<String>> compatible = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (TsvFile.Row row : TsvFile.resource(RULES, 3)) {
            if (row.get(0).equals("compatible")) {
                compatible.add(List.of(row.get(1), row.get(2)));
            } else if (row.get(0).equals("placed") && row.get(2).equals("-")) {
                placed.add(row.get(1));
            } else {
                throw row.error("not a rule (compatible A B, or placed A -): " + row.cells());
            }
        }
        return new MergeSettings(DEFAULT_DAYS, DEFAULT_KM, compatible, placed, EventDirections.bundled());
    }

    public MergeSettings withDays(int newDays) {
        return new MergeSettings(newDays, km, compatible, placed, directions);
    }

    public MergeSettings withKm(double newKm) {
        return new MergeSettings(days, newKm, compatible, placed, directions);
    }

    /** Same root, or a declared compatible pair (in either order). */
    public boolean compatibleCodes(String a, String b) {
        if (a.substring(0, 2).equals(b.substring(0, 2))) {
            return true;
        }
        for (List<String> pair : compatible) {
            if ((a.startsWith(pair.get(0)) && b.startsWith(pair.get(1)))
                    || (a.startsWith(pair.get(1)) && b.startsWith(pair.get(0)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The smallest root among those a code's root is linked to by compatible pairs, through any chain ("18" for
     * both 18 and 19): mentions of roots in different classes can never be one event.
     */
    public String rootClass(String code) {
        Map<String, String> parent = new TreeMap<>();
        for (List<String> pair : compatible) {
            String a = find(parent, pair.get(0).substring(0, 2));
            String b = find(parent, pair.get(1).substring(0, 2));
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        return find(parent, code.substring(0, 2));
    }

    private static String find(Map<String, String> parent, String root) {
        String r = root;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** True when the code's events have no direction (kb/directions.tsv). */
    public boolean undirected(String code) {
        return directions.undirected(code);
    }

    /** True when the code's reports placed far apart are different events. */
    public boolean placeBound(String code) {
        return placed.stream().anyMatch(code::startsWith);
    }
}
