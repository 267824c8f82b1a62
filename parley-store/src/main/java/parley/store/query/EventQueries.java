package parley.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of the store: event lists, one event with its reports, one article with the events found in it,
 * time series, most active actors and the actor network. Every statement is prepared with bound values. Not
 * thread-safe, like the connection it is given: use one per thread (DuckDB connections can be duplicated).
 */
public final class EventQueries {
    /** Most rows the actor and network rankings return. */
    public static final int MAX_RANKING = 1000;
    static final int MAX_ID_LENGTH = 500;

    private final Connection connection;

    public EventQueries(Connection connection) {
        this.connection = connection;
    }

    /** One page of the events the filter matches, with their total count. */
    public EventPage events(EventFilter f) throws SQLException {
        return events(f, true);
    }

    /**
     * One page of the events the filter matches. Their total count when the page itself tells it (a first or
     * later page by offset that is not full: nothing follows it) and, otherwise, only when {@code withTotal}
     * (null when not): counting reads every matching event, often more work than the page itself.
     */
    public EventPage events(EventFilter f, boolean withTotal) throws SQLException {
        String columns = EventSql.EVENT_COLUMNS + ", " + f.sort.expression + " AS " + SORT_COLUMN;
        Page page = f.limit == null ? read(EventSql.page(f, columns)) : readCards(f);
        if (page == null) { // some event of the page has no card: its columns, as an unlimited page reads them
            page = read(EventSql.pageByRowId(f, columns));
        }
        Long total = null;
        boolean last = f.limit == null || page.events.size() < f.limit;
        if (last && f.cursor == null && (f.offset == 0 || !page.events.isEmpty())) {
            total = (long) f.offset + page.events.size();
        } else if (withTotal) {
            try (PreparedStatement ps = EventSql.count(f).prepare(connection); ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        int limit = f.limit == null ? page.events.size() : f.limit;
        String next = f.limit != null && page.events.size() == f.limit
                ? EventSql.cursorAfter(f, page.lastSortValue, page.lastDate, page.lastId) : null;
        return new EventPage(total, limit, f.offset, page.events, next);
    }

    private static final String SORT_COLUMN = "parley_sort_value";

    /** Rows of a page, and the sort value, date and id of its last row (what a cursor after it holds). */
    private record Page(List<Map<String, Object>> events, Object lastSortValue, String lastDate, String lastId) {
    }

    /**
     * A limited page read from the events' cards ({@link EventSql#pageCards}); null when one of its events has no
     * card (a row written by something that does not fill it, until the store is opened read-write again).
     */
    private Page readCards(EventFilter f) throws SQLException {
        List<Map<String, Object>> events = new ArrayList<>();
        Map<String, Object> last = null;
        try (PreparedStatement ps = EventSql.pageCards(f).prepare(connection); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String card = rs.getString(1);
                if (card == null) {
                    return null;
                }
                last = EventRows.cardColumns(card);
                events.add(EventRows.event(last));
            }
        }
        if (last == null) {
            return new Page(events, null, null, null);
        }
        Object sortValue = last.get(f.sort.column());
        Object date = last.get("event_date");
        return new Page(events, sortValue == null ? null : sortValue.toString(), date == null ? null : date.toString(),
                (String) last.get("event_id"));
    }

    private Page read(SqlQuery q) throws SQLException {
        List<Map<String, Object>> events = new ArrayList<>();
        Object lastSortValue = null;
        String lastDate = null;
        String lastId = null;
        try (PreparedStatement ps = q.prepare(connection); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                events.add(EventRows.event(rs));
                lastSortValue = rs.getString(SORT_COLUMN);
                lastDate = rs.getString("event_date");
                lastId = rs.getString("event_id");
            }
        }
        return new Page(events, lastSortValue, lastDate, lastId);
    }

