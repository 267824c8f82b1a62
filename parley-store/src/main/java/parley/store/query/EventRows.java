package parley.store.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one row of {@link EventSql#EVENT_COLUMNS}, or one event's card (the same columns as a JSON object, see
 * parley.store.EventCards), into the event object the API and the JSON exports write: actors and place nested,
 * langs as a list, dates as ISO text. Field names are documented in docs/api.md. Both sources give the same object.
 */
public final class EventRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventRows() {
    }

    /** The columns of one event by name, whatever holds them (a result row, a card, a Spark row's map). */
    public interface Fields {
        Object value(String column) throws SQLException;

        default String text(String column) throws SQLException {
            Object v = value(column);
            return v == null ? null : v.toString();
        }

        default Double decimal(String column) throws SQLException {
            Object v = value(column);
            return v == null ? null : ((Number) v).doubleValue();
        }

        default int integer(String column) throws SQLException {
            return ((Number) value(column)).intValue();
        }

        /** The columns of the result set's current row. */
        static Fields of(ResultSet rs) {
            return new Fields() {
                @Override
                public Object value(String column) throws SQLException {
                    return rs.getObject(column);
                }

                @Override
                public String text(String column) throws SQLException {
                    return rs.getString(column);
                }
            };
        }
    }

    public static Map<String, Object> event(ResultSet rs) throws SQLException {
        return event(Fields.of(rs));
    }

    /** The columns held in a card, by name (JSON numbers as Integer, Long or Double; text as String). */
    static Map<String, Object> cardColumns(String card) {
        try {
            return JSON.readValue(card, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable event card: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The event object of a card's columns ({@link #cardColumns}), or of any map of the event columns by name
     * (the Spark job's events table).
     */
    public static Map<String, Object> event(Map<String, Object> columns) {
        try {
            return event(columns::get);
        } catch (SQLException e) {
            throw new IllegalStateException(e); // a map throws none
        }
    }

    private static Map<String, Object> event(Fields f) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", f.text("event_id"));
        m.put("date", f.text("event_date"));
        m.put("date_precision", f.text("date_precision"));
        m.put("source", actor(f, "source"));
        m.put("target", f.text("target_code") == null ? null : actor(f, "target"));
        m.put("cameo", f.text("cameo"));
        m.put("root", f.text("root"));
        m.put("quad_class", f.integer("quad_class"));
        m.put("goldstein", f.decimal("goldstein"));
        m.put("plover", f.text("plover"));
        m.put("mode", f.text("mode"));
        m.put("location", place(f));
        m.put("num_mentions", f.integer("num_mentions"));
        m.put("num_sources", f.integer("num_sources"));
        m.put("num_articles", f.integer("num_articles"));
        m.put("langs", langs(f.text("langs")));
        m.put("first_seen", timestamp(f.text("first_seen")));
        m.put("last_seen", timestamp(f.text("last_seen")));
        return m;
    }

    private static Map<String, Object> actor(Fields f, String role) throws SQLException {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("code", f.text(role + "_code"));
        a.put("name", f.text(role + "_name"));
        a.put("country", f.text(role + "_country"));
        a.put("org", f.text(role + "_org"));
        a.put("sector", f.text(role + "_sector"));
        return a;
    }

    private static Map<String, Object> place(Fields f) throws SQLException {
        if (f.text("place_name") == null && f.value("lat") == null) {
            return null;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", f.text("place_name"));
        p.put("country", f.text("place_country"));
        p.put("lat", f.decimal("lat"));
        p.put("lon", f.decimal("lon"));
        p.put("precision", f.text("place_precision"));
        p.put("id", f.text("place_id"));
        return p;
    }

    public static List<String> langs(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    /**
     * DuckDB's "2024-05-14 10:00:00.0" (JDBC) or "2024-05-14 10:00:00" (JSON) as ISO-8601 "2024-05-14T10:00:00"
     * (fractions kept when not zero).
     */
    public static String timestamp(String s) {
        return s == null ? null : s.replace(' ', 'T').replaceFirst("\\.0+$", "");
    }
}
