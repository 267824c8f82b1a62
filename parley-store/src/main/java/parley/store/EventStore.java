package parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import parley.kb.CameoTable;
import parley.model.Article;
import parley.model.CameoCode;
import parley.model.Event;
import parley.store.merge.EventMerger;
import parley.store.merge.MergeMention;
import parley.store.merge.MergedEvent;

/**
 * Writes coded articles into the store. Each article goes in one transaction: its {@code articles} row, one
 * {@code mentions} row per coded event, the {@code events} of the blocks its mentions fall in merged again
 * ({@link EventMerger}), the words of each mention's sentence ({@link EvidenceWords}), and its {@code ingest_log}
 * row. A crash leaves either all of an article or none of it.
 */
public final class EventStore {
    private final Connection c;
    private final EventMerger merger;
    private final EventTable events;
    private final MentionTable mentions;
    private final EventRedirects redirects;
    /** CAMEO rows of the codes seen in coded events, over the bundled table (an event row needs them). */
    private final Map<String, CameoCode> codes = new ConcurrentHashMap<>();

    public EventStore(Database db, MergeSettings settings) {
        this.c = db.connection();
        this.merger = new EventMerger(settings);
        CameoTable table = CameoTable.bundled();
        this.events = new EventTable(c, code -> codes.computeIfAbsent(code, table::get));
        this.mentions = new MentionTable(c);
        this.redirects = new EventRedirects(c);
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
     * article in the events they report ({@code null}: the article is its own story). The blocks the article's
     * mentions fall in ({@link EventMerger#block}) are merged again from all their mentions, so the store holds
     * the events of its set of mentions whatever order the articles came in. The cost is one read of each touched
     * block and writes for the events that changed: linear in the article's mentions and its blocks' sizes.
     */
    public StoreOutcome store(Article article, String storyId, List<Event> coded, Runnable beforeCommit)
            throws SQLException {
        return inTransaction(() -> {
            if (contains(article)) {
                return StoreOutcome.alreadyStored();
            }
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            insertArticle(article, storyId, now);
            Map<String, Event> byId = new LinkedHashMap<>();
            Map<String, List<MergeMention>> fresh = new TreeMap<>();
            for (Event e : coded) {
                if (byId.putIfAbsent(e.eventId(), e) != null) {
                    continue; // the coder reported the same clause twice: one mention
                }
                codes.putIfAbsent(e.cameo().code(), e.cameo());
                MergeMention m = mergeMention(e, article);
                fresh.computeIfAbsent(merger.block(m), k -> new ArrayList<>()).add(m);
            }
            Merge merge = mergeBlocks(fresh, byId, now);
            EvidenceWords.indexArticle(c, article.id(), merge.rebuilt);
            for (String id : merge.touched) {
                events.recount(id);
            }
            logIngest(article.id(), byId.size(), now);
            beforeCommit.run();
            int added = Math.max(0, merge.eventsAfter - merge.eventsBefore);
            return new StoreOutcome(true, byId.size(), added, byId.size() - Math.min(added, byId.size()),
                    merge.placements);
        });
    }

    /**
     * Merges each block again from its stored mentions and the new ones, and writes what changed: events, the
     * redirects of vanished ids, the new mentions, the word index of events whose mentions changed.
     */
    private Merge mergeBlocks(Map<String, List<MergeMention>> fresh, Map<String, Event> coded, Timestamp now)
            throws SQLException {
        Merge merge = new Merge(coded);
        for (Map.Entry<String, List<MergeMention>> block : fresh.entrySet()) {
            merge.block(block.getKey(), block.getValue(), now);
        }
        events.delete(merge.vanished);
        redirects.record(merge.moved, merge.touched, now);
        mentions.insert(merge.written, now);
        EvidenceWords.reindex(c, merge.rebuilt);
        return merge;
    }

    /** What merging the whole store again changed. */
    public record RemergeOutcome(int blocks, int eventsBefore, int eventsAfter, int eventsChanged) {
    }

    /**
     * Merges every block of the store again with this store's settings (other {@code --merge-days} or
     * {@code --merge-km}, or rules changed since the store was made), in one transaction. The blocks (mode, root
     * class, country pair) stay as stored; events whose mentions now fall apart or together are rewritten, and
     * the ids that vanish redirect to where their mentions went.
     */
    public RemergeOutcome remergeAll() throws SQLException {
        return inTransaction(() -> {
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            Map<String, List<MergeMention>> every = new TreeMap<>();
            for (String block : mentions.blocks()) {
                every.put(block, List.of());
            }
            Merge merge = mergeBlocks(every, Map.of(), now);
            for (String id : merge.touched) {
                events.recount(id);
            }
            return new RemergeOutcome(every.size(), merge.eventsBefore, merge.eventsAfter, merge.touched.size());
        });
    }

    /** Work on the store that is committed whole or not at all. */
    @FunctionalInterface
    private interface StoreWork<T> {
        T run() throws SQLException;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    private <T> T inTransaction(StoreWork<T> work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** One article's merge: what changes in the blocks its mentions fall in. */
    private final class Merge {
        final Map<String, Event> coded;
        final List<MentionTable.New> written = new ArrayList<>();
        final List<StoreOutcome.Placement> placements = new ArrayList<>();
        final Set<String> touched = new LinkedHashSet<>();
        final Set<String> rebuilt = new LinkedHashSet<>();
        final List<String> vanished = new ArrayList<>();
        final Map<String, String> moved = new LinkedHashMap<>();
        int eventsBefore;
        int eventsAfter;

        Merge(Map<String, Event> coded) {
            this.coded = coded;
        }

        /** Merges a block's stored mentions with the article's, and writes the events that changed. */
        void block(String block, List<MergeMention> news, Timestamp now) throws SQLException {
            Map<String, String> eventOf = new HashMap<>();
            Map<String, Set<String>> before = new HashMap<>();
            List<MergeMention> all = new ArrayList<>(news);
            for (MentionTable.Stored s : mentions.block(block)) {
                all.add(s.mention());
                eventOf.put(s.mention().id(), s.eventId());
                before.computeIfAbsent(s.eventId(), k -> new HashSet<>()).add(s.mention().id());
            }
            List<MergedEvent> merged = merger.merge(all);
            eventsBefore += before.size();
            eventsAfter += merged.size();
            Set<String> kept = new HashSet<>();
            for (MergedEvent e : merged) {
                kept.add(e.id());
                write(e, eventOf, before.get(e.id()), block, now);
            }
            before.keySet().stream().filter(id -> !kept.contains(id)).sorted().forEach(id -> {
                vanished.add(id);
                moved.put(id, holderOf(before.get(id), merged));
            });
        }

        /** The event that holds most of these mentions (the first in merge order among equals). */
        private static String holderOf(Set<String> mentionIds, List<MergedEvent> merged) {
            MergedEvent best = merged.get(0);
            long most = -1;
            for (MergedEvent e : merged) {
                long held = e.mentions().stream().filter(m -> mentionIds.contains(m.id())).count();
                if (held > most) {
                    best = e;
                    most = held;
                }
            }
            return best.id();
        }

        private void write(MergedEvent e, Map<String, String> eventOf, Set<String> storedBefore, String block,
                           Timestamp now) throws SQLException {
            Set<String> stored = new HashSet<>();
            List<String> moving = new ArrayList<>();
            boolean grows = false;
            for (int i = 0; i < e.mentions().size(); i++) {
                MergeMention m = e.mentions().get(i);
                String was = eventOf.get(m.id());
                if (was == null) {
                    grows = true;
                    written.add(new MentionTable.New(coded.get(m.id()), m, block, e.id()));
                    placements.add(new StoreOutcome.Placement(m.id(), e.id(), e.reasons().get(i)));
                } else {
                    stored.add(m.id());
                    if (!was.equals(e.id())) {
                        moving.add(m.id());
                    }
                }
            }
            boolean sameStored = stored.equals(storedBefore);
            if (storedBefore == null) {
                events.insert(e, now);
            } else if (grows || !sameStored) {
                events.update(e);
            } else {
                return; // none of its mentions is new or moved: the same event as before
            }
            if (!moving.isEmpty()) {
                mentions.moveTo(e.id(), moving);
            }
            if (!sameStored && !stored.isEmpty()) {
                rebuilt.add(e.id());
            }
            touched.add(e.id());
        }
    }

    /**
     * What merging reads of a coded event: its sides, code, mode, place and date (the event's own, else the
     * article's publication day with precision "published"). Public so that a batch job builds the same
     * mentions the store does.
     */
    public static MergeMention mergeMention(Event e, Article article) {
        return new MergeMention(e.eventId(), article.id(), e.sentenceIndex(), e.source(), e.target(),
                e.cameo().code(), e.mode().label(), dateOf(e, article), Spot.of(e.place()));
    }

    /** The event's own date, else the article's publication day (precision "published"), else none. */
    static DateSpan dateOf(Event e, Article article) {
        if (e.date() != null) {
            return DateSpan.of(e.date(), e.datePrecision());
        }
        return article.published() == null ? null
                : new DateSpan(article.published(), article.published(), "published");
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
