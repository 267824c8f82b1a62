package parley.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import parley.coding.EventCoder;
import parley.model.AnalyzedArticle;
import parley.model.Article;
import parley.pipeline.Parley;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures throughput on the same articles, side by side: CoreNLP alone, Parley's coder alone"
                + " (on ready parses), and the whole pipeline (language detection, CoreNLP, coding).",
                "Reports articles/s, sentences/s and peak heap. Models are loaded and warmed up first."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Articles to measure on (default: the bundled samples).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--rounds", defaultValue = "3", description = "Passes over the articles per measurement (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() {
        if (inputs.isEmpty()) {
            inputs = List.of(Path.of(System.getProperty("parley.home", "."), "samples").toString());
        }
        List<Article> articles = new ArticleReader(null).articles(inputs, System.err);
        if (articles.isEmpty()) {
            System.err.println("parley: no article to measure on");
            return 1;
        }
        List<Article> withLang = articles.stream()
                .map(a -> a.lang() != null ? a : a.withLang(Engine.guesser().guess(a.fullText()).orElse("en")))
                .filter(a -> a.lang().equals("fr") || a.lang().equals("en")).toList();
        Parley parley = Engine.parley();
        EventCoder coder = new EventCoder(Engine.knowledge());
        List<AnalyzedArticle> parsed = withLang.stream().map(Engine.analyzer()::analyze).toList();
        int sentences = parsed.stream().mapToInt(a -> a.sentences().size()).sum();
        withLang.forEach(parley::code);

        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            withLang.forEach(Engine.analyzer()::analyze);
        }
        long nlp = System.nanoTime() - t0;
        t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            parsed.forEach(coder::code);
        }
        long coding = System.nanoTime() - t0;
        t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            articles.forEach(parley::code);
        }
        long whole = System.nanoTime() - t0;

        int n = withLang.size() * rounds;
        int s = sentences * rounds;
        System.out.printf("articles: %d (%d sentences), rounds: %d, threads: 1%n", withLang.size(), sentences, rounds);
        System.out.printf("%-28s %12s %14s%n", "stage", "articles/s", "sentences/s");
        row("CoreNLP alone", n, s, nlp);
        row("Parley coder alone", n, s, coding);
        row("whole pipeline", n, s, whole);
        System.out.printf("peak heap: %d MB%n", peakHeapMb());
        return 0;
    }

    private static void row(String name, int articles, int sentences, long nanos) {
        double secs = nanos / 1e9;
        System.out.printf("%-28s %12.2f %14.1f%n", name, articles / secs, sentences / secs);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
