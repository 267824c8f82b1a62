package parley.store.query;

import java.util.Arrays;
import java.util.Locale;

/** Time buckets of a time series. The SQL literal comes from this whitelist only. */
public enum Interval {
    DAY, WEEK, MONTH, YEAR;

    String sqlLiteral() {
        return "'" + name().toLowerCase(Locale.ROOT) + "'";
    }

    public static Interval parse(String value) {
        for (Interval i : values()) {
            if (i.name().toLowerCase(Locale.ROOT).equals(value == null ? "" : value.strip())) {
                return i;
            }
        }
        throw new InvalidParameterException("interval", "expected one of "
                + Arrays.stream(values()).map(i -> i.name().toLowerCase(Locale.ROOT)).toList() + ", got '"
                + Text.clip(value) + "'");
    }
}
