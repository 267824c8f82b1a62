package parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import parley.model.Article;
import parley.model.Event;

/**
 * Writes coded articles into the store. Each article goes in one transaction: its {@code articles} row, one
 * {@code mentions} row per coded event, each mention merged into an {@code events} row (new or existing, see
 * {@link MergeRule}), the words of each mention's sentence ({@link EvidenceWords}), and its {@code ingest_log} row. A crash leaves either all of an article or none of it.
 */
public final class EventStore {
    private final Connection c;
    private final MergeRule rule;
    private final EventTable events;

    public EventStore(Database db, MergeSettings settings) {
        this.c = db.connection();
        this.rule = new MergeRule(settings);
        this.events = new EventTable(c);
    }

    /** True when this article (same id, or same normalised text) is already stored or logged as ingested. */
    public boolean contains(Article article) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT count(*) FROM articles WHERE article_id = ?"
                + " OR content_hash = ?) + (SELECT count(*) FROM ingest_log WHERE article_id = ?)")) {
            ps.setString(1, article.id());
            ps.setString(2, ContentHash.of(article));
            ps.setString(3, article.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /**
     * True when an article with this id is stored with another text: the input reuses an id (two files of one
     * name in different folders, say), and the new text is not stored. Callers say so rather than stay silent.
     */
    public boolean idTakenByOtherText(Article article) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM articles WHERE article_id = ? AND content_hash <> ?")) {
            ps.setString(1, article.id());
            ps.setString(2, ContentHash.of(article));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Stores the article and its coded events; adds nothing when the article is already stored. */
    public StoreOutcome store(Article article, List<Event> coded) throws SQLException {
        return store(article, null, coded, () -> { });
    }

    /** What {@link #forEachStoredArticle} hands over for each stored article. */
    public interface StoredArticle {
        void accept(String articleId, String storyId, String body, java.time.LocalDate published);
    }

    /** Every stored article that belongs to a story, one at a time (for re-indexing wire copies). */
    public void forEachStoredArticle(StoredArticle visitor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT article_id, story_id, body, published FROM articles WHERE story_id IS NOT NULL");
             var rs = ps.executeQuery()) {
            while (rs.next()) {
                Date published = rs.getDate(4);
                visitor.accept(rs.getString(1), rs.getString(2), rs.getString(3),
                        published == null ? null : published.toLocalDate());
            }
        }
    }

    /**
     * As {@link #store(Article, List)}; {@code beforeCommit} runs once everything is written but not yet
     * committed (the crash test stops the process there).
     */
    public StoreOutcome store(Article article, List<Event> coded, Runnable beforeCommit) throws SQLException {
        return store(article, null, coded, beforeCommit);
    }

    /**
     * As above, with the article's story: wire copies of one dispatch share a story id and count as one
     * article in the events they report ({@code null}: the article is its own story).
     */
    public StoreOutcome store(Article article, String storyId, List<Event> coded, Runnable beforeCommit)
            throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            if (contains(article)) {
                c.rollback();
                return StoreOutcome.alreadyStored();
            }
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            insertArticle(article, storyId, now);
            Set<String> seen = new HashSet<>();
            Set<String> touched = new LinkedHashSet<>();
            int mentions = 0;
            int created = 0;
            for (Event e : coded) {
                if (!seen.add(e.eventId())) {
                    continue; // the coder reported the same clause twice: one mention
                }
                DateSpan date = dateOf(e, article);
                Occurrence o = occurrence(e, date);
                EventTable.Row match = bestMatch(o);
                String eventId;
                if (match == null) {
                    eventId = e.eventId();
                    events.insert(eventId, e, date, now);
                    created++;
                } else {
                    eventId = match.eventId();
                    events.refine(match, e, date);
                }
                insertMention(eventId, article.id(), e, date, now);
                EvidenceWords.index(c, eventId, e.sentence());
                touched.add(eventId);
                mentions++;
            }
            for (String id : touched) {
                events.recount(id);
            }
            logIngest(article.id(), mentions, now);
            beforeCommit.run();
            c.commit();
            return new StoreOutcome(true, mentions, created, mentions - created);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The event's own date, else the article's publication day (precision "published"), else none. */
    static DateSpan dateOf(Event e, Article article) {
        if (e.date() != null) {
            return DateSpan.of(e.date(), e.datePrecision());
        }
        return article.published() == null ? null
                : new DateSpan(article.published(), article.published(), "published");
    }

    static Occurrence occurrence(Event e, DateSpan date) {
        return new Occurrence(Occurrence.Side.of(e.source()), Occurrence.Side.of(e.target()), e.cameo().code(),
                e.mode().label(), date, Spot.of(e.place()));
    }

    /** The matching event nearest in time; ties go to the oldest id, so reruns merge alike. */
    private EventTable.Row bestMatch(Occurrence o) throws SQLException {
        List<EventTable.Row> rows = new ArrayList<>();
        for (EventTable.Row r : events.candidates(o, rule.settings().rootsCompatibleWith(o.cameo()),
                rule.settings().days())) {
            if (rule.sameEvent(r.occurrence(), o)) {
                rows.add(r);
            }
        }
        return rows.stream().min(Comparator.<EventTable.Row>comparingLong(r -> distance(r.occurrence(), o))
                .thenComparing(EventTable.Row::eventId)).orElse(null);
    }

    private static long distance(Occurrence a, Occurrence b) {
        return a.date() == null || b.date() == null ? 0 : a.date().daysApart(b.date());
    }

    private void insertArticle(Article a, String storyId, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (article_id, content_hash, story_id, url,"
                + " outlet, title, body, lang, published, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, ContentHash.of(a));
            ps.setString(3, storyId);
            ps.setString(4, a.url());
            ps.setString(5, a.outletOrHost());
            ps.setString(6, a.title());
            ps.setString(7, a.text());
            ps.setString(8, a.lang());
            EventTable.setDate(ps, 9, a.published() == null ? null : Date.valueOf(a.published()));
            ps.setTimestamp(10, now);
            ps.executeUpdate();
        }
    }

    private void insertMention(String eventId, String articleId, Event e, DateSpan date, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mentions (mention_id, event_id, article_id, lang,"
                + " sentence_index, sentence, evidence_start, evidence_end, source_text, target_text, place_text, cameo,"
                + " mention_date, date_precision, trig, rule, confidence, ingested_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = 1;
            ps.setString(i++, e.eventId());
            ps.setString(i++, eventId);
            ps.setString(i++, articleId);
            ps.setString(i++, e.lang());
            ps.setInt(i++, e.sentenceIndex());
            ps.setString(i++, e.sentence());
            ps.setInt(i++, e.start());
            ps.setInt(i++, e.end());
            ps.setString(i++, e.sourceText());
            ps.setString(i++, e.targetText());
            ps.setString(i++, e.placeText());
            ps.setString(i++, e.cameo().code());
            i = EventTable.setDate(ps, i, date);
            ps.setString(i++, e.trigger());
            ps.setString(i++, e.rule());
            ps.setDouble(i++, e.confidence());
            ps.setTimestamp(i, now);
            ps.executeUpdate();
        }
    }

    private void logIngest(String articleId, int mentions, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ingest_log (article_id, finished_at, num_mentions) VALUES (?, ?, ?)")) {
            ps.setString(1, articleId);
            ps.setTimestamp(2, now);
            ps.setInt(3, mentions);
            ps.executeUpdate();
        }
    }
}
