package parley.app;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import parley.model.Article;
import parley.pipeline.CodingResult;
import parley.pipeline.InputOrder;
import parley.pipeline.Parley;
import parley.source.ArticleReader;
import parley.source.InputItem;
import parley.source.NearDuplicates;
import parley.store.EventStore;
import parley.store.StoreOutcome;

/**
 * Codes a batch into the store. Articles already stored (same id or same text) are passed over before coding,
 * so rerunning an interrupted batch only codes what is missing. Each article is stored in its own transaction;
 * a bad item is reported on the error stream naming it, and the batch goes on.
 */
public final class Ingester {

    /** Counts for the summary line. */
    public record Summary(int read, int stored, int alreadyStored, int skipped, int newEvents, int merged) {
        @Override
        public String toString() {
            return "parley: " + read + " items read, " + stored + " articles stored, " + alreadyStored
                    + " already stored, " + skipped + " skipped; " + newEvents + " new events, " + merged
                    + " mentions merged into existing events";
        }
    }

    private final Supplier<Parley> pipeline;
    private Parley parley;
    private final EventStore store;
    private final PrintStream err;
    private final boolean progress;
    private final boolean verbose;
    private int threads = 1;
    private InputOrder<Job, CodingResult> arrivals;
    private IntFunction<Runnable> beforeCommit = n -> () -> { };
    private final NearDuplicates stories = new NearDuplicates();

    /**
     * @param pipeline called once, when the first article needs coding: a batch that is already stored does not
     *                 even load CoreNLP
     */
    public Ingester(Supplier<Parley> pipeline, EventStore store, PrintStream err, boolean progress, boolean verbose) {
        this.pipeline = pipeline;
        this.store = store;
        this.err = err;
        this.progress = progress;
        this.verbose = verbose;
    }

    /** Articles coded at once (default 1); they are stored one by one all the same, in input order. */
    public Ingester withThreads(int threads) {
        this.threads = threads;
        return this;
    }

    /**
     * What to run when the n-th article of this run (from 1) is written but not yet committed. Only the
     * crash-resume test uses it, to stop the process at a known point.
     */
    Ingester beforeCommit(IntFunction<Runnable> hook) {
        this.beforeCommit = hook;
        return this;
    }

    /**
     * Reads, codes and stores the inputs one article at a time, so memory stays flat however long the
     * batch; wire copies of an article already stored join its story (articles.story_id). With several
     * threads, articles are coded at once but stored one by one, in input order, by this thread.
     */
    public Summary run(List<String> inputs, ArticleReader reader) {
        int[] counts = new int[6]; // read, stored, already stored, skipped, new events, merged
        try {
            store.forEachStoredArticle(stories::remember);
        } catch (SQLException e) {
            err.println("parley: cannot read the stored articles for wire-copy grouping: " + e.getMessage());
        }
        try (ProgressBar bar = progress ? bar() : null;
             InputOrder<Job, CodingResult> order = new InputOrder<>(threads, this::code, (job, coded) -> {
                 storeCounted(job.item(), coded, counts);
                 if (bar != null) {
                     bar.step();
                 }
             })) {
            reader.read(inputs, item -> {
                counts[0]++;
                order.submit(job(item));
            });
        }
        return new Summary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    private void storeCounted(InputItem item, CodingResult coded, int[] counts) {
        try {
            StoreOutcome out = store(item, coded, counts[1] + 1);
            if (out == null) {
                counts[3]++;
            } else if (!out.stored()) {
                counts[2]++;
            } else {
                counts[1]++;
                counts[4] += out.newEvents();
                counts[5] += out.merged();
                if (verbose) {
                    err.println("parley: stored " + item.article().id() + " (" + out.mentions() + " mentions)");
                    for (StoreOutcome.Placement p : out.placements()) {
                        err.println("  " + p.mentionId() + " -> event " + p.eventId() + ": " + p.reason());
                    }
                    err.flush();
                }
            }
        } catch (SQLException e) {
            counts[3]++;
            err.println("parley: skipped " + item.name() + ": cannot store: " + e.getMessage());
        }
    }

    /**
     * Codes and stores one article that arrived on its own (a feed item); problems are reported on the
     * error stream. The outcome, or null when it was skipped.
     */
    public StoreOutcome ingestOne(String name, Article article) throws SQLException {
        Job job = job(InputItem.ok(name, article));
        return store(job.item(), code(job), 1);
    }

    /**
     * Codes and stores articles that arrive one by one (feed items), {@code threads} at a time: each is stored,
     * in the order given, by the time {@link #flush()} returns or earlier. Problems are reported on the error
     * stream.
     */
    public void ingestLater(String name, Article article) {
        if (arrivals == null) {
            arrivals = new InputOrder<>(threads, this::code, (job, coded) -> {
                try {
                    store(job.item(), coded, 1);
                } catch (SQLException e) {
                    err.println("parley: skipped " + job.item().article().id() + ": cannot store: " + e.getMessage());
                }
            });
        }
        arrivals.submit(job(InputItem.ok(name, article)));
    }

    /** Stores every article given to {@link #ingestLater} so far. */
    public void flush() {
        if (arrivals != null) {
            arrivals.finish();
        }
    }

    /** An item to store, and whether it needs coding: read and not stored yet (asked here, on the store's thread). */
    private record Job(InputItem item, boolean toCode) {
    }

    private Job job(InputItem item) {
        boolean toCode;
        try {
            toCode = item.article() != null && !store.contains(item.article());
        } catch (SQLException e) {
            toCode = true; // storing it will say what is wrong with the store
        }
        if (toCode && parley == null) {
            parley = pipeline.get(); // loaded here, once, and shared by the coding threads
        }
        return new Job(item, toCode);
    }

    /** The article coded, or null when there is nothing to code. Runs on a coding thread; never reads the store. */
    private CodingResult code(Job job) {
        return job.toCode() ? BatchCoder.codeSafely(parley, job.item().name(), job.item().article()) : null;
    }

    /** The outcome, or null when the item was skipped (the problem is reported). */
    private StoreOutcome store(InputItem item, CodingResult r, int ordinal) throws SQLException {
        if (item.article() == null) {
            err.println("parley: skipped " + item.problem());
            return null;
        }
        Article article = item.article();
        if (store.contains(article)) { // stored before this run, or earlier in it (a copy coded at the same time)
            if (store.idTakenByOtherText(article)) {
                err.println("parley: " + item.name() + ": id " + article.id()
                        + " is already stored with another text; this text is not stored");
            }
            return StoreOutcome.alreadyStored();
        }
        if (r == null) { // stored when it was read, gone since
            r = BatchCoder.codeSafely(parley == null ? parley = pipeline.get() : parley, item.name(), article);
        }
        if (!r.coded()) {
            err.println("parley: skipped " + r.problem());
            return null;
        }
        return store.store(article.withLang(r.lang()), stories.storyIdOf(article), r.events(),
                beforeCommit.apply(ordinal));
    }

    private ProgressBar bar() {
        return new ProgressBarBuilder().setTaskName("ingesting").setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err))
                .setUnit(" articles", 1).build();
    }
}
