package parley.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import parley.model.Event;
import parley.pipeline.CodingResult;
import parley.pipeline.Parley;

/**
 * Codes a batch: every readable article is coded and its events written as JSON lines; every problem
 * is reported on the error stream naming the item; one bad article never stops the others.
 */
public final class BatchCoder {

    /** Counts for the summary line. */
    public record Summary(int read, int coded, int skipped, int events) {
        @Override
        public String toString() {
            return "parley: " + read + " items read, " + coded + " articles coded, " + skipped + " skipped, "
                    + events + " events";
        }
    }

    private final Parley parley;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean progress;
    private final EventJson json = new EventJson();

    public BatchCoder(Parley parley, PrintStream out, PrintStream err, boolean progress) {
        this.parley = parley;
        this.out = out;
        this.err = err;
        this.progress = progress;
    }

    public Summary run(List<String> inputs, ArticleReader reader) {
        List<InputItem> items = new ArrayList<>();
        reader.read(inputs, items::add);
        int coded = 0;
        int skipped = 0;
        int events = 0;
        try (ProgressBar bar = progress ? bar(items.size()) : null) {
            for (InputItem item : items) {
                CodingResult r = codeOne(item);
                if (r.coded()) {
                    coded++;
                    for (Event e : r.events()) {
                        out.println(json.line(e));
                    }
                    events += r.events().size();
                } else {
                    skipped++;
                    err.println("parley: skipped " + r.problem());
                }
                if (bar != null) {
                    bar.step();
                }
            }
        }
        out.flush();
        return new Summary(items.size(), coded, skipped, events);
    }

    private CodingResult codeOne(InputItem item) {
        if (item.article() == null) {
            return CodingResult.skipped(item.name(), item.problem());
        }
        try {
            return parley.code(item.article());
        } catch (RuntimeException e) {
            return CodingResult.skipped(item.article().id(), item.name() + ": coding failed: " + e);
        }
    }

    private ProgressBar bar(int total) {
        return new ProgressBarBuilder().setTaskName("coding").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                .setUnit(" articles", 1).build();
    }
}
