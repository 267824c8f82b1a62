package parley.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.Article;

/** The watch loop's logic against feeds and pages on a real local HTTP server. */
class FeedPollerTest {
    private LocalWeb web;
    private final List<String> articles = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        web = new LocalWeb();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    /** An RSS 2.0 feed whose items link to the given paths (relative to the feed) or URLs. */
    static String rss(List<String> links) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Test news</title><link>http://example.org/</link><description>Invented news</description>");
        int n = 0;
        for (String link : links) {
            n++;
            sb.append("<item><title>Item ").append(n).append("</title><link>").append(link).append("</link>")
                    .append("<guid isPermaLink=\"false\">item-").append(link).append("</guid>")
                    .append("<pubDate>Mon, 0").append(n).append(" Jun 2025 08:00:00 GMT</pubDate></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    private FeedPoller poller(List<String> feeds, SeenItems seen) {
        PageFetcher fetcher = new PageFetcher(PageFetcher.Settings.defaults().withAllowPrivate(true));
        FeedPoller.Listener listener = new FeedPoller.Listener() {
            @Override
            public void article(String feed, FeedItem item, Article article) {
                articles.add(article.title());
            }

            @Override
            public void problem(String feed, String where, String reason, String message) {
                problems.add(reason + " " + where);
            }
        };
        return new FeedPoller(feeds, Duration.ofMinutes(10), new WebArticles(fetcher, null), seen, listener,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private void pages(String... names) {
        for (String n : names) {
            web.page("/" + n, WebInputTest.page("Story " + n, "Story " + n + " begins here: the regional council met on"
                    + " Monday and voted on the new budget after a long debate."));
        }
    }

    @Test
    void theSecondPollGetsNotModifiedAndFetchesNothing() {
        pages("p1", "p2");
        web.feed("/feed", rss(List.of("/p1", "/p2")), "\"v1\"");
        FeedPoller poller = poller(List.of(web.url("/feed")), new MemorySeenItems());

        FeedPoller.PollReport first = poller.poll(web.url("/feed"));
        assertEquals("ok", first.outcome());
        assertEquals(2, first.newArticles());
        assertEquals(List.of("Story p1", "Story p2"), articles);

        FeedPoller.PollReport second = poller.poll(web.url("/feed"));
        assertEquals("not modified", second.outcome());
        assertEquals(0, second.newArticles());
        assertEquals(2, articles.size());
        assertEquals(1, web.count("/p1"));
        assertTrue(web.requests.contains("GET /feed \"v1\""), web.requests.toString());

        // The feed changes: only the new item is read.
        pages("p3");
        web.feed("/feed", rss(List.of("/p1", "/p2", "/p3")), "\"v2\"");
        FeedPoller.PollReport third = poller.poll(web.url("/feed"));
        assertEquals(1, third.newArticles());
        assertEquals("Story p3", articles.get(2));
        assertEquals(1, web.count("/p1"));
    }

    @Test
    void oneBadFeedOrPageNeverStopsTheOthersAndFailingFeedsBackOff() {
        pages("p1");
        web.feed("/good", rss(List.of("/p1", "/missing")), null);
        web.put("/broken", new LocalWeb.Resource(500, "text/plain", "oops".getBytes(), null, null, 0));
        web.put("/notxml", new LocalWeb.Resource(200, "application/rss+xml", "<rss><channel><item>".getBytes(), null, null, 0));
        FeedPoller poller = poller(List.of(web.url("/broken"), web.url("/notxml"), web.url("/good")), new MemorySeenItems());

        List<FeedPoller.PollReport> reports = poller.pollDue();
        assertEquals(List.of("failed", "failed", "ok"), reports.stream().map(FeedPoller.PollReport::outcome).toList());
        assertEquals(List.of("Story p1"), articles);
        assertTrue(problems.contains("http 500 " + web.url("/broken")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("invalid feed")), problems.toString());
        assertTrue(problems.contains("http 404 " + web.url("/missing")), problems.toString());

        // Backoff: the failed feed waits twice the interval, then four times; the good one the interval.
        assertEquals(now.plus(Duration.ofMinutes(20)), reports.get(0).nextPoll());
        assertEquals(now.plus(Duration.ofMinutes(10)), reports.get(2).nextPoll());
        assertEquals(now.plus(Duration.ofMinutes(40)), poller.poll(web.url("/broken")).nextPoll());
        assertEquals(2, poller.failures(web.url("/broken")));
        // Nothing is due at the fixed clock's instant any more.
        assertEquals(List.of(), poller.pollDue());
    }

    @Test
    void seenItemsInAFileSurviveARestart() throws Exception {
        pages("p1", "p2");
        web.feed("/feed", rss(List.of("/p1", "/p2")), null);
        Path seenFile = dir.resolve("seen.tsv");
        poller(List.of(web.url("/feed")), new FileSeenItems(seenFile)).pollDue();
        assertEquals(2, articles.size());

        FeedPoller.PollReport again = poller(List.of(web.url("/feed")), new FileSeenItems(seenFile)).poll(web.url("/feed"));
        assertEquals("ok", again.outcome());
        assertEquals(0, again.newArticles());
        assertEquals(2, articles.size());
    }

    @Test
    void atomFeedsAreReadToo() throws Exception {
        pages("a1");
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Atom news</title><id>urn:test:feed</id><updated>2025-06-02T10:00:00Z</updated>"
                + "<entry><title>First</title><id>urn:test:1</id><link href=\"" + web.url("/a1") + "\"/>"
                + "<published>2025-06-02T09:00:00Z</published><updated>2025-06-02T10:00:00Z</updated></entry></feed>";
        List<FeedItem> items = new FeedReader().parse(atom.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertEquals(1, items.size());
        assertEquals("urn:test:1", items.get(0).guid());
        assertEquals(web.url("/a1"), items.get(0).link());
        assertEquals("2025-06-02", items.get(0).published().toString());

        // Polled with a plain Consumer<Article>, as the store will be.
        web.put("/atom", new LocalWeb.Resource(200, "application/atom+xml", atom.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                null, null, 0));
        List<Article> received = new ArrayList<>();
        PageFetcher fetcher = new PageFetcher(PageFetcher.Settings.defaults().withAllowPrivate(true));
        new FeedPoller(List.of(web.url("/atom")), Duration.ofMinutes(5), new WebArticles(fetcher, null), new MemorySeenItems(),
                FeedPoller.Listener.of(received::add), Clock.systemUTC()).pollDue();
        assertEquals(1, received.size());
        assertEquals("Story a1", received.get(0).title());
        assertEquals(web.url("/a1"), received.get(0).id());
    }
}
