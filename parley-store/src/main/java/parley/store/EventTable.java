package parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.function.Function;
import parley.model.Actor;
import parley.model.CameoCode;
import parley.store.merge.MergedEvent;

/** The SQL of the {@code events} table: writing merged events, deleting those merged away, recounting. */
final class EventTable {
    private static final String COLUMNS = "source_code, source_name, source_country, source_org, source_sector,"
            + " target_code, target_name, target_country, target_org, target_sector, cameo, root, quad_class,"
            + " goldstein, plover, mode, event_date, date_precision, place_name, place_country, lat, lon,"
            + " place_precision, place_id";

    private final Connection c;
    private final Function<String, CameoCode> cameo;

    /** @param cameo the CAMEO row of a code (its root, QuadClass, Goldstein and PLOVER follow the code) */
    EventTable(Connection c, Function<String, CameoCode> cameo) {
        this.c = c;
        this.cameo = cameo;
    }

    /** A new event row; the counts are filled by {@link #recount}. */
    void insert(MergedEvent e, Timestamp now) throws SQLException {
        String sql = "INSERT INTO events (event_id, " + COLUMNS + ", num_mentions, num_sources, num_articles,"
                + " first_seen, last_seen, langs) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,0,?,?,'')";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, e.id());
            int i = setColumns(ps, 2, e);
            ps.setTimestamp(i++, now);
            ps.setTimestamp(i, now);
            ps.executeUpdate();
        }
    }

    /** Rewrites what an existing event keeps of its mentions (sides, code, date, place); then {@link #recount}. */
    void update(MergedEvent e) throws SQLException {
        String sql = "UPDATE events SET " + MentionTable.assignments(COLUMNS, "?") + " WHERE event_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = setColumns(ps, 1, e);
            ps.setString(i, e.id());
            ps.executeUpdate();
        }
    }

    /** Deletes events whose mentions now belong to others, with their word index rows. */
    void delete(Collection<String> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return;
        }
        for (String table : new String[] {"events", "evidence_words"}) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table
                    + " WHERE event_id IN (SELECT unnest(?))")) {
                ps.setArray(1, c.createArrayOf("VARCHAR", eventIds.toArray()));
                ps.executeUpdate();
            }
        }
    }

    private int setColumns(PreparedStatement ps, int i, MergedEvent e) throws SQLException {
        i = setActor(ps, i, e.source());
        i = setActor(ps, i, e.target());
        i = setCameo(ps, i, cameo.apply(e.cameo()));
        ps.setString(i++, e.mode());
        i = setDate(ps, i, e.date());
        return setPlace(ps, i, e.place());
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
        // Last of the changes an ingest makes to the event (written, then recounted): its card follows.
        EventCards.refresh(c, eventId);
    }

    static int setActor(PreparedStatement ps, int i, Actor a) throws SQLException {
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

    static int setPlace(PreparedStatement ps, int i, Spot p) throws SQLException {
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
