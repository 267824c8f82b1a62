package parley.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parley.store.query.EventFilter;
import parley.store.query.EventRows;

/**
 * Writes the events a filter matches in one of the {@link ExportFormat}s. Text formats stream row by row to a
 * writer; Parquet is written by DuckDB itself into a file. Formats and columns: docs/exports.md.
 */
public final class Exporter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;

    public Exporter(Connection connection) {
        this.connection = connection;
    }

    /** Writes a text format; returns the number of events written. */
    public long write(ExportFormat format, EventFilter filter, Writer out) throws SQLException, IOException {
        if (format == ExportFormat.PARQUET) {
            throw new IllegalArgumentException("--format parquet: Parquet is binary and needs --out FILE");
        }
        long n = 0;
        try (PreparedStatement ps = ExportSql.rows(filter, format == ExportFormat.PLOVER).prepare(connection);
             ResultSet rs = ps.executeQuery()) {
            if (format == ExportFormat.CSV) {
                out.write(String.join(",", flatColumns()) + "\r\n");
            }
            while (rs.next()) {
                switch (format) {
                    case GDELT -> out.write(String.join("\t", GdeltRow.fields(rs)) + "\n");
                    case CSV -> out.write(csvLine(rs) + "\r\n");
                    case JSONL -> out.write(JSON.writeValueAsString(EventRows.event(rs)) + "\n");
                    case PLOVER -> out.write(JSON.writeValueAsString(plover(rs)) + "\n");
                    default -> throw new IllegalStateException(format.label());
                }
                n++;
            }
        }
        out.flush();
        return n;
    }

    /**
     * Writes the flat columns to a Parquet file with DuckDB's COPY. COPY takes no bound parameters, so the
     * filtered rows go first into a temporary table through a prepared statement; only the file name enters the
     * COPY text, quoted as an SQL string literal. Returns the number of events written.
     */
    public long writeParquet(EventFilter filter, Path file) throws SQLException {
        String name = file.toAbsolutePath().toString();
        if (name.indexOf('\0') >= 0 || name.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("--out: a file name with control characters is refused");
        }
        String table = "parley_export_" + Long.toHexString(System.nanoTime());
        try (PreparedStatement ps = new parley.store.query.SqlQuery()
                .append("CREATE TEMP TABLE " + table + " AS SELECT " + ExportSql.FLAT_COLUMNS + " FROM (")
                .append(ExportSql.rows(filter, false)).append(")").prepare(connection)) {
            ps.execute();
        }
        try (Statement s = connection.createStatement()) {
            s.execute("COPY " + table + " TO '" + name.replace("'", "''") + "' (FORMAT parquet)");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        } finally {
            try (Statement s = connection.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    /**
     * One GDELT 2.0 row (61 tab-separated fields) of an event's columns by name: the events table's columns plus
     * {@code source_url}, {@code first_outlet} and {@code lead_sentence}; for writers that do not read the store.
     */
    public static String gdeltLine(Map<String, Object> columns) {
        try {
            return String.join("\t", GdeltRow.fields(columns::get));
        } catch (SQLException e) {
            throw new IllegalStateException(e); // a map throws none
        }
    }

    public static List<String> flatColumns() {
        List<String> names = new ArrayList<>();
        for (String c : ExportSql.FLAT_COLUMNS.split(",")) {
            names.add(c.strip());
        }
        return names;
    }

    private static String csvLine(ResultSet rs) throws SQLException {
        List<String> fields = new ArrayList<>();
        for (String c : flatColumns()) {
            String v = rs.getString(c);
            if (v != null && (c.equals("first_seen") || c.equals("last_seen"))) {
                v = EventRows.timestamp(v);
            }
            fields.add(csvField(v));
        }
        return String.join(",", fields);
    }

    /** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. NULL is empty. */
    static String csvField(String v) {
        if (v == null) {
            return "";
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** A PLOVER/POLECAT-style event: PLOVER type and mode, actors, location, counts and every mention. */
    private static Map<String, Object> plover(ResultSet rs) throws SQLException {
        String mentions = rs.getString("mentions_json");
        try {
            return plover(EventRows.event(rs), rs.getString("source_url"),
                    mentions == null ? List.of() : JSON.readValue(mentions, JsonNode.class));
        } catch (IOException e) {
            throw new UncheckedIOException("DuckDB's to_json gave invalid JSON", e);
        }
    }

    /**
     * The PLOVER object of an event ({@link EventRows#event}), the URL of its first report and its mentions
     * (each {@code mention_id, article_id, lang, sentence, evidence_start, evidence_end, source_text, target_text,
     * cameo, url, outlet, published}); for writers that do not read the store (the Spark job).
     */
    public static Map<String, Object> plover(Map<String, Object> api, String sourceUrl, Object mentions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", api.get("event_id"));
        m.put("date", api.get("date"));
        m.put("date_precision", api.get("date_precision"));
        m.put("event_type", api.get("plover"));
        m.put("event_mode", api.get("mode"));
        m.put("cameo", api.get("cameo"));
        m.put("quad_class", api.get("quad_class"));
        m.put("goldstein", api.get("goldstein"));
        Map<String, Object> actors = new LinkedHashMap<>();
        actors.put("source", api.get("source"));
        actors.put("target", api.get("target"));
        m.put("actors", actors);
        m.put("location", api.get("location"));
        m.put("num_mentions", api.get("num_mentions"));
        m.put("num_sources", api.get("num_sources"));
        m.put("num_articles", api.get("num_articles"));
        m.put("languages", api.get("langs"));
        m.put("source_url", sourceUrl);
        m.put("mentions", mentions);
        return m;
    }
}
