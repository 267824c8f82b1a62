package parley.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parley.model.Article;

/**
 * The polling logic of {@code parley watch}: polls each feed when it is due, with conditional requests
 * (If-None-Match from the last ETag, If-Modified-Since from the last Last-Modified), reads the page of each
 * item not seen before and hands its article on. A feed that fails is retried later with exponential
 * backoff (the interval doubled per consecutive failure, at most {@link #MAX_BACKOFF_FACTOR} times the
 * interval); one bad feed or page never stops the others. Not thread-safe: one poller per watch loop.
 */
public final class FeedPoller {
    /** Backoff stops growing here: a broken feed is still tried a few times a day. */
    public static final int MAX_BACKOFF_FACTOR = 32;

    /** What the poller tells its user; only {@link #article} must be implemented. */
    @FunctionalInterface
    public interface Listener {
        /** A listener that hands each new article to a consumer (the store, a queue) and ignores the rest. */
        static Listener of(java.util.function.Consumer<Article> articles) {
            return (feed, item, article) -> articles.accept(article);
        }

        /** A new article, read from an item's page (or the feed's own text for the item). */
        void article(String feed, FeedItem item, Article article);

        /** An item or a feed gave no article. */
        default void problem(String feed, String where, String reason, String message) {
        }

        /** A poll finished (or failed); for logs. */
        default void polled(PollReport report) {
        }
    }

    /**
     * One poll of one feed.
     *
     * @param outcome "ok", "not modified" or "failed"
     * @param items items in the feed (0 when not modified or failed)
     * @param newArticles articles handed on
     * @param problems items that gave no article
     * @param nextPoll when the feed is due again
     */
    public record PollReport(String feed, String outcome, int items, int newArticles, int problems, String message,
                             Instant nextPoll) {
    }

    /** What the poller remembers of a feed between polls. */
    private static final class FeedState {
        String etag;
        String lastModified;
        int failures;
        Instant due = Instant.MIN;
    }

    /**
     * Item problems worth trying again at the next poll; other problems (no article text, a 404) are final
     * and the item is marked seen.
     */
    private static final List<String> TRANSIENT = List.of("timeout", "fetch failed", "http 5", "http 429");

    private final WebArticles web;
    private final FeedReader reader = new FeedReader();
    private final SeenItems seen;
    private final Listener listener;
    private final Duration every;
    private final Clock clock;
    private final Map<String, FeedState> states = new LinkedHashMap<>();

    public FeedPoller(List<String> feeds, Duration every, WebArticles web, SeenItems seen, Listener listener,
                      Clock clock) {
        this.web = web;
        this.seen = seen;
        this.listener = listener;
        this.every = every;
        this.clock = clock;
        feeds.forEach(f -> states.put(f, new FeedState()));
    }

    /** Polls every feed that is due now; returns their reports. */
    public List<PollReport> pollDue() {
        List<PollReport> reports = new ArrayList<>();
        Instant now = clock.instant();
        for (Map.Entry<String, FeedState> e : states.entrySet()) {
            if (!e.getValue().due.isAfter(now)) {
                reports.add(poll(e.getKey()));
            }
        }
        return reports;
    }

    /** When the next feed is due. */
    public Instant nextDue() {
        return states.values().stream().map(s -> s.due).min(Instant::compareTo).orElse(clock.instant().plus(every));
    }

    /** Polls one feed now, whatever its schedule. */
    public PollReport poll(String feed) {
        FeedState state = states.computeIfAbsent(feed, f -> new FeedState());
        PollReport report;
        try {
            report = fetchAndRead(feed, state);
            state.failures = 0;
            state.due = clock.instant().plus(every);
            report = new PollReport(report.feed(), report.outcome(), report.items(), report.newArticles(),
                    report.problems(), report.message(), state.due);
        } catch (SourceProblem p) {
            state.failures++;
            long factor = Math.min(MAX_BACKOFF_FACTOR, 1L << Math.min(state.failures, 30));
            state.due = clock.instant().plus(every.multipliedBy(factor));
            listener.problem(feed, feed, p.reason(), p.getMessage());
            report = new PollReport(feed, "failed", 0, 0, 1, p.getMessage(), state.due);
        } catch (RuntimeException e) {
            // A bug or a library failure on one feed must not stop the others.
            state.failures++;
            state.due = clock.instant().plus(every.multipliedBy(Math.min(MAX_BACKOFF_FACTOR, 1L << Math.min(state.failures, 30))));
            listener.problem(feed, feed, "failed", "polling failed: " + e);
            report = new PollReport(feed, "failed", 0, 0, 1, e.toString(), state.due);
        }
        listener.polled(report);
        return report;
    }

    /** Consecutive failures of a feed (0 after a good poll). */
    public int failures(String feed) {
        FeedState s = states.get(feed);
        return s == null ? 0 : s.failures;
    }

    private PollReport fetchAndRead(String feed, FeedState state) throws SourceProblem {
        Map<String, String> conditional = new HashMap<>();
        if (state.etag != null) {
            conditional.put("If-None-Match", state.etag);
        }
        if (state.lastModified != null) {
            conditional.put("If-Modified-Since", state.lastModified);
        }
        PageFetcher.Response r = web.fetcher().get(feed, conditional);
        if (r.notModified()) {
            return new PollReport(feed, "not modified", 0, 0, 0, null, null);
        }
        List<FeedItem> items = reader.parse(r.body(), r.url());
        // Validators are kept only once the feed was read, so a broken body is fetched again next time.
        state.etag = r.etag();
        state.lastModified = r.lastModified();
        int fresh = 0;
        int problems = 0;
        for (FeedItem item : items) {
            if (seen.seen(feed, item.guid())) {
                continue;
            }
            String where = item.link() != null ? item.link() : feed + "#" + item.guid();
            try {
                Article a = web.item(item);
                listener.article(feed, item, a);
                seen.markSeen(feed, item.guid());
                fresh++;
            } catch (SourceProblem p) {
                problems++;
                listener.problem(feed, where, p.reason(), p.getMessage());
                if (TRANSIENT.stream().noneMatch(t -> p.reason().startsWith(t))) {
                    seen.markSeen(feed, item.guid());
                }
            } catch (RuntimeException e) {
                problems++;
                listener.problem(feed, where, "failed", "reading the item failed: " + e);
                seen.markSeen(feed, item.guid());
            }
        }
        return new PollReport(feed, "ok", items.size(), fresh, problems, null, null);
    }
}
