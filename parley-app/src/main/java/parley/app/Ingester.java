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
     * batch; wire copies of an article already stored join its story (articles.story_id).
     */
    public Summary run(List<String> inputs, ArticleReader reader) {
        int[] counts = new int[6]; // read, stored, already stored, skipped, new events, merged
        try {
            store.forEachStoredArticle(stories::remember);
        } catch (SQLException e) {
            err.println("parley: cannot read the stored articles for wire-copy grouping: " + e.getMessage());
        }
        try (ProgressBar bar = progress ? bar() : null) {
            reader.read(inputs, item -> {
                counts[0]++;
                ingestCounted(item, counts);
                if (bar != null) {
                    bar.step();
                }
            });
        }
        return new Summary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    private void ingestCounted(InputItem item, int[] counts) {
        try {
            StoreOutcome out = ingest(item, counts[1] + 1);
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
        return ingest(InputItem.ok(name, article), 1);
    }

    /** The outcome, or null when the item was skipped (the problem is reported). */
    private StoreOutcome ingest(InputItem item, int ordinal) throws SQLException {
        if (item.article() == null) {
            err.println("parley: skipped " + item.problem());
            return null;
        }
        Article article = item.article();
        if (store.contains(article)) {
            if (store.idTakenByOtherText(article)) {
                err.println("parley: " + item.name() + ": id " + article.id()
                        + " is already stored with another text; this text is not stored");
            }
            return StoreOutcome.alreadyStored();
        }
        if (parley == null) {
            parley = pipeline.get();
        }
        CodingResult r = BatchCoder.codeSafely(parley, item.name(), article);
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
