package parley.app;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
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

    public Summary run(List<String> inputs, ArticleReader reader) {
        List<InputItem> items = new ArrayList<>();
        reader.read(inputs, items::add);
        int stored = 0;
        int already = 0;
        int skipped = 0;
        int newEvents = 0;
        int merged = 0;
        try (ProgressBar bar = progress ? bar(items.size()) : null) {
            for (InputItem item : items) {
                try {
                    StoreOutcome out = ingest(item, stored + 1);
                    if (out == null) {
                        skipped++;
                    } else if (!out.stored()) {
                        already++;
                    } else {
                        stored++;
                        newEvents += out.newEvents();
                        merged += out.merged();
                        if (verbose) {
                            err.println("parley: stored " + item.article().id() + " (" + out.mentions() + " mentions)");
                            err.flush();
                        }
                    }
                } catch (SQLException e) {
                    skipped++;
                    err.println("parley: skipped " + item.name() + ": cannot store: " + e.getMessage());
                }
                if (bar != null) {
                    bar.step();
                }
            }
        }
        return new Summary(items.size(), stored, already, skipped, newEvents, merged);
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
        CodingResult r;
        try {
            r = parley.code(article);
        } catch (RuntimeException e) {
            r = CodingResult.skipped(article.id(), item.name() + ": coding failed: " + e);
        }
        if (!r.coded()) {
            err.println("parley: skipped " + r.problem());
            return null;
        }
        return store.store(article.withLang(r.lang()), r.events(), beforeCommit.apply(ordinal));
    }

    private ProgressBar bar(int total) {
        return new ProgressBarBuilder().setTaskName("ingesting").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err))
                .setUnit(" articles", 1).build();
    }
}
