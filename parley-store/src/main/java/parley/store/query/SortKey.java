package parley.store.query;

import java.util.Arrays;
import java.util.Locale;

/**
 * The columns events can be sorted by. The SQL text comes only from this whitelist, never from the request.
 * Dates are sorted with missing dates first-or-last as the oldest possible day, so keyset cursors never meet NULL.
 */
public enum SortKey {
    DATE("coalesce(e.event_date, DATE '0001-01-01')", "DATE"),
    GOLDSTEIN("e.goldstein", "DOUBLE"),
    NUM_SOURCES("e.num_sources", "INTEGER"),
    NUM_MENTIONS("e.num_mentions", "INTEGER");

    final String expression;
    final String sqlType;

    SortKey(String expression, String sqlType) {
        this.expression = expression;
        this.sqlType = sqlType;
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
