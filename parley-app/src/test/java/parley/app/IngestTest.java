package parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.source.ArticleReader;
import parley.store.Database;
import parley.store.EventStore;
import parley.store.MergeSettings;
import picocli.CommandLine;

/**
 * The ingest command through the real pipeline: five invented reports (three French, two English, five outlets)
 * of one meeting of Emmanuel Macron and Angela Merkel in Berlin on 13 May 2019 become one event.
 */
class IngestTest {
    private static final Path MERGE = Path.of("src/test/resources/merge");
    private static final String MEETING = "root = '04' AND ((source_country = 'FRA' AND target_country = 'DEU')"
            + " OR (source_country = 'DEU' AND target_country = 'FRA'))";

    @TempDir
    Path dir;

    @Test
    void fiveReportsOfOneMeetingAreOneEvent() throws SQLException {
        Path db = dir.resolve("store/parley.duckdb");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, run("ingest", MERGE.toString(), "--db", db.toString(), "--no-progress"));
        } finally {
            System.setErr(stderr);
        }
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("parley: 5 items read, 5 articles stored, 0 already stored, 0 skipped; "),
                messages);
        assertTrue(!messages.contains("ingesting"), "--no-progress shows no bar: " + messages);
        List<String> meeting = StoreContents.rows(db, "SELECT num_sources, num_articles, langs, place_name, event_date"
                + " FROM events WHERE " + MEETING);
        assertEquals(List.of("5 | 5 | en,fr | Berlin | 2019-05-13"), meeting,
                "one event for the meeting: " + StoreContents.all(db));
        long mentions = Long.parseLong(StoreContents.rows(db, "SELECT num_mentions FROM events WHERE " + MEETING).get(0));
        assertTrue(mentions >= 5, "every article reports it at least once: " + mentions);
        assertEquals(List.of(String.valueOf(mentions)), StoreContents.rows(db, "SELECT count(*) FROM mentions m"
                + " JOIN events e ON e.event_id = m.event_id WHERE " + MEETING.replace("root", "e.root")
                .replace("source_country", "e.source_country").replace("target_country", "e.target_country")));
        assertEquals(List.of("5"), StoreContents.rows(db, "SELECT count(DISTINCT m.article_id) FROM mentions m"
                + " JOIN events e ON e.event_id = m.event_id WHERE e.root = '04'"), "each article codes the meeting");
    }

    @Test
    void ingestingTheSameArticlesAgainAddsNothing() throws Exception {
        Path db = dir.resolve("parley.duckdb");
        Ingester.Summary first = ingest(db, MERGE);
        assertEquals(5, first.stored());
        List<String> before = StoreContents.all(db);

        Ingester.Summary again = ingest(db, MERGE);
        assertEquals(new Ingester.Summary(5, 0, 5, 0, 0, 0), again);

        // The same text under another id, with other spacing, is the same article.
        String text = Files.readString(MERGE.resolve("en-herald.json")).replace("\"merge-en-herald\"", "\"copy-1\"")
                .replace("in Berlin on Monday.", "in Berlin  on Monday. ");
        Path copies = Files.createDirectories(dir.resolve("copies"));
        Files.writeString(copies.resolve("copy.json"), text);
        assertEquals(new Ingester.Summary(1, 0, 1, 0, 0, 0), ingest(db, copies));
        assertEquals(before, StoreContents.all(db));
    }

    @Test
    void wireCopiesShareAStoryAndCountAsOneArticle() throws Exception {
        String dispatch = "Le Premier ministre japonais Fumio Kishida a rencontré mardi à Séoul le président sud-coréen"
                + " Yoon Suk-yeol. Les deux dirigeants ont évoqué la menace nord-coréenne, la coopération économique"
                + " entre les deux pays et la préparation du prochain sommet trilatéral avec la Chine, selon la"
                + " présidence sud-coréenne, qui a salué des discussions franches et constructives.";
        String copy = dispatch.replace("qui a salué des discussions franches et constructives.",
                "qui a salué des discussions franches, constructives et utiles.");
        Path in = Files.createDirectories(dir.resolve("wire"));
        Files.writeString(in.resolve("a.json"), article("wire-a", "Kishida à Séoul", dispatch, "Le Courrier du Soir"));
        Files.writeString(in.resolve("b.json"), article("wire-b", "Kishida rencontre Yoon à Séoul", copy,
                "La Dépêche de l'Est"));
        Path db = dir.resolve("wire.duckdb");
        assertEquals(2, ingest(db, in).stored());
        assertEquals(List.of("1"), StoreContents.rows(db, "SELECT count(DISTINCT story_id) FROM articles"),
                "the copy joins the dispatch's story");
        assertEquals(List.of("2 | 1"), StoreContents.rows(db, "SELECT num_sources, num_articles FROM events"
                + " WHERE root = '04' AND source_country IN ('JPN', 'KOR') AND target_country IN ('JPN', 'KOR')"),
                StoreContents.all(db).toString());
    }

    private static String article(String id, String title, String text, String outlet) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"text\": \"" + text
                + "\", \"published\": \"2023-05-09\", \"lang\": \"fr\", \"outlet\": \"" + outlet + "\"}";
    }

    @Test
    void badItemsAreNamedAndTheRestIsStored() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(MERGE.resolve("fr-echo.json"), in.resolve("a.json"));
        Files.writeString(in.resolve("b.json"), "{\"id\": \"broken\", ");
        Files.writeString(in.resolve("c.txt"), "");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Ingester.Summary s;
        try (Database d = Database.open(dir.resolve("parley.duckdb"))) {
            s = new Ingester(Engine::parley, new EventStore(d, MergeSettings.defaults()),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false, false)
                    .run(List.of(in.toString()), new ArticleReader(null));
        }
        String messages = err.toString(StandardCharsets.UTF_8);
        assertEquals(new Ingester.Summary(3, 1, 0, 2, s.newEvents(), s.merged()), s, messages);
        assertTrue(messages.contains("b.json: invalid JSON"), messages);
        assertTrue(messages.contains("c.txt: empty file"), messages);
    }

    @Test
    void aStoreMergedAgainHoldsWhatItsThresholdsWouldHaveMade() throws Exception {
        // the five reports of the Berlin meeting, and two of protests a day and 30 km apart
        Path reports = Files.createDirectories(dir.resolve("reports"));
        for (Path f : Files.list(MERGE).toList()) {
            Files.copy(f, reports.resolve(f.getFileName()));
        }
        Files.writeString(reports.resolve("protest-1.json"), "{\"id\": \"protest-1\", \"lang\": \"en\","
                + " \"published\": \"2021-03-02\", \"outlet\": \"Herald\", \"text\": \"Thousands of Kenyan"
                + " students protested against the government in Nairobi on Tuesday.\"}");
        Files.writeString(reports.resolve("protest-2.json"), "{\"id\": \"protest-2\", \"lang\": \"fr\","
                + " \"published\": \"2021-03-04\", \"outlet\": \"Le Courrier\", \"text\": \"Des milliers"
                + " d'étudiants kényans ont manifesté mercredi contre le gouvernement à Thika.\"}");
        Path narrow = dir.resolve("narrow.duckdb");
        Path wide = dir.resolve("wide.duckdb");
        assertEquals(0, run("ingest", reports.toString(), "--db", narrow.toString(), "--no-progress",
                "--merge-days", "0", "--merge-km", "1"));
        assertEquals(0, run("ingest", reports.toString(), "--db", wide.toString(), "--no-progress",
                "--merge-days", "5", "--merge-km", "500"));
        String events = "SELECT event_id, cameo, num_mentions, num_sources, event_date, place_name FROM events"
                + " ORDER BY event_id";
        assertNotEquals(StoreContents.rows(wide, events), StoreContents.rows(narrow, events), "the thresholds matter");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, run("remerge", "--db", narrow.toString(), "--merge-days", "5", "--merge-km", "500"));
        } finally {
            System.setErr(stderr);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).matches("(?s)parley: \\d+ blocks merged again: \\d+ events"
                + " before, \\d+ after; \\d+ events rewritten\\s*"), err.toString(StandardCharsets.UTF_8));
        assertEquals(StoreContents.rows(wide, events), StoreContents.rows(narrow, events));
        assertEquals(1, run("remerge", "--db", dir.resolve("none.duckdb").toString()), "no store there");
        assertEquals(2, run("remerge", "--db", narrow.toString(), "--merge-days", "-1"));
    }

    @Test
    void optionsAreExplainedAndBadOnesRefused() {
        StringWriter w = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(w));
        assertEquals(0, cl.execute("ingest", "--help"));
        for (String opt : new String[] {"--db", "--lang", "--all-modes", "--untargeted", "--[no-]progress", "--petrarch",
                "--merge-days", "--merge-km", "--verbose", "INPUT"}) {
            assertTrue(w.toString().contains(opt), w.toString());
        }
        assertEquals(2, run("ingest", "--merge-days", "-1", "--db", dir.resolve("x.duckdb").toString(), "x"));
        assertEquals(2, run("ingest", "--lang", "de", "x"));
    }

    private static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    static Ingester.Summary ingest(Path db, Path input) throws SQLException {
        try (Database d = Database.open(db)) {
            return new Ingester(Engine::parley, new EventStore(d, MergeSettings.defaults()),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, false)
                    .run(List.of(input.toString()), new ArticleReader(null));
        }
    }
}