    /** The event with this id and every mention of it (with its article's outlet and URL), or empty. */
    public Optional<Map<String, Object>> event(String eventId) throws SQLException {
        checkId("event_id", eventId);
        Map<String, Object> event = null;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT " + EventSql.EVENT_COLUMNS + " FROM events e WHERE e.event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    event = EventRows.event(rs);
                }
            }
        }
        if (event == null) {
            return Optional.empty();
        }
        List<Map<String, Object>> mentions = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT m.mention_id, m.article_id, m.lang,"
                + " m.sentence_index, m.sentence, m.evidence_start, m.evidence_end, m.source_text, m.target_text,"
                + " m.place_text, m.cameo, m.mention_date, m.date_precision, m.trig, m.rule, m.confidence,"
                + " m.ingested_at, a.url, a.outlet, a.title, a.published"
                + " FROM mentions m LEFT JOIN articles a ON a.article_id = m.article_id"
                + " WHERE m.event_id = ? ORDER BY m.ingested_at, m.mention_id")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("mention_id", rs.getString("mention_id"));
                    m.put("article_id", rs.getString("article_id"));
                    m.put("lang", rs.getString("lang"));
                    m.put("sentence_index", rs.getInt("sentence_index"));
                    m.put("sentence", rs.getString("sentence"));
                    m.put("evidence_start", rs.getInt("evidence_start"));
                    m.put("evidence_end", rs.getInt("evidence_end"));
                    m.put("source_text", rs.getString("source_text"));
                    m.put("target_text", rs.getString("target_text"));
                    m.put("place_text", rs.getString("place_text"));
                    m.put("cameo", rs.getString("cameo"));
                    m.put("date", rs.getString("mention_date"));
                    m.put("date_precision", rs.getString("date_precision"));
                    m.put("trigger", rs.getString("trig"));
                    m.put("rule", rs.getString("rule"));
                    m.put("confidence", rs.getDouble("confidence"));
                    m.put("ingested_at", EventRows.timestamp(rs.getString("ingested_at")));
                    m.put("url", rs.getString("url"));
                    m.put("outlet", rs.getString("outlet"));
                    m.put("title", rs.getString("title"));
                    m.put("published", rs.getString("published"));
                    mentions.add(m);
                }
            }
        }
        event.put("mentions", mentions);
        return Optional.of(event);
    }

    /**
     * The article with this id: its full text (title, blank line, body: the text every offset indexes) and, for
     * each mention coded in it, the event it belongs to and the evidence's character offsets.
     */
    public Optional<Map<String, Object>> article(String articleId) throws SQLException {
        checkId("article_id", articleId);
        Map<String, Object> a = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT article_id, story_id, url, outlet, title, body,"
                + " lang, published, ingested_at FROM articles WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String title = rs.getString("title");
                String body = rs.getString("body");
                a.put("article_id", rs.getString("article_id"));
                a.put("story_id", rs.getString("story_id"));
                a.put("url", rs.getString("url"));
                a.put("outlet", rs.getString("outlet"));
                a.put("title", title);
                a.put("lang", rs.getString("lang"));
                a.put("published", rs.getString("published"));
                a.put("ingested_at", EventRows.timestamp(rs.getString("ingested_at")));
                // The same joining rule as Article.fullText(), so the offsets below index this text.
                a.put("text", title == null || title.isBlank() ? body : title + "\n\n" + body);
            }
        }
        List<Map<String, Object>> events = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT m.mention_id, m.event_id, m.sentence_index,"
                + " m.evidence_start, m.evidence_end, m.cameo, e.source_code, e.target_code, e.root, e.mode"
                + " FROM mentions m LEFT JOIN events e ON e.event_id = m.event_id"
                + " WHERE m.article_id = ? ORDER BY m.evidence_start, m.mention_id")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("mention_id", rs.getString("mention_id"));
                    m.put("event_id", rs.getString("event_id"));
                    m.put("sentence_index", rs.getInt("sentence_index"));
                    m.put("start", rs.getInt("evidence_start"));
                    m.put("end", rs.getInt("evidence_end"));
                    m.put("cameo", rs.getString("cameo"));
                    m.put("source_code", rs.getString("source_code"));
                    m.put("target_code", rs.getString("target_code"));
                    m.put("root", rs.getString("root"));
                    m.put("mode", rs.getString("mode"));
                    events.add(m);
                }
            }
        }
        a.put("events", events);
        return Optional.of(a);
    }

    /**
     * Events per period (day, week starting Monday, month, year) among those the filter matches, with the sum and
     * mean of their Goldstein scores, and the same apart for cooperation (QuadClass 1 and 2) and conflict (3 and 4).
     * Events without a date are left out; the filter's page is ignored.
     */
    public List<Map<String, Object>> timeseries(EventFilter f, Interval interval) throws SQLException {
        // Grouped by period and side (conflict or not), the two rows of a period added up here: a third of the
        // time of conditional aggregates (FILTER) over the same rows, measured on a million events.
        SqlQuery q = new SqlQuery().append("SELECT CAST(date_trunc(" + interval.sqlLiteral() + ", e.event_date) AS DATE)"
                + " AS period, e.quad_class >= 3 AS conflict, count(*) AS events, sum(e.goldstein) AS goldstein_sum"
                + " FROM events e").append(EventSql.where(f))
                .append(" AND e.event_date IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2");
        Map<String, long[]> counts = new LinkedHashMap<>(); // period -> cooperation, conflict events
        Map<String, double[]> sums = new LinkedHashMap<>(); // period -> cooperation, conflict Goldstein sums
        try (PreparedStatement ps = q.prepare(connection); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String period = rs.getString("period");
                int side = rs.getBoolean("conflict") ? 1 : 0;
                counts.computeIfAbsent(period, k -> new long[2])[side] = rs.getLong("events");
                sums.computeIfAbsent(period, k -> new double[2])[side] = rs.getDouble("goldstein_sum");
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long[] n = e.getValue();
            double[] g = sums.get(e.getKey());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("period", e.getKey());
            m.put("events", n[0] + n[1]);
            m.put("goldstein_sum", round(g[0] + g[1]));
            m.put("goldstein_mean", round((g[0] + g[1]) / (n[0] + n[1])));
            m.put("cooperation_events", n[0]);
            m.put("cooperation_goldstein_sum", round(g[0]));
            m.put("conflict_events", n[1]);
            m.put("conflict_goldstein_sum", round(g[1]));
            out.add(m);
        }
        return out;
    }

    /** The actors in most of the matching events, as source or target, most active first. */
    public List<Map<String, Object>> actors(EventFilter f, int limit) throws SQLException {
        checkRanking(limit);
        SqlQuery where = EventSql.where(f);
        SqlQuery q = new SqlQuery().append("SELECT code, any_value(name) AS name, any_value(country) AS country,"
                        + " count(*) AS events, sum(as_source) AS as_source, sum(1 - as_source) AS as_target FROM ("
                        + "SELECT e.source_code AS code, e.source_name AS name, e.source_country AS country, 1 AS as_source"
                        + " FROM events e").append(where)
                .append(" UNION ALL SELECT e.target_code, e.target_name, e.target_country, 0 FROM events e").append(where)
                .append(" AND e.target_code IS NOT NULL) GROUP BY code ORDER BY events DESC, code LIMIT ?", limit);
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement ps = q.prepare(connection); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", rs.getString("code"));
                m.put("name", rs.getString("name"));
                m.put("country", rs.getString("country"));
                m.put("events", rs.getLong("events"));
                m.put("as_source", rs.getLong("as_source"));
                m.put("as_target", rs.getLong("as_target"));
                out.add(m);
            }
        }
        return out;
    }

    /** Directed dyads (source → target) among the matching events, weighted by their number of events. */
    public List<Map<String, Object>> network(EventFilter f, int limit) throws SQLException {
        checkRanking(limit);
        SqlQuery q = new SqlQuery().append("SELECT e.source_code, e.target_code, any_value(e.source_name) AS source_name,"
                        + " any_value(e.target_name) AS target_name, count(*) AS weight, sum(e.goldstein) AS goldstein_sum,"
                        + " avg(e.goldstein) AS goldstein_mean FROM events e").append(EventSql.where(f))
                .append(" AND e.target_code IS NOT NULL GROUP BY e.source_code, e.target_code"
                        + " ORDER BY weight DESC, e.source_code, e.target_code LIMIT ?", limit);
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement ps = q.prepare(connection); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("source", rs.getString("source_code"));
                m.put("target", rs.getString("target_code"));
                m.put("source_name", rs.getString("source_name"));
                m.put("target_name", rs.getString("target_name"));
                m.put("weight", rs.getLong("weight"));
                m.put("goldstein_sum", round(rs.getDouble("goldstein_sum")));
                m.put("goldstein_mean", round(rs.getDouble("goldstein_mean")));
                out.add(m);
            }
        }
        return out;
    }

    private static void checkRanking(int limit) {
        if (limit < 1 || limit > MAX_RANKING) {
            throw new InvalidParameterException("limit", "expected 1 to " + MAX_RANKING + ", got " + limit);
        }
    }

    private static void checkId(String name, String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new InvalidParameterException(name, "expected an id of 1 to " + MAX_ID_LENGTH + " characters");
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
