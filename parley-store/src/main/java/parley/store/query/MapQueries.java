package parley.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates for a map of the located events: clusters on a grid sized for the map's zoom, and events per
 * country of their place. A map of a million events needs a few hundred points, never the events themselves.
 */
public final class MapQueries {
    /** Deepest zoom a cluster grid is cut for; beyond it cells are smaller than the places' own precision. */
    public static final int MAX_ZOOM = 18;
    /** Most cells one answer holds (the busiest first): a screen of clusters, never the store. */
    public static final int MAX_CELLS = 5000;
    /**
     * Width of a grid cell at zoom 0, in degrees: a quarter of the world, so that at any zoom a cell is about
     * 64 screen pixels of a web map (256 pixels span 360 degrees at zoom 0, twice as many at each step).
     */
    static final double CELL_DEGREES_AT_ZOOM_0 = 90.0;

    private static final String QUAD_COUNTS = "count(*) FILTER (WHERE e.quad_class = 1) AS q1,"
            + " count(*) FILTER (WHERE e.quad_class = 2) AS q2, count(*) FILTER (WHERE e.quad_class = 3) AS q3,"
            + " count(*) FILTER (WHERE e.quad_class = 4) AS q4";

    private final Connection connection;

    public MapQueries(Connection connection) {
        this.connection = connection;
    }

    /**
     * The located events the filter matches, grouped into grid cells of {@code 90 / 2^zoom} degrees: per cell its
     * events' mean position, their number, their number per QuadClass, the place most of them are at and how
     * many distinct places the cell holds. Busiest cells first, at most {@link #MAX_CELLS}.
     */
    public List<Map<String, Object>> clusters(EventFilter f, int zoom) throws SQLException {
        if (zoom < 0 || zoom > MAX_ZOOM) {
            throw new InvalidParameterException("zoom", "expected 0 to " + MAX_ZOOM + ", got " + zoom);
        }
        double cell = CELL_DEGREES_AT_ZOOM_0 / (1L << zoom);
        SqlQuery q = new SqlQuery().append("SELECT avg(e.lat) AS lat, avg(e.lon) AS lon, count(*) AS events, "
                        + QUAD_COUNTS + ", mode(e.place_name) AS place, count(DISTINCT e.place_id) AS places,"
                        + " sum(e.goldstein) AS goldstein_sum FROM events e")
                .append(EventSql.where(f))
                .append(" AND e.lat IS NOT NULL AND e.lon IS NOT NULL"
                        + " GROUP BY floor(e.lat / ?), floor(e.lon / ?) ORDER BY events DESC, lat, lon LIMIT ?",
                        cell, cell, MAX_CELLS);
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement ps = q.prepare(connection); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("lat", round(rs.getDouble("lat"), 1e5));
                m.put("lon", round(rs.getDouble("lon"), 1e5));
                m.put("events", rs.getLong("events"));
                m.put("quad_classes", quadCounts(rs));
                m.put("place", rs.getString("place"));
                m.put("places", rs.getLong("places"));
                m.put("goldstein_sum", round(rs.getDouble("goldstein_sum"), 1e3));
                out.add(m);
            }
        }
        return out;
    }

    /** Located events the filter matches per country of their place, with their number per QuadClass. */
    public List<Map<String, Object>> countries(EventFilter f) throws SQLException {
        SqlQuery q = new SqlQuery().append("SELECT e.place_country AS country, count(*) AS events, " + QUAD_COUNTS
                        + ", sum(e.goldstein) AS goldstein_sum FROM events e")
                .append(EventSql.where(f))
                .append(" AND e.place_country IS NOT NULL GROUP BY e.place_country ORDER BY events DESC, country");
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement ps = q.prepare(connection); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("country", rs.getString("country"));
                m.put("events", rs.getLong("events"));
                m.put("quad_classes", quadCounts(rs));
                m.put("goldstein_sum", round(rs.getDouble("goldstein_sum"), 1e3));
                out.add(m);
            }
        }
        return out;
    }

    private static List<Long> quadCounts(ResultSet rs) throws SQLException {
        return List.of(rs.getLong("q1"), rs.getLong("q2"), rs.getLong("q3"), rs.getLong("q4"));
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }
}
