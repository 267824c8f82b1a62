package parley.store.query;

import java.util.Arrays;
import java.util.Locale;

/**
 * The columns events can be sorted by. The SQL text comes only from this whitelist, never from the request.
 * Events without a date come last in both directions; ties are broken by date, then by id (see
 * {@link EventSql#ordering}). The sort uses the bare columns: DuckDB's top-N then skips whole row groups by their
 * min/max, which an expression around the column would prevent.
 */
public enum SortKey {
    DATE("e.event_date", "DATE"),
    GOLDSTEIN("e.goldstein", "DOUBLE"),
    NUM_SOURCES("e.num_sources", "INTEGER"),
    NUM_MENTIONS("e.num_mentions", "INTEGER");

    final String expression;
    final String sqlType;

    /** Only the date can be missing. */
    boolean nullable() {
        return this == DATE;
    }

    SortKey(String expression, String sqlType) {
        this.expression = expression;
        this.sqlType = sqlType;
    }

    /** The column's name, without the table's alias. */
    String column() {
        return expression.substring(expression.indexOf('.') + 1);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SortKey parse(String value) {
        for (SortKey k : values()) {
            if (k.label().equals(value)) {
                return k;
            }
        }
        throw new InvalidParameterException("sort", "expected one of "
                + Arrays.stream(values()).map(SortKey::label).toList() + ", got '" + Text.clip(value) + "'");
    }
}
