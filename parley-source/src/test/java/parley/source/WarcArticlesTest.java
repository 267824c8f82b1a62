package parley.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files written with jwarc's writer in the test, read through ArticleReader. */
class WarcArticlesTest {
    @TempDir
    Path dir;
    private final List<String> notes = new ArrayList<>();

    static final Instant CAPTURED = Instant.parse("2025-03-15T12:00:00Z");

    private static String page(String title, String dateMeta, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + dateMeta
                + "</head><body><nav><a>Home</a></nav><article><h1>" + title + "</h1><p>" + body + "</p><p>The statement"
                + " was read out by a spokesman in front of the ministry, and no questions were taken.</p></article>"
                + "<div class=\"newsletter\">Sign up for our newsletter</div></body></html>";
    }

    private static void response(WarcWriter w, String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other").body(MediaType.parse(type), body)
                .build();
        w.write(new WarcResponse.Builder(url).date(CAPTURED).body(http).build());
    }

    /** A small crawl: two articles, a request, a 404, an image, a redirect. */
    private Path crawl(String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), compression)) {
            w.write(new WarcRequest.Builder("https://news.example/world/1").date(CAPTURED)
                    .body(new HttpRequest.Builder("GET", "/world/1").build()).build());
            response(w, "https://news.example/world/1", 200, "text/html; charset=utf-8", page("Minister resigns over budget row",
                    "", "The finance minister resigned on Friday after a dispute with the prime minister over next year's"
                            + " budget, the government said in a brief statement.").getBytes(StandardCharsets.UTF_8));
            response(w, "https://news.example/missing", 404, "text/html", "<html><body>Not found</body></html>"
                    .getBytes(StandardCharsets.UTF_8));
            response(w, "https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
            response(w, "https://news.example/old", 301, "text/html", new byte[0]);
            response(w, "https://news.example/world/2", 200, "text/html", page("Border talks postponed",
                    "<meta property=\"article:published_time\" content=\"2025-03-14T18:00:00Z\">",
                    "Talks on the disputed border, due to open on Monday, were postponed at the request of the"
                            + " neighbouring government, officials said.").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private List<InputItem> read(Path file) {
        List<InputItem> items = new ArrayList<>();
        new ArticleReader(null).withNotes(notes::add).read(List.of(file.toString()), items::add);
        return items;
    }

    @Test
    void htmlResponsesBecomeArticlesAndOtherRecordsAreCounted() throws IOException {
        for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            notes.clear();
            Path file = crawl(c == WarcCompression.NONE ? "crawl.warc" : "crawl.warc.gz", c);
            List<InputItem> items = read(file);
            assertEquals(2, items.size(), items.toString());
            assertNotNull(items.get(0).article(), items.get(0).problem());
            assertEquals("https://news.example/world/1", items.get(0).article().url());
            assertEquals("https://news.example/world/1", items.get(0).article().id());
            assertEquals("2025-03-15", items.get(0).article().published().toString(), "the WARC-Date when the page has none");
            assertEquals("2025-03-14", items.get(1).article().published().toString(), "the page's own date wins");
            assertEquals("Border talks postponed", items.get(1).article().title());
            assertTrue(items.get(0).name().startsWith(file + "@"), items.get(0).name());
            assertEquals(1, notes.size(), notes.toString());
            assertTrue(notes.get(0).contains("2 HTML pages read") && notes.get(0).contains("request=1")
                    && notes.get(0).contains("status 404=1") && notes.get(0).contains("image/png=1")
                    && notes.get(0).contains("status 301=1"), notes.get(0));
        }
    }

    @Test
    void aTruncatedGzipKeepsTheArticlesBeforeAndNamesFileAndOffset() throws IOException {
        Path whole = crawl("whole.warc.gz", WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));
        List<InputItem> items = read(cut);
        assertEquals(2, items.size(), items.toString());
        assertNotNull(items.get(0).article());
        InputItem problem = items.get(1);
        assertEquals("corrupt WARC", problem.reason(), problem.problem());
        assertTrue(problem.problem().contains(cut.toString()) && problem.problem().matches("(?s).*offset \\d+.*"),
                problem.problem());
    }

    @Test
    void aRecordCutShortIsNamedByItsOwnOffset() throws IOException {
        for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path whole = crawl(c == WarcCompression.NONE ? "offsets.warc" : "offsets.warc.gz", c);
            List<Long> starts = new ArrayList<>();
            try (org.netpreserve.jwarc.WarcReader r = new org.netpreserve.jwarc.WarcReader(whole)) {
                for (org.netpreserve.jwarc.WarcRecord rec : r) {
                    starts.add(r.position());
                }
            }
            long last = starts.get(starts.size() - 1);
            byte[] bytes = Files.readAllBytes(whole);
            // cut inside the last record (the second article), after the record before it was passed over unread
            Path cut = dir.resolve("cut-" + whole.getFileName());
            Files.write(cut, Arrays.copyOf(bytes, (int) (last + (bytes.length - last) / 2)));
            List<InputItem> items = read(cut);
            InputItem problem = items.get(items.size() - 1);
            assertEquals("corrupt WARC", problem.reason(), items.toString());
            assertEquals(cut + "@" + last, problem.name(), c + ": " + problem.problem());
            assertTrue(problem.problem().contains("offset " + last), problem.problem());
        }
    }

    @Test
    void aCorruptRecordEndsTheFileWithAClearMessage() throws IOException {
        Path whole = crawl("whole.warc", WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        // The record after the first response (the 404): its header is overwritten with junk.
        int second = text.indexOf("WARC/1.", text.indexOf("WARC-Type: response"));
        assertTrue(second > 0);
        byte[] broken = bytes.clone();
        byte[] junk = "GARBAGE!\r\nnot a header\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(junk, 0, broken, second, junk.length);
        Path file = dir.resolve("broken.warc");
        Files.write(file, broken);
        List<InputItem> items = read(file);
        assertNotNull(items.get(0).article(), items.toString());
        InputItem last = items.get(items.size() - 1);
        assertEquals("corrupt WARC", last.reason(), items.toString());
        assertTrue(last.problem().contains("offset " + second), last.problem());
    }

    @Test
    void aHugeRecordIsReadOnlyUpToTheCap() throws IOException {
        StringBuilder html = new StringBuilder(page("Harvest figures published", "", "The agriculture ministry published"
                + " the harvest figures on Tuesday, showing a fall in wheat output for a second year."));
        html.insert(html.indexOf("</body>"), "<!-- " + "x".repeat(12 * 1024 * 1024) + " -->");
        Path file = dir.resolve("huge.warc");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
            response(w, "https://news.example/huge", 200, "text/html", html.toString().getBytes(StandardCharsets.UTF_8));
            response(w, "https://news.example/after", 200, "text/html", page("After the huge one", "", "A short page"
                    + " archived after the huge record is still read, which shows the reader went past it.")
                    .getBytes(StandardCharsets.UTF_8));
        }
        List<InputItem> items = read(file);
        assertEquals(2, items.size(), items.toString());
        assertTrue(items.get(0).article().text().contains("harvest figures"), items.get(0).article().text());
        assertEquals("After the huge one", items.get(1).article().title());
        assertTrue(notes.stream().anyMatch(n -> n.contains("larger than 5 MB")), notes.toString());
    }
}
