package parley.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Over a thousand mutated HTML, JSON and WARC inputs (seeded, so every run is the same) through
 * ArticleReader and extraction: none may crash or hang, each gives articles or clear problems naming it.
 * The time limit is a hang guard only.
 */
class FuzzInputTest {
    private static final long SEED = 20261129L;
    @TempDir
    Path dir;

    private final Random random = new Random(SEED);

    @Test
    void mutatedInputsGiveArticlesOrClearProblems() throws Exception {
        List<byte[]> html = new ArrayList<>();
        for (Path p : TestPages.pages()) {
            html.add(Files.readAllBytes(p));
        }
        byte[] json = String.join("\n",
                "{\"id\": \"a1\", \"title\": \"Accord signé\", \"text\": \"Les deux pays ont signé un accord commercial lundi à Paris.\", \"published\": \"2025-01-02\", \"lang\": \"fr\"}",
                "{\"id\": \"a2\", \"text\": \"The two countries signed a trade deal on Monday in London.\", \"outlet\": \"Wire\"}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] warc = warc(WarcCompression.NONE, html.get(0), html.get(1));
        byte[] warcGz = warc(WarcCompression.GZIP, html.get(2), html.get(3));

        assertTimeoutPreemptively(Duration.ofSeconds(180), () -> {
            Map<String, Integer> outcomes = new TreeMap<>();
            int inputs = 0;
            for (int round = 0; round < 36; round++) {
                for (int i = 0; i < html.size(); i++) {
                    inputs += check("page" + round + "_" + i + ".html", mutate(html.get(i), round), outcomes);
                }
            }
            for (int round = 0; round < 200; round++) {
                inputs += check("batch" + round + ".jsonl", mutate(json, round), outcomes);
            }
            for (int round = 0; round < 80; round++) {
                inputs += check("crawl" + round + ".warc", mutate(warc, round), outcomes);
                inputs += check("crawl" + round + ".warc.gz", mutate(warcGz, round), outcomes);
            }
            System.out.println("fuzz: " + inputs + " inputs (seed " + SEED + "), outcomes " + outcomes);
            assertTrue(inputs >= 1000, "inputs: " + inputs);
            assertTrue(outcomes.getOrDefault("article", 0) > 100, outcomes.toString());
        });
    }

    /** Reads one mutated input; returns 1. Fails naming the input if anything escapes or is unclear. */
    private int check(String name, byte[] bytes, Map<String, Integer> outcomes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        List<InputItem> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            new ArticleReader(null).withNotes(notes::add).read(List.of(file.toString()), items::add);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(name + " (" + bytes.length + " bytes) crashed the reader", e);
        }
        assertFalse(items.isEmpty() && notes.isEmpty(), name + " gave neither an item nor a note");
        for (InputItem item : items) {
            if (item.article() != null) {
                assertFalse(item.article().text().isBlank(), name);
                outcomes.merge("article", 1, Integer::sum);
            } else {
                assertTrue(item.problem() != null && item.problem().startsWith(item.name() + ": ")
                        && item.problem().length() > item.name().length() + 5, name + ": unclear problem " + item);
                assertTrue(item.name().startsWith(file.toString()), item.name());
                outcomes.merge(item.reason(), 1, Integer::sum);
            }
        }
        Files.delete(file);
        return 1;
    }

    /** One of several mutations, chosen by round, with random positions and sizes. */
    private byte[] mutate(byte[] seed, int round) {
        byte[] b = seed.clone();
        switch (round % 9) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(30); i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(b, random.nextInt(b.length));
            }
            case 2 -> {
                byte[] junk = new byte[1 + random.nextInt(2000)];
                random.nextBytes(junk);
                return insert(b, random.nextInt(b.length), junk);
            }
            case 3 -> {
                String bomb = random.nextBoolean() ? "<div><span><b>".repeat(3_000) : "<table><tr><td>".repeat(2_000);
                return insert(b, random.nextInt(b.length), bomb.getBytes(StandardCharsets.US_ASCII));
            }
            case 4 -> {
                String attr = "<p class=\"" + "a ".repeat(100_000 + random.nextInt(50_000)) + "\" data-x='" + "\"".repeat(10_000) + "'>";
                return insert(b, random.nextInt(b.length), attr.getBytes(StandardCharsets.US_ASCII));
            }
            case 5 -> {
                String nest = random.nextBoolean() ? "[".repeat(100_000) : "{\"a\":".repeat(50_000);
                return insert(b, random.nextInt(b.length), nest.getBytes(StandardCharsets.US_ASCII));
            }
            case 6 -> {
                String[] tags = {"<!--", "<script>", "</html>", "<![CDATA[", "<svg>", "<style>", "\u0000", "&#x0;",
                    "<meta charset=\"utf-16\">", "<html", "WARC/1.1\r\n", "\r\n\r\n", "<?xml version=\"1.0\"?><rss>"};
                for (int i = 0; i < 1 + random.nextInt(10); i++) {
                    b = insert(b, random.nextInt(b.length), tags[random.nextInt(tags.length)].getBytes(StandardCharsets.UTF_8));
                }
                return b;
            }
            case 7 -> {
                int from = random.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + random.nextInt(200));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(b, 0, from);
                for (int i = 0; i < 500; i++) {
                    out.write(b, from, len);
                }
                out.write(b, from, b.length - from);
                return out.toByteArray();
            }
            default -> {
                byte[] noise = new byte[random.nextInt(5000)];
                random.nextBytes(noise);
                return noise;
            }
        }
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }

    private byte[] warc(WarcCompression compression, byte[] page1, byte[] page2) throws IOException {
        Path file = dir.resolve("seed-" + compression + ".warc");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), compression)) {
            int n = 0;
            for (byte[] page : new byte[][] {page1, page2}) {
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML, page).build();
                w.write(new WarcResponse.Builder("https://fuzz.example/" + n++).date(Instant.parse("2025-01-01T00:00:00Z"))
                        .body(http).build());
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }
}
