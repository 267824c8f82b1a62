package parley.app;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import parley.store.Database;

/** The rows of a store file that do not depend on when it was written, for comparing two stores. */
final class StoreContents {

    private StoreContents() {
    }

    static List<String> rows(Path db, String sql) throws SQLException {
        try (Database d = Database.open(db)) {
            return rows(d, sql);
        }
    }

    static List<String> rows(Database d, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = d.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    /**
     * Every column of every table but timestamps (and the cards, which hold them): two stores of the same articles
     * compare equal only when they hold the same events made of the same mentions. The word index is compared as a
     * set: a word two mentions of one event share may be indexed twice, which lookups do not see.
     */
    static List<String> everything(Path db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Database d = Database.open(db)) {
            out.addAll(rows(d, "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY article_id"));
            out.addAll(rows(d, "SELECT * EXCLUDE (ingested_at) FROM mentions ORDER BY mention_id"));
            out.addAll(rows(d, "SELECT * EXCLUDE (first_seen, last_seen, card) FROM events ORDER BY event_id"));
            out.addAll(rows(d, "SELECT DISTINCT * FROM evidence_words ORDER BY ALL"));
            out.addAll(rows(d, "SELECT * EXCLUDE (finished_at) FROM ingest_log ORDER BY article_id"));
        }
        return out;
    }

    /** Everything but timestamps: articles, mentions with their events, events with their counts, the log. */
    static List<String> all(Path db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Database d = Database.open(db)) {
            out.addAll(rows(d, "SELECT 'article', article_id, content_hash, outlet, lang, published FROM articles"
                    + " ORDER BY article_id"));
            out.addAll(rows(d, "SELECT 'mention', mention_id, event_id, article_id, cameo, mention_date FROM mentions"
                    + " ORDER BY mention_id"));
            out.addAll(rows(d, "SELECT 'event', event_id, source_code, cameo, target_code, event_date, place_name,"
                    + " num_mentions, num_sources, num_articles, langs FROM events ORDER BY event_id"));
            out.addAll(rows(d, "SELECT 'log', article_id, num_mentions FROM ingest_log ORDER BY article_id"));
        }
        return out;
    }
}
