package parley.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import parley.kb.KnowledgeBase;
import parley.model.Actor;
import parley.model.Article;
import parley.model.CameoCode;
import parley.model.Event;
import parley.model.Mode;
import parley.store.Database;
import parley.store.EventStore;
import parley.store.MergeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the storing side of ingest alone: synthetic coded articles (no CoreNLP) stored and merged one
 * transaction each, with the rate and the heap after a collection at checkpoints, so one sees whether
 * storage or coding limits ingest and whether memory stays flat.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Stores synthetic coded articles (no NLP) and reports articles/s and heap at checkpoints.")
final class StoreBenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "20000", description = "Articles to store (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--events-per-article", defaultValue = "3", description = "Coded events per article (default: ${DEFAULT-VALUE}).")
    int eventsPerArticle;

    @Option(names = "--db", paramLabel = "PATH", description = "Store file (default: a new temporary file).")
    Path db;

    @Option(names = "--article-mentions", paramLabel = "N,N...", split = ",",
            description = "Instead: store one article of each of these sizes, in mentions (an article repeating"
                    + " one meeting and one attack, as a page of repeated sentences codes), each into a new store"
                    + " after --articles ordinary ones, and report the time per article and per mention.")
    List<Integer> articleMentions;

    private static final String[] COUNTRIES = {"FRA", "DEU", "USA", "RUS", "CHN", "UKR", "IRN", "ISR", "PSE", "SYR",
        "TUR", "GBR", "MLI", "NER", "COD", "RWA", "IND", "PAK", "PRK", "KOR"};
    private static final String[] SECTORS = {"GOV", "MIL", "OPP", "CVL", "COP"};
    private static final String[] CODES = {"042", "043", "036", "020", "111", "112", "130", "141", "163", "173",
        "190", "193", "057", "071", "084"};

    @Override
    public Integer call() throws Exception {
        Path file = db != null ? db : Files.createTempDirectory("parley-bench-store").resolve("bench.duckdb");
        KnowledgeBase kb = Engine.knowledge();
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2020, 1, 1);
        if (articleMentions != null) {
            return bySize(kb);
        }
        System.err.printf("parley bench-store: %d articles, %d events each, into %s%n", articles, eventsPerArticle, file);
        System.out.println("articles stored | articles/s since last checkpoint | heap after GC (MB)");
        try (Database database = Database.open(file)) {
            EventStore store = new EventStore(database, MergeSettings.defaults());
            long t0 = System.nanoTime();
            int checkpoint = Math.max(1, articles / 10);
            for (int i = 1; i <= articles; i++) {
                LocalDate day = start.plusDays(i / 200);
                Article a = new Article("bench-" + i, "Headline " + i, body(random, i), day, null, "en",
                        "outlet-" + random.nextInt(40));
                store.store(a, events(kb, random, a, day, eventsPerArticle));
                if (i % checkpoint == 0) {
                    long now = System.nanoTime();
                    System.gc();
                    long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
                    System.out.printf("%,d | %.0f | %d%n", i, checkpoint / ((now - t0) / 1e9), heap);
                    t0 = System.nanoTime();
                }
            }
        }
        return 0;
    }

    /**
     * Storing cost against article size: each size gets a new store holding --articles ordinary articles, then one
     * article of that many mentions, half reporting one meeting and half one attack, so they all merge into two
     * events (the worst case for merging: every mention meets every other in its block).
     */
    private int bySize(KnowledgeBase kb) throws Exception {
        System.err.printf("parley bench-store: one article of each size after %d ordinary articles%n", articles);
        System.out.println("mentions | ms to store the article | µs per mention | events it made");
        Random random = new Random(42);
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int size : articleMentions) {
            Path file = Files.createTempDirectory("parley-bench-store").resolve("bench.duckdb");
            try (Database database = Database.open(file)) {
                EventStore store = new EventStore(database, MergeSettings.defaults());
                for (int i = 1; i <= articles; i++) {
                    Article a = new Article("bench-" + i, "Headline " + i, body(random, i), day.plusDays(i / 200),
                            null, "en", "outlet-" + random.nextInt(40));
                    store.store(a, events(kb, random, a, day.plusDays(i / 200), eventsPerArticle));
                }
                Article big = new Article("big-" + size, "Repeated", body(random, size), day, null, "en", "outlet-big");
                List<Event> coded = new ArrayList<>();
                Actor france = Actor.ofCountry("France", "FRA", "GOV");
                Actor germany = Actor.ofCountry("Germany", "DEU", "GOV");
                for (int m = 0; m < size; m++) {
                    CameoCode code = kb.cameo().get(m % 2 == 0 ? "042" : "190");
                    coded.add(new Event(big.id() + "-" + m, big.id(), "en", m, "France met Germany again " + m + ".",
                            france, "France", germany, "Germany", code, Mode.ASSERTED, null, null, day.toString(),
                            "day", "meet", 0, 10, "bench.rule", 0.8));
                }
                long t0 = System.nanoTime();
                int made = store.store(big, coded).newEvents();
                double ms = (System.nanoTime() - t0) / 1e6;
                System.out.printf("%,d | %.0f | %.0f | %d%n", size, ms, 1000 * ms / size, made);
            }
        }
        return 0;
    }

    private static String body(Random random, int i) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 300; w++) {
            b.append("word").append(random.nextInt(5000)).append(w % 20 == 19 ? ". " : " ");
        }
        return b.append("Article ").append(i).append('.').toString();
    }

    private static List<Event> events(KnowledgeBase kb, Random random, Article a, LocalDate day, int perArticle) {
        List<Event> out = new ArrayList<>();
        for (int e = 0; e < perArticle; e++) {
            Actor source = Actor.ofCountry(null, COUNTRIES[random.nextInt(COUNTRIES.length)],
                    SECTORS[random.nextInt(SECTORS.length)]);
            Actor target = Actor.ofCountry(null, COUNTRIES[random.nextInt(COUNTRIES.length)],
                    SECTORS[random.nextInt(SECTORS.length)]);
            CameoCode code = kb.cameo().get(CODES[random.nextInt(CODES.length)]);
            String sentence = "Sentence " + e + " of " + a.id() + " word" + random.nextInt(5000) + ".";
            out.add(new Event(a.id() + "-" + e, a.id(), "en", e, sentence, source, "source words", target,
                    "target words", code, Mode.ASSERTED, null, null, day.toString(), "day", "trigger", 0, 10,
                    "bench.rule", 0.8));
        }
        return out;
    }
}
