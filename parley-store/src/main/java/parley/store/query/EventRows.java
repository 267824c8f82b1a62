package parley.store.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one row of {@link EventSql#EVENT_COLUMNS} into the event object the API and the JSON exports write:
 * actors and place nested, langs as a list, dates as ISO text. Field names are documented in docs/api.md.
 */
public final class EventRows {
    private EventRows() {
    }

    public static Map<String, Object> event(ResultSet rs) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", rs.getString("event_id"));
        m.put("date", rs.getString("event_date"));
        m.put("date_precision", rs.getString("date_precision"));
        m.put("source", actor(rs, "source"));
        m.put("target", rs.getString("target_code") == null ? null : actor(rs, "target"));
        m.put("cameo", rs.getString("cameo"));
        m.put("root", rs.getString("root"));
        m.put("quad_class", rs.getInt("quad_class"));
        m.put("goldstein", rs.getDouble("goldstein"));
        m.put("plover", rs.getString("plover"));
        m.put("mode", rs.getString("mode"));
        m.put("location", place(rs));
        m.put("num_mentions", rs.getInt("num_mentions"));
        m.put("num_sources", rs.getInt("num_sources"));
        m.put("num_articles", rs.getInt("num_articles"));
        m.put("langs", langs(rs.getString("langs")));
        m.put("first_seen", timestamp(rs.getString("first_seen")));
        m.put("last_seen", timestamp(rs.getString("last_seen")));
        return m;
    }

    static Map<String, Object> actor(ResultSet rs, String role) throws SQLException {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("code", rs.getString(role + "_code"));
        a.put("name", rs.getString(role + "_name"));
        a.put("country", rs.getString(role + "_country"));
        a.put("org", rs.getString(role + "_org"));
        a.put("sector", rs.getString(role + "_sector"));
        return a;
    }

    static Map<String, Object> place(ResultSet rs) throws SQLException {
        if (rs.getString("place_name") == null && rs.getObject("lat") == null) {
            return null;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", rs.getString("place_name"));
        p.put("country", rs.getString("place_country"));
        p.put("lat", rs.getObject("lat"));
        p.put("lon", rs.getObject("lon"));
        p.put("precision", rs.getString("place_precision"));
        p.put("id", rs.getString("place_id"));
        return p;
    }

    public static List<String> langs(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    /** DuckDB's "2024-05-14 10:00:00.0" as ISO-8601 "2024-05-14T10:00:00" (fractions kept when not zero). */
    public static String timestamp(String s) {
        return s == null ? null : s.replace(' ', 'T').replaceFirst("\\.0+$", "");
    }
}
