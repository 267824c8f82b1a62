package parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import parley.app.Main;
import picocli.CommandLine;

/**
 * The job in local[2] against the command line on the same input: the bundled samples, a WARC.gz of test pages
 * (one page twice, under two URLs), a wire copy of a sample (another outlet, a new headline, a sentence cut) and
 * poisoned records. {@code parley ingest} + {@code parley export --format jsonl} and the job give the same events.
 */
class CodeJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PAGES = {"en-wire-reuters-like.html", "en-ap-like.html", "fr-figaro-like.html",
        "fr-france24-like.html"};

    @TempDir
    static Path dir;
    static SparkSession spark;
    static List<String> inputs;
    static Path out;
    static CodeJob.Summary first;

    @BeforeAll
    static void runTheJob() throws Exception {
        Path home = Path.of(System.getProperty("parley.home", ".."));
        Path in = Files.createDirectories(dir.resolve("in"));
        writeWarc(home.resolve("parley-source/src/test/resources/pages"), in.resolve("crawl.warc.gz"));
        writeExtras(home.resolve("samples/articles.jsonl"), in.resolve("extra.jsonl"));
        inputs = List.of(home.resolve("samples").toString(), in.toString());
        spark = CodeJob.session("local[2]");
        out = dir.resolve("out");
        first = CodeJob.run(spark, options(out));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static JobOptions options(Path to) {
        return new JobOptions(inputs, to.toString(), "local[2]", true);
    }

    /** The test pages as a crawl: each page a 200 response, the first one again under a second URL, and a 404. */
    private static void writeWarc(Path pages, Path file) throws IOException {
        Instant captured = Instant.parse("2025-03-15T12:00:00Z");
        List<String> urls = new ArrayList<>();
        for (String p : PAGES) {
            urls.add("https://news.example/" + p);
        }
        urls.add("https://mirror.example/" + PAGES[0]);
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (String url : urls) {
                byte[] body = Files.readAllBytes(pages.resolve(url.substring(url.lastIndexOf('/') + 1)));
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), body).build();
                w.write(new WarcResponse.Builder(url).date(captured).body(http).build());
            }
            HttpResponse missing = new HttpResponse.Builder(404, "Not Found").body(MediaType.parse("text/html"),
                    "<html><body>gone</body></html>".getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder("https://news.example/gone").date(captured).body(missing).build());
        }
    }

    /** A wire copy of the first sample, then two poisoned records: a line that is not JSON, an article without text. */
    private static void writeExtras(Path samples, Path file) throws IOException {
        ObjectNode copy = (ObjectNode) JSON.readTree(Files.readAllLines(samples, StandardCharsets.UTF_8).get(0));
        String text = copy.get("text").asText();
        copy.put("id", "wire-copy");
        copy.put("title", "Another outlet's headline");
        copy.put("outlet", "other-outlet.example");
        copy.put("text", text.substring(0, text.lastIndexOf('.', text.length() - 2) + 1));
        Files.writeString(file, JSON.writeValueAsString(copy) + "\n{\"id\": \"broken\", \"text\": \n"
                + "{\"id\": \"no-text\", \"title\": \"A title only\"}\n", StandardCharsets.UTF_8);
    }

    @Test
    void theJobGivesTheEventsOfIngestAndExport() throws IOException {
        Path db = dir.resolve("store.duckdb");
        Path exported = dir.resolve("export.jsonl");
        List<String> ingest = new ArrayList<>(List.of("ingest", "--no-progress", "--db", db.toString()));
        ingest.addAll(inputs);
        assertEquals(0, new CommandLine(new Main()).execute(ingest.toArray(new String[0])));
        assertEquals(0, new CommandLine(new Main()).execute("export", "--format", "jsonl", "--db", db.toString(),
                "--out", exported.toString()));
        Map<String, String> cli = comparable(Files.readAllLines(exported, StandardCharsets.UTF_8));
        Map<String, String> job = comparable(lines(out.resolve("events")));
        assertTrue(cli.size() >= 20, "the input should give a few dozen events, not " + cli.size());
        assertEquals(cli, job);
        assertTrue(job.values().stream().anyMatch(e -> e.contains("\"num_sources\":2") && e.contains("\"num_articles\":1")),
                "the wire copy reports an event again from another outlet, and counts as the same article");
    }

    @Test
    void poisonedRecordsLandInErrorsAndTheRestIsCoded() {
        Map<String, String> reasons = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("errors").toString()).collectAsList()) {
            reasons.put(r.<String>getAs("item").replaceAll(".*/", ""), r.getAs("reason"));
        }
        assertEquals(Map.of("extra.jsonl:2", "invalid JSON", "extra.jsonl:3", "empty"), reasons);
        // 6 samples, the wire copy, and 4 pages (the fifth response repeats the first page's text).
        assertEquals(11, spark.read().parquet(out.resolve("articles").toString()).count());
        assertEquals(14, first.items());
    }

    @Test
    void aSecondRunGivesTheSameTables() throws IOException {
        Path again = dir.resolve("again");
        CodeJob.Summary second = CodeJob.run(spark, options(again));
        assertEquals(first.events(), second.events());
        for (String table : new String[] {"events", "exports/gdelt", "exports/plover"}) {
            assertEquals(lines(out.resolve(table)), lines(again.resolve(table)), table);
        }
        for (String table : new String[] {"articles", "mentions", "errors"}) {
            assertEquals(sortedRows(out.resolve(table)), sortedRows(again.resolve(table)), table);
        }
    }

    /** Each event by its id, without the times it was first and last seen (the time of ingest, in a store). */
    private static Map<String, String> comparable(List<String> lines) throws IOException {
        Map<String, String> byId = new TreeMap<>();
        for (String line : lines) {
            ObjectNode e = (ObjectNode) JSON.readTree(line);
            e.remove("first_seen");
            e.remove("last_seen");
            byId.put(e.get("event_id").asText(), JSON.writeValueAsString(e));
        }
        return byId;
    }

    private static List<String> lines(Path folder) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                all.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return all;
    }

    private static List<String> sortedRows(Path table) {
        return spark.read().parquet(table.toString()).collectAsList().stream().map(Row::toString).sorted().toList();
    }
}
