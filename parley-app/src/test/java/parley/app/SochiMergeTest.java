package parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.source.ArticleReader;
import parley.store.Database;
import parley.store.EventStore;
import parley.store.MergeSettings;
import picocli.CommandLine;

/**
 * Seven invented reports (three French, four English, six outlets) of one meeting of the US Secretary of State with
 * Russia's foreign minister and president in Sochi on 14 May 2019, coded through the real pipeline with the
 * variations real reports give: the Russian side without a sector ("les États-Unis et la Russie"), Russia as the
 * source ("Poutine a reçu Pompeo", "Lavrov held talks with the United States"), and reports placed at their
 * datelines (Washington, Moscow). They are one consultation, whatever order they are ingested in.
 */
class SochiMergeTest {
    private static final Path SOCHI = Path.of("src/test/resources/sochi");
    private static final String CONSULTATION = "root = '04' AND event_date = DATE '2019-05-14'"
            + " AND least(source_country, target_country) = 'RUS' AND greatest(source_country, target_country) = 'USA'";

    @TempDir
    Path dir;

    @Test
    void sevenReportsAreOneConsultationInEveryOrder() throws Exception {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(SOCHI)) {
            s.sorted().forEach(p -> files.add(p.toString()));
        }
        assertEquals(7, files.size());

        Path first = dir.resolve("first.duckdb");
        String verbose = ingestVerbosely(first, files);
        List<String> consultation = StoreContents.rows(first, "SELECT source_code, target_code, place_name, num_sources,"
                + " num_articles, langs FROM events WHERE " + CONSULTATION);
        assertEquals(List.of("USAGOV | RUSGOV | Sochi | 6 | 7 | en,fr"), consultation,
                "one event, in Sochi (which most reports give), with every outlet: " + StoreContents.all(first));
        assertEquals(List.of("0"), StoreContents.rows(first, "SELECT count(*) FROM mentions m JOIN events e"
                + " USING (event_id) WHERE e.root <> '04' AND m.cameo LIKE '04%'"), "no meeting report left aside");
        assertTrue(verbose.contains("in reverse: 04 has no direction"), verbose);
        assertTrue(verbose.contains("is less specific, not different"), verbose);
        assertTrue(verbose.contains("is not place-bound"), verbose);

        List<String> expected = StoreContents.everything(first);
        int n = 2;
        for (int[] order : new int[][] {{6, 5, 4, 3, 2, 1, 0}, {3, 0, 5, 1, 6, 2, 4}}) {
            List<String> inputs = new ArrayList<>();
            for (int i : order) {
                inputs.add(files.get(i));
            }
            Path db = dir.resolve("order" + n++ + ".duckdb");
            try (Database d = Database.open(db)) {
                new Ingester(Engine::parley, new EventStore(d, MergeSettings.defaults()),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, false)
                        .run(inputs, new ArticleReader(null));
            }
            assertEquals(expected, StoreContents.everything(db), "ingested in the order " + inputs);
        }
    }

    /** Ingests through the command line with --verbose; its standard error. */
    private static String ingestVerbosely(Path db, List<String> files) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString(), "--no-progress", "--verbose"));
            args.addAll(files);
            assertEquals(0, new CommandLine(new Main()).execute(args.toArray(String[]::new)));
        } finally {
            System.setErr(stderr);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
