package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The word index of the evidence sentences ({@code evidence_words}): one row per folded word of a mention's
 * sentence and the event it reports, so the API's {@code q} looks words up instead of searching every sentence.
 * A word is a run of letters and digits; folding lowers it and strips its accents ("Bombardé" is "bombarde").
 * Sentences are split and folded inside DuckDB, by the same expression when a mention is stored and when an older
 * store is backfilled; a query is split in Java on the same character classes and each of its words folded by the
 * same SQL, so both sides agree.
 */
public final class EvidenceWords {
    /** What separates words, for DuckDB's RE2 and for java.util.regex alike. */
    static final String SEPARATORS = "[^\\p{L}\\p{N}]+";
    private static final Pattern SPLIT = Pattern.compile(SEPARATORS);

    /** The folding of a word or a sentence, as SQL over the expression {@code x}. */
    static String fold(String x) {
        return "strip_accents(lower(" + x + "))";
    }

    private EvidenceWords() {
    }

    /**
     * Indexes the sentence of a mention of {@code eventId}, in the caller's transaction. A word already indexed
     * for the event from another of its mentions is indexed again (looking it up would cost more than the row).
     * Public for whatever writes mentions without {@link EventStore} (test fixtures, imports).
     */
    public static void index(Connection c, String eventId, String sentence) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_words SELECT DISTINCT w, ?"
                + " FROM (SELECT unnest(string_split_regex(" + fold("?") + ", '" + SEPARATORS + "')) AS w)"
                + " WHERE w <> ''")) {
            ps.setString(1, eventId);
            ps.setString(2, sentence);
            ps.executeUpdate();
        }
    }

    /**
     * Indexes the sentences of one article's mentions under their events, in the caller's transaction, leaving out
     * the events given (which {@link #reindex} rebuilds whole).
     */
    static void indexArticle(Connection c, String articleId, Collection<String> except) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_words SELECT DISTINCT w, event_id FROM"
                + " (SELECT event_id, unnest(string_split_regex(" + fold("sentence") + ", '" + SEPARATORS + "')) AS w"
                + " FROM mentions WHERE article_id = ? AND event_id NOT IN (SELECT unnest(?))) WHERE w <> ''")) {
            ps.setString(1, articleId);
            ps.setArray(2, c.createArrayOf("VARCHAR", except.toArray()));
            ps.executeUpdate();
        }
    }

    /** Rebuilds the rows of events whose mentions changed (some came from, or left for, another event). */
    static void reindex(Connection c, Collection<String> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return;
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM evidence_words WHERE event_id IN (SELECT unnest(?))");
             PreparedStatement ins = c.prepareStatement("INSERT INTO evidence_words SELECT DISTINCT w, event_id FROM"
                     + " (SELECT event_id, unnest(string_split_regex(" + fold("sentence") + ", '" + SEPARATORS + "'))"
                     + " AS w FROM mentions WHERE event_id IN (SELECT unnest(?))) WHERE w <> ''")) {
            del.setArray(1, c.createArrayOf("VARCHAR", eventIds.toArray()));
            del.executeUpdate();
            ins.setArray(1, c.createArrayOf("VARCHAR", eventIds.toArray()));
            ins.executeUpdate();
        }
    }

    /**
     * Indexes every stored mention at once (a store created before the index, or a generated one), one row per
     * word and event, stored in word order: DuckDB then skips the row groups a looked-up word cannot be in.
     */
    public static long backfill(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("INSERT INTO evidence_words SELECT DISTINCT w, event_id FROM (SELECT event_id,"
                    + " unnest(string_split_regex(" + fold("sentence") + ", '" + SEPARATORS + "')) AS w FROM mentions)"
                    + " WHERE w <> '' ORDER BY w, event_id");
        }
    }

    /** The words of a query, split as sentences are (folding is left to {@link #lookup()}). */
    public static List<String> splitQuery(String text) {
        List<String> words = new ArrayList<>();
        for (String w : SPLIT.split(text.strip())) {
            if (!w.isEmpty() && !words.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** The events whose evidence holds one word, bound as the one parameter (folded here, as sentences are). */
    public static String lookup() {
        return "SELECT event_id FROM evidence_words WHERE word = " + fold("?");
    }
}
