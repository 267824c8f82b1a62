package parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import parley.model.Article;

/**
 * Codes articles with several threads: the entry point for a caller that holds a batch (a Spark partition, a
 * benchmark). One {@link Parley} serves every thread; results come back in the articles' order, and the events
 * are the same whatever the number of threads.
 */
public final class ParallelCoding {

    private ParallelCoding() {
    }

    /** The machine's cores: the default number of coding threads. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Codes every article, {@code threads} at a time; a failure of one article becomes its skipped result. */
    public static List<CodingResult> codeAll(Parley parley, List<Article> articles, int threads) {
        List<CodingResult> out = new ArrayList<>(articles.size());
        try (InputOrder<Article, CodingResult> order = new InputOrder<>(threads, parley::codeSafely,
                (article, result) -> out.add(result))) {
            articles.forEach(order::submit);
        }
        return out;
    }
}
