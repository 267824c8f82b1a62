package parley.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** URLs as inputs, through ArticleReader, against a real local HTTP server. */
class WebInputTest {
    private LocalWeb web;
    private final List<String> notes = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        web = new LocalWeb();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private List<InputItem> read(boolean allowPrivate, String... urls) {
        PageFetcher.Settings s = PageFetcher.Settings.defaults().withAllowPrivate(allowPrivate)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        List<InputItem> items = new ArrayList<>();
        new ArticleReader(null, s).withNotes(notes::add).read(List.of(urls), items::add);
        return items;
    }

    static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"2025-06-01T10:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>"
                + "<p>" + body + "</p><p>Officials said further talks were planned for the coming weeks, and both"
                + " delegations promised to report to their parliaments.</p></article>"
                + "<footer>All rights reserved</footer></body></html>";
    }

    @Test
    void aPageUrlGivesItsArticle() throws Exception {
        web.page("/news/1", page("Talks resume in Geneva", "Negotiators from both countries met in Geneva on Monday"
                + " to resume talks on the disputed border, the first meeting in a year."));
        List<InputItem> items = read(true, web.url("/news/1"));
        assertEquals(1, items.size());
        InputItem item = items.get(0);
        assertNotNull(item.article(), item.problem());
        assertEquals("Talks resume in Geneva", item.article().title());
        assertEquals(web.url("/news/1"), item.article().url());
        assertEquals("2025-06-01", item.article().published().toString());
        assertTrue(item.article().text().startsWith("Negotiators from both countries"), item.article().text());
        assertTrue(item.article().text().contains("\n\nOfficials said"), item.article().text());
    }

    @Test
    void privateAddressesAreRefusedUnlessAllowed() {
        web.page("/news/1", page("Talks resume", "Negotiators met on Monday to resume talks on the disputed border."));
        InputItem item = read(false, web.url("/news/1")).get(0);
        assertEquals("private address", item.reason());
        assertTrue(item.problem().contains("--allow-private"), item.problem());
        assertEquals(0, web.requests.size());
    }

    @Test
    void redirectsAreFollowedUpToFiveAndLoopsAreReported() {
        web.page("/final", page("Flood warning lifted", "The flood warning for the river valley was lifted on Tuesday"
                + " after water levels fell overnight across the region."));
        web.redirect("/a", "/b");
        web.redirect("/b", web.url("/c"));
        web.redirect("/c", "/final");
        InputItem ok = read(true, web.url("/a")).get(0);
        assertNotNull(ok.article(), ok.problem());
        assertEquals(web.url("/final"), ok.article().url());

        web.redirect("/loop1", "/loop2");
        web.redirect("/loop2", "/loop1");
        InputItem loop = read(true, web.url("/loop1")).get(0);
        assertEquals("redirect loop", loop.reason(), loop.problem());
        assertEquals(6, web.count("/loop1") + web.count("/loop2"));
    }

    @Test
    void slowServersNotFoundAndNonHtmlAreClearProblems() {
        web.put("/slow", new LocalWeb.Resource(200, "text/html", "<html><body><p>late</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), null, null, 5000));
        web.put("/image.png", new LocalWeb.Resource(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13},
                null, null, 0));
        web.page("/empty", "<html><body><nav><a href=\"/\">Home</a></nav><p>Short.</p></body></html>");
        List<InputItem> items = read(true, web.url("/slow"), web.url("/missing"), web.url("/image.png"), web.url("/empty"),
                "ftp://127.0.0.1/file");
        assertEquals(List.of("timeout", "http 404", "not html", "no article text", "bad url"),
                items.stream().map(InputItem::reason).toList(), items.toString());
        for (InputItem i : items) {
            assertTrue(i.problem().startsWith(i.name() + ": "), i.problem());
        }
    }

    @Test
    void theCharsetOfTheHttpHeaderIsUsed() {
        String html = page("Élection à Montréal", "Les électeurs de Montréal ont élu dimanche une nouvelle mairesse,"
                + " à l'issue d'une campagne très serrée marquée par la question du logement.").replace("lang=\"en\"", "lang=\"fr\"");
        web.put("/fr", new LocalWeb.Resource(200, "text/html; charset=windows-1252", html.getBytes(Charset.forName("windows-1252")),
                null, null, 0));
        InputItem item = read(true, web.url("/fr")).get(0);
        assertNotNull(item.article(), item.problem());
        assertEquals("Élection à Montréal", item.article().title());
        assertTrue(item.article().text().contains("électeurs de Montréal ont élu"), item.article().text());
        assertEquals("fr", item.article().lang());
    }

    @Test
    void aFeedUrlGivesTheArticleOfEachItem() throws Exception {
        web.page("/p1", page("Ceasefire agreed", "The two sides agreed a ceasefire on Wednesday after a week of clashes"
                + " along the northern frontier, mediators said."));
        web.page("/p2", page("Ports reopen", "Ports along the coast reopened on Thursday after the storm passed, and"
                + " ferries resumed their normal timetables."));
        web.feed("/feed.xml", FeedPollerTest.rss(List.of("/p1", "/p2")), "\"v1\"");
        List<InputItem> items = read(true, web.url("/feed.xml"));
        assertEquals(2, items.size(), items.toString());
        assertEquals("Ceasefire agreed", items.get(0).article().title());
        assertEquals(web.url("/p2"), items.get(1).article().url());
    }

    @Test
    void aFeedFileGivesTheItemsAndTheirProblems() throws Exception {
        web.page("/p1", page("Ceasefire agreed", "The two sides agreed a ceasefire on Wednesday after a week of clashes"
                + " along the northern frontier, mediators said."));
        java.nio.file.Path feed = Files.createTempFile("parley-feed", ".rss");
        try {
            Files.writeString(feed, FeedPollerTest.rss(List.of(web.url("/p1"), web.url("/gone"))));
            List<InputItem> items = read(true, feed.toString());
            assertEquals(2, items.size(), items.toString());
            assertNotNull(items.get(0).article());
            assertEquals("http 404", items.get(1).reason());
            assertTrue(items.get(1).name().endsWith("/gone"), items.get(1).name());
        } finally {
            Files.delete(feed);
        }
    }
}
