package parley.kb.petrarch;

import java.util.List;
import java.util.Map;

/**
 * What importing one PETRARCH dictionary did.
 *
 * @param file the dictionary
 * @param kind {@code actors} or {@code agents}
 * @param lines lines in the file, comments included
 * @param read entries read: actor blocks, or agent phrases after substitution sets are expanded
 * @param added entries that added something to Parley's knowledge
 * @param skipped entries that added nothing, by reason; {@code read == added + skippedTotal()}
 * @param ignored parts of entries or lines left out, by reason (null codes, bad dates, codes Parley
 *     cannot map, phrases Parley already has...)
 * @param counts what was added: person terms, people, aliases of known people, names, agent phrases
 * @param warnings up to 50 examples of ignored lines, as {@code file:line: reason: text}
 */
public record ImportReport(String file, String kind, int lines, int read, int added, Map<String, Integer> skipped,
                           Map<String, Integer> ignored, Map<String, Integer> counts, List<String> warnings) {

    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int skipped(String reason) {
        return skipped.getOrDefault(reason, 0);
    }

    public int count(String what) {
        return counts.getOrDefault(what, 0);
    }

    /** A few lines for a person: totals, then each reason and count. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(file).append(" (").append(kind).append(", ").append(lines).append(" lines): ").append(read).append(" read, ")
                .append(added).append(" added, ").append(skippedTotal()).append(" skipped\n");
        counts.forEach((k, v) -> b.append("  added ").append(k).append(": ").append(v).append('\n'));
        skipped.forEach((k, v) -> b.append("  skipped, ").append(k).append(": ").append(v).append('\n'));
        ignored.forEach((k, v) -> b.append("  ignored, ").append(k).append(": ").append(v).append('\n'));
        return b.toString();
    }
}
