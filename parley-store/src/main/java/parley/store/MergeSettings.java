package parley.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    private static final String RULES = "/parley/store/merge-rules.tsv";

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
        try (InputStream in = MergeSettings.class.getResourceAsStream(RULES)) {
            if (in == null) {
                throw new IllegalStateException(RULES + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\t");
                if (f[0].equals("compatible") && f.length == 3) {
                    compatible.add(List.of(f[1], f[2]));
                } else if (f[0].equals("undirected") && f.length == 2) {
                    undirected.add(f[1]);
                } else {
                    throw new IllegalStateException(RULES + ":" + n + ": not a rule: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
