package parley.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import parley.model.Event;
import parley.pipeline.CodingResult;
import parley.pipeline.InputOrder;
import parley.pipeline.Parley;
import parley.source.ArticleReader;
import parley.source.InputItem;

/**
 * Codes a batch: every readable article is coded and its events written as JSON lines; every problem
 * is reported on the error stream naming the item; one bad article never stops the others.
 */
public final class BatchCoder {

    /** Counts for the summary line; {@code skipReasons} counts the skipped items by reason. */
    public record Summary(int read, int coded, int skipped, int events, Map<String, Integer> skipReasons) {
        public Summary(int read, int coded, int skipped, int events) {
            this(read, coded, skipped, events, Map.of());
        }

        @Override
        public String toString() {
            StringBuilder reasons = new StringBuilder();
            skipReasons.forEach((r, n) -> reasons.append(reasons.length() == 0 ? " (" : ", ").append(r).append(' ').append(n));
            if (reasons.length() > 0) {
                reasons.append(')');
            }
            return "parley: " + read + " items read, " + coded + " articles coded, " + skipped + " skipped" + reasons
                    + ", " + events + " events";
        }
    }

    private final Parley parley;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean progress;
    private final int threads;
    private final EventJson json = new EventJson();

    public BatchCoder(Parley parley, PrintStream out, PrintStream err, boolean progress) {
        this(parley, out, err, progress, 1);
    }

    /** @param threads articles coded at once; their events are written in input order all the same */
    public BatchCoder(Parley parley, PrintStream out, PrintStream err, boolean progress, int threads) {
        this.parley = parley;
        this.out = out;
        this.err = err;
        this.progress = progress;
        this.threads = threads;
    }

    public Summary run(List<String> inputs, ArticleReader reader) {
        List<InputItem> items = new ArrayList<>();
        reader.read(inputs, items::add);
        int[] counts = new int[3]; // coded, skipped, events
        Map<String, Integer> reasons = new TreeMap<>();
        try (ProgressBar bar = progress ? bar(items.size()) : null;
             InputOrder<InputItem, CodingResult> order = new InputOrder<>(threads, this::codeOne, (item, r) -> {
                 if (r.coded()) {
                     counts[0]++;
                     for (Event e : r.events()) {
                         out.println(json.line(e));
                     }
                     counts[2] += r.events().size();
                 } else {
                     counts[1]++;
                     reasons.merge(item.article() == null ? java.util.Objects.requireNonNullElse(item.reason(), "unreadable") : codingSkipReason(r), 1, Integer::sum);
                     err.println("parley: skipped " + r.problem());
                 }
                 if (bar != null) {
                     bar.step();
                 }
             })) {
            items.forEach(order::submit);
        }
        out.flush();
        return new Summary(items.size(), counts[0], counts[1], counts[2], reasons);
    }

    /** The coder's own reasons: the language, an empty text, or a failure. */
    private static String codingSkipReason(CodingResult r) {
        String p = r.problem();
        if (p.contains("language")) {
            return "language";
        }
        if (p.contains("empty article")) {
            return "empty";
        }
        return "coding failed";
    }

    private CodingResult codeOne(InputItem item) {
        if (item.article() == null) {
            return CodingResult.skipped(item.name(), item.problem());
        }
        return codeSafely(parley, item.name(), item.article());
    }

    /** Codes one article; a failure of the coder becomes a skipped result naming the item, not an exception. */
    static CodingResult codeSafely(Parley parley, String name, parley.model.Article article) {
        return parley.codeSafely(name, article);
    }

    private ProgressBar bar(int total) {
        return new ProgressBarBuilder().setTaskName("coding").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                .setUnit(" articles", 1).build();
    }
}
