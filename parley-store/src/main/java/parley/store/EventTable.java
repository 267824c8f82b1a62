package parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import parley.model.Actor;
import parley.model.CameoCode;
import parley.model.Event;

/** The SQL of the {@code events} table: finding merge candidates, creating, refining and recounting events. */
final class EventTable {
    /** A stored event as merging sees it. */
    record Row(String eventId, Occurrence occurrence) {
    }

    /** The widest date span an event row can stand for (a year) beyond its first day. */
    private static final int LONGEST_SPAN_DAYS = 366;

    private final Connection c;

    EventTable(Connection c) {
        this.c = c;
    }

    /**
     * Events that might be the mention's: same mode, a compatible root, the same country/organisation keys in
     * either order, and a date near enough. The merge rule makes the exact decision on these few rows.
     */
    List<Row> candidates(Occurrence m, Set<String> roots, int days) throws SQLException {
        String rootList = String.join(",", Collections.nCopies(roots.size(), "?"));
        String sql = "SELECT event_id, COALESCE(source_country, source_org) sk, source_sector,"
                + " COALESCE(target_country, target_org) tk, target_sector, cameo, mode, event_date, date_precision,"
                + " place_name, place_country, lat, lon, place_precision, place_id FROM events"
                + " WHERE mode = ? AND root IN (" + rootList + ")"
                + " AND (event_date IS NULL OR event_date BETWEEN ? AND ?)"
                + " AND ((COALESCE(source_country, source_org) IS NOT DISTINCT FROM ?"
                + "       AND COALESCE(target_country, target_org) IS NOT DISTINCT FROM ?)"
                + "   OR (COALESCE(source_country, source_org) IS NOT DISTINCT FROM ?"
                + "       AND COALESCE(target_country, target_org) IS NOT DISTINCT FROM ?))"
                + " ORDER BY event_id";
        String sk = m.source() == null ? null : m.source().key();
        String tk = m.target() == null ? null : m.target().key();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, m.mode());
            for (String r : roots) {
                ps.setString(i++, r);
            }
            setDate(ps, i++, m.date() == null ? null : Date.valueOf(m.date().first().minusDays(days + LONGEST_SPAN_DAYS)));
            setDate(ps, i++, m.date() == null ? null : Date.valueOf(m.date().last().plusDays(days)));
            ps.setString(i++, sk);
            ps.setString(i++, tk);
            ps.setString(i++, tk);
            ps.setString(i, sk);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString("event_id"), occurrence(rs)));
                }
            }
            return rows;
        }
    }

    private static Occurrence occurrence(ResultSet rs) throws SQLException {
        Occurrence.Side source = new Occurrence.Side(rs.getString("sk"), rs.getString("source_sector"));
        String tk = rs.getString("tk");
        String ts = rs.getString("target_sector");
        Occurrence.Side target = tk == null && ts == null ? null : new Occurrence.Side(tk, ts);
        Date d = rs.getDate("event_date");
        DateSpan span = d == null ? null : DateSpan.of(d.toLocalDate().toString(), rs.getString("date_precision"));
        Spot place = rs.getObject("lat") == null ? null : new Spot(rs.getString("place_name"),
                rs.getString("place_country"), rs.getDouble("lat"), rs.getDouble("lon"),
                rs.getString("place_precision"), rs.getString("place_id"));
        return new Occurrence(source, target, rs.getString("cameo"), rs.getString("mode"), span, place);
    }

    /** A new event made of its first mention; the counts are filled by {@link #recount}. */
    void insert(String eventId, Event e, DateSpan date, Timestamp now) throws SQLException {
        String sql = "INSERT INTO events (event_id, source_code, source_name, source_country, source_org, source_sector,"
                + " target_code, target_name, target_country, target_org, target_sector, cameo, root, quad_class,"
                + " goldstein, plover, mode, event_date, date_precision, place_name, place_country, lat, lon,"
                + " place_precision, place_id, num_mentions, num_sources, num_articles, first_seen, last_seen, langs)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,0,?,?,'')";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, eventId);
            i = setActor(ps, i, e.source());
            i = setActor(ps, i, e.target());
            i = setCameo(ps, i, e.cameo());
            ps.setString(i++, e.mode().label());
            i = setDate(ps, i, date);
            i = setPlace(ps, i, Spot.of(e.place()));
            ps.setTimestamp(i++, now);
            ps.setTimestamp(i, now);
            ps.executeUpdate();
        }
    }

    /** The event takes the mention's code, date or place where the mention's is more specific. */
    void refine(Row event, Event mention, DateSpan date) throws SQLException {
        Occurrence o = event.occurrence();
        if (specificity(mention.cameo().code()) > specificity(o.cameo())) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE events SET cameo = ?, root = ?, quad_class = ?, goldstein = ?, plover = ? WHERE event_id = ?")) {
                int i = setCameo(ps, 1, mention.cameo());
                ps.setString(i, event.eventId());
                ps.executeUpdate();
            }
        }
        if (date != null && (o.date() == null || date.rank() > o.date().rank())) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE events SET event_date = ?, date_precision = ? WHERE event_id = ?")) {
                int i = setDate(ps, 1, date);
                ps.setString(i, event.eventId());
                ps.executeUpdate();
            }
        }
        Spot place = Spot.of(mention.place());
        if (place != null && (o.place() == null || place.rank() > o.place().rank())) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE events SET place_name = ?, place_country = ?,"
                    + " lat = ?, lon = ?, place_precision = ?, place_id = ? WHERE event_id = ?")) {
                int i = setPlace(ps, 1, place);
                ps.setString(i, event.eventId());
                ps.executeUpdate();
            }
        }
    }

    /**
     * Recomputes the event's counts from its mentions: outlets count once each (an article without outlet is
     * its own source), articles of one story (story_id) count once, languages sorted; then rewrites its card.
     */
    void recount(String eventId) throws SQLException {
        String sql = "UPDATE events SET num_mentions = s.n, num_sources = s.outlets, num_articles = s.stories,"
                + " first_seen = s.first, last_seen = s.last, langs = s.langs FROM ("
                + "  SELECT count(*) n,"
                + "   count(DISTINCT COALESCE(lower(a.outlet), '#article:' || a.article_id)) outlets,"
                + "   count(DISTINCT COALESCE(a.story_id, a.article_id)) stories,"
                + "   min(m.ingested_at) first, max(m.ingested_at) last,"
                + "   array_to_string(list_sort(list_distinct(list(m.lang))), ',') langs"
                + "  FROM mentions m JOIN articles a ON a.article_id = m.article_id WHERE m.event_id = ?) s"
                + " WHERE events.event_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, eventId);
            ps.setString(2, eventId);
            ps.executeUpdate();
        }
        // Last of the changes an ingest makes to the event (inserted, refined, then recounted): its card follows.
        EventCards.refresh(c, eventId);
    }

    /** 4-digit codes beat 3-digit ones, and a 3-digit code beats its root's general "X0" code. */
    static int specificity(String code) {
        return code.length() >= 4 ? 3 : code.endsWith("0") ? 1 : 2;
    }

    private static int setActor(PreparedStatement ps, int i, Actor a) throws SQLException {
        ps.setString(i++, a == null ? null : a.code());
        ps.setString(i++, a == null ? null : a.name());
        ps.setString(i++, a == null ? null : a.country());
        ps.setString(i++, a == null ? null : a.org());
        ps.setString(i++, a == null ? null : a.sector());
        return i;
    }

    private static int setCameo(PreparedStatement ps, int i, CameoCode code) throws SQLException {
        ps.setString(i++, code.code());
        ps.setString(i++, code.root());
        ps.setInt(i++, code.quadClass());
        ps.setDouble(i++, code.goldstein());
        ps.setString(i++, code.plover());
        return i;
    }

    static int setDate(PreparedStatement ps, int i, DateSpan d) throws SQLException {
        setDate(ps, i++, d == null ? null : Date.valueOf(d.first()));
        ps.setString(i++, d == null ? null : d.precision());
        return i;
    }

    static void setDate(PreparedStatement ps, int i, Date d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, d);
        }
    }

    private static int setPlace(PreparedStatement ps, int i, Spot p) throws SQLException {
        ps.setString(i++, p == null ? null : p.name());
        ps.setString(i++, p == null ? null : p.country());
        if (p == null) {
            ps.setNull(i++, Types.DOUBLE);
            ps.setNull(i++, Types.DOUBLE);
        } else {
            ps.setDouble(i++, p.lat());
            ps.setDouble(i++, p.lon());
        }
        ps.setString(i++, p == null ? null : p.precision());
        ps.setString(i++, p == null ? null : p.id());
        return i;
    }
}
