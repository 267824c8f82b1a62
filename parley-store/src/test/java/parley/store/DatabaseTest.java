package parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.store.query.CardChecks;

class DatabaseTest {

    @Test
    void createsTheSchemaOnceAndReopensTheSameFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/parley.duckdb");
        try (Database db = Database.open(file)) {
            db.connection().createStatement().execute(
                    "INSERT INTO ingest_log VALUES ('a1', now(), 3)");
        }
        try (Database db = Database.open(file);
             ResultSet rs = db.connection().createStatement().executeQuery(
                     "SELECT (SELECT count(*) FROM ingest_log), (SELECT count(*) FROM schema_version)")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "rows survive reopening");
            assertEquals(1, rs.getInt(2), "the schema version is written once");
        }
    }

    @Test
    void aStoreFromBeforeTheWordIndexIsBackfilledOnceOnOpening(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.duckdb");
        try (Database db = Database.open(file); Statement s = db.connection().createStatement()) {
            // The store as it was before evidence_words: mentions, no word index.
            s.execute("DROP TABLE evidence_words");
            s.execute("INSERT INTO mentions (mention_id, event_id, article_id, lang, sentence_index, sentence,"
                    + " evidence_start, evidence_end, cameo, confidence, ingested_at) VALUES"
                    + " ('m1', 'E1', 'a1', 'fr', 0, 'L''Élysée a critiqué Moscou.', 0, 27, '111', 0.9, now()),"
                    + " ('m2', 'E1', 'a2', 'en', 0, 'The Elysee criticised Moscow.', 0, 29, '111', 0.9, now()),"
                    + " ('m3', 'E2', 'a2', 'en', 1, 'Moscow replied.', 30, 45, '010', 0.9, now())");
        }
        try (Database db = Database.open(file)) {
            assertEquals(List.of("E1"), eventsWith(db, "elysee"), "accents stripped, one row per word and event");
            assertEquals(List.of("E1", "E2"), eventsWith(db, "moscow"));
            assertEquals(List.of("E1"), eventsWith(db, "l"), "the apostrophe splits words");
            assertEquals(10, count(db, "SELECT count(*) FROM evidence_words"),
                    "l elysee a critique moscou + the elysee criticised moscow (one 'elysee') + moscow replied");
        }
        try (Database db = Database.open(file)) {
            assertEquals(10, count(db, "SELECT count(*) FROM evidence_words"), "backfilled once, not at every opening");
        }
    }

    @Test
    void aStoreFromBeforeEventCardsGetsThemOnOpening(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.duckdb");
        try (Database db = Database.open(file); Statement s = db.connection().createStatement()) {
            // The events table as it was before cards: 31 columns.
            s.execute("DROP TABLE events");
            s.execute(Arrays.stream(Database.schemaStatements()).filter(x -> x.startsWith("CREATE TABLE IF NOT EXISTS events"))
                    .findFirst().orElseThrow().replaceFirst(",\\s*card\\s+VARCHAR\\s*\\)$", ")"));
            assertEquals(31, count(db, "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'events'"));
            s.execute("INSERT INTO events VALUES ('E1', 'FRAGOV', 'France', 'FRA', NULL, 'GOV', 'CHN', 'China', 'CHN',"
                    + " NULL, NULL, '043', '04', 1, 2.8, 'CONSULT', 'asserted', DATE '2019-07-08', 'day', 'Beijing',"
                    + " 'CHN', 39.91, 116.4, 'capital', 'gn:1816670', 2, 2, 2, TIMESTAMP '2019-07-08 10:00:00.25',"
                    + " TIMESTAMP '2019-07-09 08:00:00', 'en,fr'),"
                    + " ('E2', 'UNO', 'United Nations', NULL, 'UNO', NULL, NULL, NULL, NULL, NULL, NULL, '010', '01', 1,"
                    + " 0.0, NULL, 'negated', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 1, 1,"
                    + " TIMESTAMP '2019-07-08 10:00:00', TIMESTAMP '2019-07-08 10:00:00', 'en')");
        }
        try (Database db = Database.open(file)) {
            assertEquals(2, count(db, "SELECT count(card) FROM events"), "the column added, every card filled");
            CardChecks.assertCardsMatchColumns(db.connection(), "date");
            CardChecks.assertCardsMatchColumns(db.connection(), "num_sources");
        }
    }

    @Test
    void aStoreFromBeforeMentionsHadTheirOwnSidesGetsThemFromTheirEventsAndMergesOnByTheNewRule(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("old.duckdb");
        try (Database db = Database.open(file); Statement s = db.connection().createStatement()) {
            // The mentions table as it was before: 18 columns, no sides of their own.
            s.execute("DROP TABLE mentions");
            s.execute(Arrays.stream(Database.schemaStatements()).filter(x -> x.startsWith("CREATE TABLE IF NOT EXISTS mentions"))
                    .findFirst().orElseThrow().replaceFirst("(?s),\\s*mode\\s+VARCHAR.*\\)$", ")"));
            assertEquals(18, count(db, "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'mentions'"));
            s.execute("INSERT INTO articles VALUES ('a1', 'h1', NULL, NULL, 'AFP', 'T', 'B', 'fr', DATE '2019-07-08',"
                    + " now())");
            s.execute("INSERT INTO events VALUES ('m1', 'FRAGOV', 'France', 'FRA', NULL, 'GOV', 'CHNGOV', 'China', 'CHN',"
                    + " NULL, 'GOV', '043', '04', 1, 2.8, 'CONSULT', 'asserted', DATE '2019-07-08', 'day', 'Beijing',"
                    + " 'CHN', 39.91, 116.4, 'city', 'gn:1816670', 1, 1, 1, now(), now(), 'fr', NULL)");
            s.execute("INSERT INTO mentions VALUES ('m1', 'm1', 'a1', 'fr', 0, 'Macron a rencontré Xi.', 0, 22, 'Macron',"
                    + " 'Xi', NULL, '043', DATE '2019-07-08', 'day', 'rencontrer', 'fr.x', 0.9, now())");
        }
        try (Database db = Database.open(file)) {
            assertEquals(1, count(db, "SELECT count(*) FROM mentions WHERE mode = 'asserted' AND source_code = 'FRAGOV'"
                    + " AND target_sector = 'GOV' AND place_name = 'Beijing' AND merge_block = 'asserted\t04\tCHN\tFRA'"));
            EventStore store = new EventStore(db, MergeSettings.defaults());
            parley.model.Article b = new parley.model.Article("b1", "T", "Other.", java.time.LocalDate.of(2019, 7, 8),
                    null, "en", "Reuters");
            parley.model.Event e = new parley.model.Event("m2", "b1", "en", 0, "Xi hosted France.",
                    parley.model.Actor.ofCountry("Xi Jinping", "CHN", "GOV"), "Xi",
                    parley.model.Actor.ofCountry("France", "FRA", null), "France",
                    new parley.model.CameoCode("040", "Consult", 1, 1, "CONSULT"), parley.model.Mode.ASSERTED, null,
                    null, "2019-07-08", "day", "host", 0, 17, "en.x", 0.9);
            assertEquals(1, store.store(b, List.of(e)).merged());
            assertEquals(2, count(db, "SELECT num_mentions FROM events WHERE event_id = 'm1'"));
        }
    }

    private static List<String> eventsWith(Database db, String word) throws Exception {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(
                EvidenceWords.lookup() + " ORDER BY event_id")) {
            ps.setString(1, word);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static long count(Database db, String sql) throws Exception {
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
