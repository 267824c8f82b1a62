package parley.kb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which CAMEO events have no direction ({@code kb/directions.tsv}): one declared property that the coder reads
 * to decide when coordinated subjects act on each other, and the merger reads to decide when a dyad is an
 * unordered pair. The longest declared prefix of a code decides; an undeclared code is directed.
 */
public final class EventDirections {
    public static final String RESOURCE = "parley/kb/directions.tsv";

    /** How a code's dyad reads. */
    public enum Direction {
        /** "X accused Y": source and target are not interchangeable. */
        DIRECTED,
        /** Directed when a target is named; coordinated subjects with no target act on each other. */
        MUTUAL,
        /** No direction at all: "A met B" is "B met A". */
        UNDIRECTED
    }

    private static final EventDirections BUNDLED = fromRows(TsvFile.resource(RESOURCE, 2));

    private final Map<String, Direction> byPrefix;

    public EventDirections(Map<String, Direction> byPrefix) {
        this.byPrefix = Map.copyOf(byPrefix);
    }

    /** The bundled file, read once. */
    public static EventDirections bundled() {
        return BUNDLED;
    }

    static EventDirections fromRows(List<TsvFile.Row> rows) {
        Map<String, Direction> map = new HashMap<>();
        for (TsvFile.Row row : rows) {
            String prefix = row.get(0);
            if (!prefix.matches("\\d{2,4}")) {
                throw row.error("a CAMEO code prefix has 2 to 4 digits: " + prefix);
            }
            Direction d = switch (row.get(1)) {
                case "undirected" -> Direction.UNDIRECTED;
                case "mutual" -> Direction.MUTUAL;
                default -> throw row.error("direction must be undirected or mutual, not " + row.get(1));
            };
            if (map.put(prefix, d) != null) {
                throw row.error("prefix declared twice: " + prefix);
            }
        }
        return new EventDirections(map);
    }

    /** The direction of a code (or of a root: "19"), from its longest declared prefix. */
    public Direction of(String code) {
        for (int n = code.length(); n >= 2; n--) {
            Direction d = byPrefix.get(code.substring(0, n));
            if (d != null) {
                return d;
            }
        }
        return Direction.DIRECTED;
    }

    /** True when the code's events have no direction: the merger compares their dyads as unordered pairs. */
    public boolean undirected(String code) {
        return of(code) == Direction.UNDIRECTED;
    }

    /**
     * True when coordinated subjects of the code (or of a root) act on each other when no target is named: it is
     * declared undirected or mutual ("A and B met", "A and B clashed").
     */
    public boolean reciprocal(String code) {
        return of(code) != Direction.DIRECTED;
    }
}
