package parley.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates for a map of the located events: clusters on a grid sized for the map's zoom, and events per
 * country of their place. A map of a million events needs a few hundred points, never the events themselves.
 *
 * <p>Both group by QuadClass as well and add the four rows of a cell or country up here: DuckDB computes plain
 * counts and sums per group in a third of the time of conditional ones ({@code count(*) FILTER (...)}) or of the
 * most frequent value ({@code mode}), measured on a million events.
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

    private final Connection connection;

    public MapQueries(Connection connection) {
        this.connection = connection;
    }

    /** What a cell or a country adds up from its QuadClass rows. */
    private static final class Tally {
        long events;
        final long[] quad = new long[4];
        double goldstein;
        double latSum;
        double lonSum;
        long biggestGroup;
        String place;
        String firstPlaceId;
        String lastPlaceId;

        void add(ResultSet rs) throws SQLException {
            long n = rs.getLong("events");
            events += n;
            quad[rs.getInt("quad_class") - 1] += n;
            goldstein += rs.getDouble("goldstein_sum");
        }

        /** The positions and places of a cell's row; its place name is that of its biggest QuadClass group. */
        void addPlaces(ResultSet rs) throws SQLException {
            latSum += rs.getDouble("lat_sum");
            lonSum += rs.getDouble("lon_sum");
            long n = rs.getLong("events");
            if (n > biggestGroup) {
                biggestGroup = n;
                place = rs.getString("place");
            }
            firstPlaceId = least(firstPlaceId, rs.getString("first_place"));
            lastPlaceId = greatest(lastPlaceId, rs.getString("last_place"));
        }

        List<Long> quadClasses() {
            return List.of(quad[0], quad[1], quad[2], quad[3]);
        }
    }

    /**
     * The located events the filter matches, grouped into grid cells of {@code 90 / 2^zoom} degrees: per cell its
     * events' mean position, their number, their number per QuadClass, the name of one of its places (from its
     * largest QuadClass group), whether all its events are at one place, and their Goldstein sum. Busiest cells
     * first, at most {@link #MAX_CELLS}.
     */
    public List<Map<String, Object>> clusters(EventFilter f, int zoom) throws SQLException {
        if (zoom < 0 || zoom > MAX_ZOOM) {
            throw new InvalidParameterException("zoom", "expected 0 to " + MAX_ZOOM + ", got " + zoom);
        }
        double cell = CELL_DEGREES_AT_ZOOM_0 / (1L << zoom);
        SqlQuery q = new SqlQuery().append("SELECT floor(e.lat / ?) AS cell_lat, floor(e.lon / ?) AS cell_lon,"
                        + " e.quad_class, count(*) AS events, sum(e.goldstein) AS goldstein_sum, sum(e.lat) AS lat_sum,"
                        + " sum(e.lon) AS lon_sum, any_value(e.place_name) AS place, min(e.place_id) AS first_place,"
                        + " max(e.place_id) AS last_place FROM events e", cell, cell)
                .append(EventSql.where(f))
                .append(" AND e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY 1, 2, 3");
        Map<String, Tally> cells = new LinkedHashMap<>();
        try (PreparedStatement ps = q.prepare(connection); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Tally t = cells.computeIfAbsent(rs.getLong("cell_lat") + "," + rs.getLong("cell_lon"), k -> new Tally());
                t.add(rs);
                t.addPlaces(rs);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        cells.values().stream()
                .sorted(Comparator.<Tally>comparingLong(t -> -t.events).thenComparingDouble(t -> t.latSum / t.events)
                        .thenComparingDouble(t -> t.lonSum / t.events))
                .limit(MAX_CELLS)
                .forEach(t -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("lat", round(t.latSum / t.events, 1e5));
                    m.put("lon", round(t.lonSum / t.events, 1e5));
                    m.put("events", t.events);
                    m.put("quad_classes", t.quadClasses());
                    m.put("place", t.place);
                    m.put("single_place", t.firstPlaceId != null && t.firstPlaceId.equals(t.lastPlaceId));
                    m.put("goldstein_sum", round(t.goldstein, 1e3));
                    out.add(m);
                });
        return out;
    }

    /** Located events the filter matches per country of their place, with their number per QuadClass. */
    public List<Map<String, Object>> countries(EventFilter f) throws SQLException {
        SqlQuery q = new SqlQuery().append("SELECT e.place_country AS country, e.quad_class, count(*) AS events,"
                        + " sum(e.goldstein) AS goldstein_sum FROM events e")
                .append(EventSql.where(f))
                .append(" AND e.place_country IS NOT NULL GROUP BY 1, 2");
        Map<String, Tally> countries = new LinkedHashMap<>();
        try (PreparedStatement ps = q.prepare(connection); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                countries.computeIfAbsent(rs.getString("country"), k -> new Tally()).add(rs);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        countries.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Tally>>comparingLong(e -> -e.getValue().events)
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("country", e.getKey());
                    m.put("events", e.getValue().events);
                    m.put("quad_classes", e.getValue().quadClasses());
                    m.put("goldstein_sum", round(e.getValue().goldstein, 1e3));
                    out.add(m);
                });
        return out;
    }

    private static String least(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }

    private static String greatest(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }
}
