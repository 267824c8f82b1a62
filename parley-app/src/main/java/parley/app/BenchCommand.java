package parley.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import parley.coding.EventCoder;
import parley.model.AnalyzedArticle;
import parley.model.Article;
import parley.model.Sentence;
import parley.pipeline.CodingResult;
import parley.pipeline.ParallelCoding;
import parley.pipeline.Parley;
import parley.source.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures throughput on the same articles, in one run: CoreNLP alone (every sentence parsed by"
                + " CoreNLP's own parser, as the coder would need without Parley's work), the same with Parley's scoring of"
                + " the parser, Parley's coder alone (on ready parses), and the whole pipeline (language detection, gated"
                + " analysis, coding) with one thread and with N; the stages take turns, round after round.",
                "Reports articles/s, sentences/s and sentences per CPU second, their ratios, articles per day, model loading"
                        + " time, peak heap, the load average, whether the gate and every sentence open, and 1 and N threads,"
                        + " give the same events, and whether every parse is CoreNLP's."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Articles to measure on (default: the bundled samples).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--rounds", defaultValue = "1",
            description = "Rounds in which every stage passes over the articles once, in turn (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--json", description = "Also print the figures as one JSON line (keys: docs/performance.md).")
    boolean json;

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
        int n = threads.checked();
        List<Article> articles = new ArticleReader(null).articles(inputs, System.err);
        long t0 = System.nanoTime();
        Engine.knowledge();
        Engine.guesser();
        Engine.analyzer().load("fr", "en");
        double loading = (System.nanoTime() - t0) / 1e9;
        List<Article> withLang = articles.stream()
                .map(a -> a.lang() != null ? a : a.withLang(Engine.guesser().guess(a.fullText()).orElse("")))
                .filter(a -> a.lang().equals("fr") || a.lang().equals("en")).toList();
        if (withLang.isEmpty()) {
            System.err.println("parley: no French or English article to measure on");
            return 1;
        }
        Parley parley = Engine.parley();
        // every sentence parsed and searched for events, as if there were no gate
        Parley open = new Parley(Engine.fullAnalyzer(), Engine.guesser(), Engine.knowledge(), false, false);
        List<String> gatedEvents = eventLines(ParallelCoding.codeAll(parley, withLang, 1)); // also warms up
        List<String> openEvents = eventLines(ParallelCoding.codeAll(open, withLang, 1));
        boolean sameGating = gatedEvents.equals(openEvents);
        if (!sameGating) {
            EventDiff.print(openEvents, gatedEvents, "every sentence open", "gated", System.err);
        }
        int differentParses = 0;
        for (Article article : withLang) {
            List<String> words = Engine.analyzer().parsedDifferently(article);
            words.forEach(System.err::println);
            differentParses += words.size();
        }
        boolean sameParses = differentParses == 0;
        List<AnalyzedArticle> parsed = withLang.stream().map(Engine.fullAnalyzer()::analyze).toList();
        int sentences = parsed.stream().mapToInt(a -> a.sentences().size()).sum();
        long candidates = withLang.stream().map(Engine.analyzer()::analyze)
                .mapToLong(a -> a.sentences().stream().filter(Sentence::eventCandidate).count()).sum();
        EventCoder coder = new EventCoder(Engine.knowledge());

        withLang.forEach(Engine.coreNlpAlone()::analyze); // warms CoreNLP's own scoring up
        double loadBefore = loadAverage();
        // the stages take turns, round after round, so that a change in the machine's load falls on all of them
        Timing nlp = new Timing();
        Timing fullNlp = new Timing();
        Timing coding = new Timing();
        Timing one = new Timing();
        Timing many = new Timing();
        List<List<String>> threadedEvents = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            nlp.add(() -> withLang.forEach(Engine.coreNlpAlone()::analyze));
            one.add(() -> ParallelCoding.codeAll(parley, withLang, 1));
            many.add(() -> threadedEvents.add(eventLines(ParallelCoding.codeAll(parley, withLang, n))));
            fullNlp.add(() -> withLang.forEach(Engine.fullAnalyzer()::analyze));
            coding.add(() -> parsed.forEach(coder::code));
        }
        double loadAfter = loadAverage();
        boolean sameThreads = threadedEvents.stream().allMatch(gatedEvents::equals);

        int a = withLang.size() * rounds;
        int s = sentences * rounds;
        System.out.printf("articles: %d (%d sentences, %d parsed by the gate: %.0f%%), rounds: %d, threads: %d%n",
                withLang.size(), sentences, candidates, 100.0 * candidates / sentences, rounds, n);
        System.out.printf("load average: %.2f before, %.2f after (%d cores)%n", loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-36s %12s %14s %16s%n", "stage", "articles/s", "sentences/s", "sentences/CPU s");
        row("CoreNLP alone (every sentence)", a, s, nlp);
        row("same, Parley's parser scoring", a, s, fullNlp);
        row("Parley coder alone", a, s, coding);
        row("whole pipeline, 1 thread", a, s, one);
        row("whole pipeline, " + n + " threads", a, s, many);
        System.out.printf("whole pipeline / CoreNLP alone: %.2fx (CPU time: %.2fx); %d threads / 1 thread: %.2fx"
                + " (CPU time per article at %d threads: %.2fx one thread's)%n", nlp.wall / one.wall,
                nlp.cpu / one.cpu, n, one.wall / many.wall, n, many.cpu / one.cpu);
        System.out.printf("articles per day at %d threads: %,.0f%n", n, a / many.wall * 86_400);
        System.out.printf("models loaded in %.1f s; peak heap: %d MB (max %d MB)%n", loading, peakHeapMb(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf("same events gated and with every sentence open: %s (%d and %d events); with 1 and %d threads: %s%n",
                yes(sameGating), gatedEvents.size(), openEvents.size(), n, yes(sameThreads));
        System.out.printf("same parses as CoreNLP's parser on every sentence: %s%s%n", yes(sameParses),
                sameParses ? "" : " (" + differentParses + " words differ)");
        if (json) {
            System.out.printf(java.util.Locale.ROOT, "{\"articles\":%d,\"sentences\":%d,\"threads\":%d,\"rounds\":%d,"
                            + "\"corenlp_sentences_per_s\":%.1f,\"corenlp_parley_scoring_sentences_per_s\":%.1f,"
                            + "\"pipeline_sentences_per_s\":%.1f,"
                            + "\"pipeline_threads_sentences_per_s\":%.1f,\"ratio_pipeline_to_corenlp\":%.2f,"
                            + "\"ratio_pipeline_to_corenlp_cpu\":%.2f,"
                            + "\"thread_speedup\":%.2f,\"thread_cpu_cost\":%.2f,\"articles_per_day\":%.0f,\"peak_heap_mb\":%d,"
                            + "\"same_events\":%s,\"same_parses\":%s,\"parsed_share\":%.3f,"
                            + "\"load_before\":%.2f,\"load_after\":%.2f}%n",
                    withLang.size(), sentences, n, rounds, s / nlp.wall, s / fullNlp.wall, s / one.wall, s / many.wall,
                    nlp.wall / one.wall, nlp.cpu / one.cpu, one.wall / many.wall, many.cpu / one.cpu,
                    a / many.wall * 86_400, peakHeapMb(), sameGating && sameThreads, sameParses,
                    (double) candidates / sentences, loadBefore, loadAfter);
        }
        return sameGating && sameThreads && sameParses ? 0 : 1;
    }

    /**
     * Wall-clock and CPU seconds of a stage, summed over rounds. CPU time is the process's (every thread, the
     * garbage collector's included): on a machine other jobs share, it moves much less than the wall clock.
     */
    private static final class Timing {
        double wall;
        double cpu;

        void add(Runnable task) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            task.run();
            wall += (System.nanoTime() - t0) / 1e9;
            cpu += (processCpuNanos() - c0) / 1e9;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The events of a batch as the code command writes them, in order. */
    private static List<String> eventLines(List<CodingResult> results) {
        EventJson out = new EventJson();
        return results.stream().flatMap(r -> r.events().stream()).map(out::line).toList();
    }

    private static String yes(boolean b) {
        return b ? "yes" : "NO";
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

    private static void row(String name, int articles, int sentences, Timing t) {
        System.out.printf("%-36s %12.2f %14.1f %16.1f%n", name, articles / t.wall, sentences / t.wall, sentences / t.cpu);
    }

    /**
     * The most heap in use at any time so far: the sum of each pool's own peak would count pools that peaked at
     * different moments, so a daemon thread samples the heap's use instead.
     */
    private static long peakHeapMb() {
        return HEAP_SAMPLER.peak() / (1024 * 1024);
    }

    private static final HeapSampler HEAP_SAMPLER = new HeapSampler();

    /** Reads the heap in use every 20 ms, from class loading on, and keeps the highest. */
    private static final class HeapSampler {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();

        HeapSampler() {
            Thread t = new Thread(() -> {
                while (true) {
                    peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "parley-heap-sampler");
            t.setDaemon(true);
            t.start();
        }

        long peak() {
            return peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        }
    }
}
