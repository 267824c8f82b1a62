package parley.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch command over a real local feed: new articles handed on as JSON lines, or ingested, once. */
class WatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void theWatchCommandWritesNewArticlesAsJsonLinesOnce() throws Exception {
        try (LocalWeb web = new LocalWeb()) {
            web.page("/p1", WebInputTest.page("Strike ends", "Rail workers ended their strike on Friday after the company"
                    + " agreed to raise wages by four percent over two years."));
            web.feed("/feed", FeedPollerTest.rss(List.of("/p1")), "\"e1\"");
            StringWriter out = new StringWriter();
            picocli.CommandLine cl = new picocli.CommandLine(new parley.app.Main());
            cl.setOut(new java.io.PrintWriter(out, true));
            Path seen = dir.resolve("seen.tsv");
            int code = cl.execute("watch", web.url("/feed"), "--once", "--articles", "--allow-private", "--seen",
                    seen.toString());
            assertEquals(0, code);
            String[] lines = out.toString().strip().split("\n");
            assertEquals(1, lines.length, out.toString());
            com.fasterxml.jackson.databind.JsonNode a = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines[0]);
            assertEquals("Strike ends", a.get("title").asText());
            assertEquals(web.url("/p1"), a.get("url").asText());
            assertEquals(web.url("/feed"), a.get("feed").asText());
            assertTrue(a.get("text").asText().startsWith("Rail workers ended their strike"));
            assertNotNull(Files.readString(seen));

            StringWriter again = new StringWriter();
            cl.setOut(new java.io.PrintWriter(again, true));
            assertEquals(0, cl.execute("watch", web.url("/feed"), "--once", "--articles", "--allow-private", "--seen",
                    seen.toString()));
            assertEquals("", again.toString().strip(), "a second run hands on nothing already seen");
        }
    }

    @Test
    void theWatchCommandIngestsNewArticlesIntoTheStoreOnce() throws Exception {
        try (LocalWeb web = new LocalWeb()) {
            web.page("/p2", WebInputTest.page("Talks in Ankara", "Turkish Foreign Minister Mevlut Cavusoglu met his"
                    + " Greek counterpart Nikos Dendias in Ankara on Monday to discuss maritime disputes."));
            web.feed("/feed2", FeedPollerTest.rss(List.of("/p2")), "\"e2\"");
            Path db = dir.resolve("watch.duckdb");
            picocli.CommandLine cl = new picocli.CommandLine(new parley.app.Main());
            assertEquals(0, cl.execute("watch", web.url("/feed2"), "--once", "--allow-private", "--db", db.toString()));
            assertEquals(0, cl.execute("watch", web.url("/feed2"), "--once", "--allow-private", "--db", db.toString()));
            try (parley.store.Database d = parley.store.Database.open(db);
                 java.sql.ResultSet rs = d.connection().createStatement().executeQuery(
                         "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM feed_items),"
                                 + " (SELECT count(*) FROM events WHERE root = '04'), (SELECT min(url) FROM articles)")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the article is stored once over two polls");
                assertEquals(1, rs.getInt(2), "the item is remembered in the store");
                assertEquals(1, rs.getInt(3), "its meeting is coded and stored");
                assertEquals(web.url("/p2"), rs.getString(4));
            }
        }
    }
}
