package parley.store.export;

import java.util.Arrays;
import java.util.Locale;

/** The formats {@code parley export} writes; documented in docs/exports.md. */
public enum ExportFormat {
    /** GDELT 2.0 event table: 61 tab-separated columns, no header. */
    GDELT,
    /** One PLOVER/POLECAT-style JSON object per line. */
    PLOVER,
    /** Flat columns with a header, RFC 4180 quoting. */
    CSV,
    /** The API's event objects, one per line. */
    JSONL,
    /** Flat columns in a Parquet file, written by DuckDB. */
    PARQUET;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportFormat parse(String s) {
        for (ExportFormat f : values()) {
            if (f.label().equals(s == null ? "" : s.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("--format: expected one of "
                + Arrays.stream(values()).map(ExportFormat::label).toList() + ", got '" + s + "'");
    }
}
