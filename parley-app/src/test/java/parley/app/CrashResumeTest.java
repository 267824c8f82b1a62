package parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ingest} command in its own JVM, killed (SIGKILL) in the middle of a batch of eight articles
 * while the fourth article's transaction is written but not committed; rerun, the store must hold exactly what
 * a clean run holds: no article lost, nothing twice.
 */
class CrashResumeTest {
    private static final int KILL_AT = 4;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestResumesWithoutLossOrDuplicates() throws Exception {
        Path batch = batchOfEight();
        Path crashed = dir.resolve("crashed.duckdb");

        List<String> stderr = runAndKill(batch, crashed);
        List<String> storedBeforeKill = stderr.stream().filter(l -> l.contains("parley: stored ")).toList();
        assertEquals(KILL_AT - 1, storedBeforeKill.size(), String.join("\n", stderr));
        assertEquals(List.of(String.valueOf(KILL_AT - 1)), StoreContents.rows(crashed, "SELECT count(*) FROM ingest_log"),
                "the committed articles survive the kill, the open transaction does not");
        assertEquals(List.of(String.valueOf(KILL_AT - 1)), StoreContents.rows(crashed, "SELECT count(*) FROM articles"));

        Ingester.Summary resumed = IngestTest.ingest(crashed, batch);
        assertEquals(KILL_AT - 1, resumed.alreadyStored(), "stored articles are not coded again");
        assertEquals(8 - (KILL_AT - 1), resumed.stored());

        Path clean = dir.resolve("clean.duckdb");
        Ingester.Summary once = IngestTest.ingest(clean, batch);
        assertEquals(8, once.stored());
        List<String> expected = StoreContents.all(clean);
        assertTrue(expected.stream().filter(r -> r.startsWith("mention")).count() >= 8, String.join("\n", expected));
        assertEquals(expected, StoreContents.all(crashed));
    }

    /** The six samples and two of the meeting reports, in a folder of their own. */
    private Path batchOfEight() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Path samples = Shared.home().resolve("samples");
        for (String f : new String[] {"fr-001.txt", "en-003.txt", "articles.jsonl"}) {
            Files.copy(samples.resolve(f), batch.resolve(f));
        }
        for (String f : new String[] {"fr-gazette.json", "en-ledger.json"}) {
            Files.copy(Path.of("src/test/resources/merge", f), batch.resolve(f));
        }
        return batch;
    }

    /**
     * Starts {@code parley ingest} in a child JVM that stops before committing article {@link #KILL_AT}, waits
     * until it says so, and kills it. Returns what it wrote on stderr.
     */
    private List<String> runAndKill(Path batch, Path db) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"), "parley.app.Main",
                "ingest", batch.toString(), "--db", db.toString(), "--no-progress", "--verbose",
                "--pause-before-commit", String.valueOf(KILL_AT))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                lines.add(line);
                if (line.contains("parley: paused before commit")) {
                    p.destroyForcibly();
                    break;
                }
            }
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("paused before commit")),
                "the child ended before reaching the pause:\n" + String.join("\n", lines));
        return lines;
    }
}
