package parley.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.model.Article;
import parley.model.Event;
import parley.pipeline.CodingResult;
import parley.pipeline.InputOrder;
import parley.pipeline.Parley;
import parley.source.FeedItem;
import parley.source.FeedPoller;
import parley.source.FileSeenItems;
import parley.source.SeenItems;
import parley.source.StoreSeenItems;
import parley.store.Database;
import parley.store.EventStore;
import parley.store.FeedItemLog;
import parley.store.MergeSettings;
import parley.store.StoreInUse;
import parley.source.PageFetcher;
import parley.source.WebArticles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Polls RSS/Atom feeds and codes each new article as it appears: events as JSON lines on stdout"
                + " (as the code command writes them), one line per poll on stderr.",
                "Conditional requests (ETag, Last-Modified); a failing feed is retried with exponential backoff;"
                        + " one bad feed or page never stops the others. Items already handled are remembered in --seen."})
final class WatchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FEED_URL", description = "RSS or Atom feeds (http or https).")
    List<String> feeds;

    @Option(names = "--every", defaultValue = "10m", paramLabel = "DURATION",
            description = "Interval between polls of a feed: 90s, 10m, 2h (default: ${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--once", description = "Poll every feed once, then exit.")
    boolean once;

    @Option(names = "--articles",
            description = "Write each new article as a JSON line (id, title, text, published, url, lang, outlet, feed:"
                    + " the input format of the code command) instead of coding it.")
    boolean articlesOnly;

    @Option(names = "--seen", paramLabel = "FILE", defaultValue = "parley-data/watch-seen.tsv",
            description = "File remembering the items already handled, without --db (default: ${DEFAULT-VALUE}).")
    Path seen;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Ingest new articles into this store (as the ingest command does) instead of printing their"
                    + " events; the handled items are then remembered in the store.")
    Path db;

    @Option(names = "--allow-private",
            description = "Allow feeds and pages on loopback, private and link-local addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Language of every article, overriding detection.")
    String lang;

    @Option(names = "--all-modes", description = "As for code: also negated, hypothetical... events.")
    boolean allModes;

    @Option(names = "--untargeted", description = "As for code: also events without a target.")
    boolean untargeted;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Spec
    CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Duration interval;
        try {
            interval = parseDuration(every);
        } catch (IllegalArgumentException e) {
            System.err.println("parley: " + e.getMessage());
            return 2;
        }
        if (db != null) {
            try (Database store = Database.open(db)) {
                Ingester ingester = new Ingester(() -> Engine.parley(allModes, untargeted),
                        new EventStore(store, MergeSettings.defaults()), System.err, false, true);
                ingester.withThreads(threads.checked());
                return watch(interval, new StoreSeenItems(new FeedItemLog(store)), new ArticleSink() {
                    @Override
                    public void accept(String feed, Article article) {
                        ingester.ingestLater(feed, article);
                    }

                    @Override
                    public void flush() {
                        ingester.flush();
                    }
                });
            } catch (SQLException e) {
                System.err.println("parley: " + StoreInUse.message("watch", db, e));
                return 1;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (articlesOnly) {
            return watch(interval, new FileSeenItems(seen), (feed, article) -> {
                out.println(articleLine(feed, article));
                out.flush();
            });
        }
        Parley parley = Engine.parley(allModes, untargeted);
        EventJson eventJson = new EventJson();
        try (InputOrder<Article, CodingResult> order = new InputOrder<>(threads.checked(), parley::codeSafely,
                (article, r) -> {
                    if (!r.coded()) {
                        System.err.println("parley: skipped " + r.problem());
                    }
                    for (Event e : r.events()) {
                        out.println(eventJson.line(e));
                    }
                    out.flush();
                })) {
            return watch(interval, new FileSeenItems(seen), new ArticleSink() {
                @Override
                public void accept(String feed, Article article) {
                    order.submit(article);
                }

                @Override
                public void flush() {
                    order.finish();
                }
            });
        }
    }

    /**
     * What becomes of each new article: printed, coded or stored. With several threads an article may be
     * coded after its feed item is marked seen, until {@link #flush()} at the end of the poll.
     */
    private interface ArticleSink {
        void accept(String feed, Article article);

        /** Everything accepted so far is written or stored. */
        default void flush() {
        }
    }

    private int watch(Duration interval, SeenItems seenItems, ArticleSink sink) throws InterruptedException {
        int[] counts = new int[2];
        FeedPoller.Listener listener = new FeedPoller.Listener() {
            @Override
            public void article(String feed, FeedItem item, Article article) {
                counts[0]++;
                sink.accept(feed, article);
            }

            @Override
            public void problem(String feed, String where, String reason, String message) {
                counts[1]++;
                System.err.println("parley: skipped " + where + ": " + message);
            }

            @Override
            public void polled(FeedPoller.PollReport r) {
                System.err.println("parley: watch " + r.feed() + ": " + r.outcome() + (r.outcome().equals("ok")
                        ? ", " + r.items() + " items, " + r.newArticles() + " new articles" : "")
                        + (once ? "" : ", next poll " + r.nextPoll()));
            }
        };
        PageFetcher fetcher = new PageFetcher(PageFetcher.Settings.defaults().withAllowPrivate(allowPrivate));
        FeedPoller poller = new FeedPoller(feeds, interval, new WebArticles(fetcher, lang), seenItems,
                listener, Clock.systemUTC());
        while (true) {
            poller.pollDue();
            sink.flush();
            if (once) {
                break;
            }
            long wait = Duration.between(Instant.now(), poller.nextDue()).toMillis();
            Thread.sleep(Math.max(1000, wait));
        }
        System.err.println("parley: watch: " + counts[0] + " new articles, " + counts[1] + " skipped");
        return 0;
    }

    private String articleLine(String feed, Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("text", a.text());
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("url", a.url());
        m.put("lang", a.lang());
        m.put("outlet", a.outletOrHost());
        m.put("feed", feed);
        try {
            return json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "90s", "10m", "2h", "1d", or ISO-8601 ("PT10M"); at least one second. */
    static Duration parseDuration(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        Duration d;
        try {
            if (v.startsWith("pt") || v.startsWith("p")) {
                d = Duration.parse(v.toUpperCase(Locale.ROOT));
            } else {
                long n = Long.parseLong(v.substring(0, v.length() - 1));
                d = switch (v.charAt(v.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'd' -> Duration.ofDays(n);
                    default -> throw new IllegalArgumentException();
                };
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--every must be like 90s, 10m, 2h or 1d, not " + s);
        }
        if (d.toSeconds() < 1) {
            throw new IllegalArgumentException("--every must be at least one second, not " + s);
        }
        return d;
    }
}
