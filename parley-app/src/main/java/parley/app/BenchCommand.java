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
import parley.source.ArticleReader;
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

    @Option(names = "--extraction",
            description = "Measure HTML extraction alone (charset, metadata, main text; no CoreNLP) on the .html/.htm"
                    + " files of the inputs (default: the test pages in parley-source/src/test/resources/pages).")
    boolean extraction;

    @Override
    public Integer call() throws java.io.IOException {
        if (extraction) {
            return benchExtraction();
        }
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

    /** Pages per second through PageExtractor, each round over every page, after a warm-up round. */
    private int benchExtraction() throws java.io.IOException {
        if (inputs.isEmpty()) {
            inputs = List.of(Path.of(System.getProperty("parley.home", "."), "parley-source/src/test/resources/pages").toString());
        }
        List<byte[]> pages = new ArrayList<>();
        for (String input : inputs) {
            try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(Path.of(input))) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".htm")).sorted().toList()) {
                    pages.add(java.nio.file.Files.readAllBytes(p));
                }
            }
        }
        if (pages.isEmpty()) {
            System.err.println("parley: no .html page to measure on");
            return 1;
        }
        parley.source.PageExtractor extractor = new parley.source.PageExtractor();
        int failed = extractAll(extractor, pages);
        int n = Math.max(rounds, 1) * 20;
        long bytes = pages.stream().mapToLong(b -> b.length).sum();
        long t0 = System.nanoTime();
        for (int r = 0; r < n; r++) {
            extractAll(extractor, pages);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("pages: %d (%d KB), rounds: %d, threads: 1, pages without article text: %d%n", pages.size(),
                bytes / 1024, n, failed);
        System.out.printf("extraction: %.0f pages/s, %.1f MB/s%n", pages.size() * n / secs, bytes * n / secs / 1e6);
        return 0;
    }

    private static int extractAll(parley.source.PageExtractor extractor, List<byte[]> pages) {
        int failed = 0;
        for (byte[] page : pages) {
            try {
                extractor.extract(page, null, null, "bench", null, null);
            } catch (parley.source.SourceProblem e) {
                failed++;
            }
        }
        return failed;
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
