package parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.app.eval.GoldFile;
import parley.app.eval.Scorer;
import parley.app.eval.Tally;
import parley.model.Event;
import parley.source.ArticleReader;

/** The canonical input, through the real pipeline (CoreNLP French models), scored by ../shared/eval/score.py. */
@Tag("slow")
class SeedArticleTest {
    private static final String SEED = "seed/000_707d7b5693acaa4b.txt";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<JsonNode> events;
    private static Path eventsFile;

    @TempDir
    static Path dir;

    @BeforeAll
    static void codeTheSeed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BatchCoder.Summary summary = new BatchCoder(Engine.parley(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false)
                .run(List.of(Shared.shared(SEED).toString()), new ArticleReader(null));
        assertEquals(1, summary.coded(), err.toString(StandardCharsets.UTF_8));
        eventsFile = dir.resolve("seed-events.jsonl");
        Files.writeString(eventsFile, out.toString(StandardCharsets.UTF_8));
        events = new ArrayList<>();
        for (String line : Files.readAllLines(eventsFile)) {
            events.add(JSON.readTree(line));
        }
    }

    @Test
    void scorerFindsEveryRequiredEventAndNothingWrong() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", Shared.shared("eval/score.py").toString(),
                "--gold", Shared.shared("seed/seed.gold.jsonl").toString(), "--system", eventsFile.toString(), "--show")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        String last = output.strip().lines().reduce((a, b) -> b).orElseThrow();
        JsonNode score = JSON.readTree(last);
        assertEquals(0, score.get("fn").asInt(), "missed required events:\n" + output);
        assertEquals(0, score.get("fp").asInt(), "wrong events:\n" + output);
        assertEquals(1.0, score.get("precision").asDouble(), output);
    }

    @Test
    void parleysOwnScorerAgreesWithTheReferenceScorer() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", Shared.shared("eval/score.py").toString(),
                "--gold", Shared.shared("seed/seed.gold.jsonl").toString(),
                "--system", eventsFile.toString()).redirectErrorStream(true).start();
        JsonNode reference = JSON.readTree(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .strip().lines().reduce((a, b) -> b).orElseThrow());
        p.waitFor();
        Map<String, List<Event>> events = Map.of("000_707d7b5693acaa4b", Engine.parley()
                .code(new ArticleReader(null).fromText("seed", "000_707d7b5693acaa4b", readSeed()).article()).events());
        Tally ours = new Scorer().score(GoldFile.read(Shared.shared("seed/seed.gold.jsonl")), events)
                .byLanguage().get("fr");
        assertEquals(reference.get("tp").asInt(), ours.found());
        assertEquals(reference.get("fp").asInt(), ours.wrong());
        assertEquals(reference.get("fn").asInt(), ours.missed());
    }

    @Test
    void theFourMeetingsCarryTheirPlaces() {
        assertMeetingAt("USA", "RUS", 43.60, 39.73);
        assertMeetingAt("USA", "PRK", 1.29, 103.85);
        assertMeetingAt("USA", "PRK", 21.03, 105.85);
        assertMeetingAt("PRK", "RUS", 43.12, 131.89);
    }

    private static void assertMeetingAt(String a, String b, double lat, double lon) {
        boolean found = events.stream().anyMatch(e -> e.get("root").asText().equals("04")
                && dyad(e, a, b) && near(e.get("location"), lat, lon));
        assertTrue(found, "no 04 event between " + a + " and " + b + " placed near " + lat + "," + lon);
    }

    private static boolean dyad(JsonNode e, String a, String b) {
        String s = e.get("source").get("country").asText();
        String t = e.get("target").isNull() ? "" : e.get("target").get("country").asText();
        return (s.equals(a) && t.equals(b)) || (s.equals(b) && t.equals(a));
    }

    private static boolean near(JsonNode loc, double lat, double lon) {
        if (loc == null || loc.isNull()) {
            return false;
        }
        return Math.abs(loc.get("lat").asDouble() - lat) < 0.5 && Math.abs(loc.get("lon").asDouble() - lon) < 0.5;
    }

    @Test
    void everyEventCarriesItsEvidence() {
        String text = readSeed();
        assertTrue(events.size() >= 6, "too few events: " + events.size());
        for (JsonNode e : events) {
            int start = e.get("evidence").get("start").asInt();
            int end = e.get("evidence").get("end").asInt();
            assertTrue(0 <= start && start < end && end <= text.length(), e.toString());
            assertTrue(e.get("sentence").asText().contains(text.substring(start, end)), e.toString());
            assertTrue(e.get("evidence").get("rule").asText().startsWith("fr."), e.toString());
        }
    }

    @Test
    void pageFurnitureIsNotCoded() {
        assertTrue(events.stream().noneMatch(e -> e.get("sentence").asText().contains("Publicité")
                || e.get("sentence").asText().contains("commentaire")));
    }

    private static String readSeed() {
        try {
            return Files.readString(Shared.shared(SEED));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
