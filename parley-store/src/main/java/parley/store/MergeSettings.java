package parley.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import parley.kb.TsvFile;

/**
 * When two mentions are one real-world event (docs/store.md, "Merging").
 *
 * @param days event dates at most this many days apart may merge (default 1)
 * @param km two city-level places farther apart than this are different events (default 100)
 * @param compatible pairs of code prefixes that may report one event although their roots differ
 * @param undirected code prefixes whose events compare their dyad as an unordered pair
 */
public record MergeSettings(int days, double km, List<List<String>> compatible, Set<String> undirected) {
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
        undirected = Set.copyOf(undirected);
    }

    /** The defaults: 1 day, 100 km, and the code rules of {@code parley/store/merge-rules.tsv}. */
    public static MergeSettings defaults() {
        List<List<String>> compatible = new ArrayList<>();
        Set<String> undirected = new LinkedHashSet<>();
        for (TsvFile.Row row : TsvFile.resource(RULES, 3)) {
            if (row.get(0).equals("compatible")) {
                compatible.add(List.of(row.get(1), row.get(2)));
            } else if (row.get(0).equals("undirected") && row.get(2).equals("-")) {
                undirected.add(row.get(1));
            } else {
                throw row.error("not a rule (compatible A B, or undirected A -): " + row.cells());
            }
        }
        return new MergeSettings(DEFAULT_DAYS, DEFAULT_KM, compatible, undirected);
    }

    public MergeSettings withDays(int newDays) {
        return new MergeSettings(newDays, km, compatible, undirected);
    }

    public MergeSettings withKm(double newKm) {
        return new MergeSettings(days, newKm, compatible, undirected);
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

    /** The roots a code may merge with: its own and those of its compatible prefixes. */
    public Set<String> rootsCompatibleWith(String code) {
        Set<String> roots = new LinkedHashSet<>();
        roots.add(code.substring(0, 2));
        for (List<String> pair : compatible) {
            if (code.startsWith(pair.get(0))) {
                roots.add(pair.get(1).substring(0, 2));
            }
            if (code.startsWith(pair.get(1))) {
                roots.add(pair.get(0).substring(0, 2));
            }
        }
        return roots;
    }

    public boolean undirected(String code) {
        return undirected.stream().anyMatch(code::startsWith);
    }
}
