package parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.store.Database;
import picocli.CommandLine;

/**
 * A running {@code parley serve} (a real one, in its own JVM) holds its store: {@code ingest} and {@code export} on
 * it fail, and say what to do instead of only repeating DuckDB's lock message.
 */
class StoreInUseTest {

    @Test
    void ingestAndExportOnAServedStoreSayWhatToDoInstead(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("served.duckdb");
        try (Database d = Database.open(db)) {
            d.connection().createStatement().execute("CHECKPOINT");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "parley.app.Main", "serve", "--db", db.toString(), "--port", "0")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            List<String> lines = new ArrayList<>();
            try (BufferedReader err = new BufferedReader(new InputStreamReader(serve.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null && !line.contains("serving")) {
                    lines.add(line);
                }
                assertTrue(line != null, "the server did not start: " + lines);

                String ingest = run("ingest", "src/test/resources/merge/en-herald.json", "--db", db.toString(),
                        "--no-progress");
                assertTrue(ingest.contains("is open in another process") && ingest.contains("POST /api/articles"),
                        ingest);
                String export = run("export", "--format", "csv", "--db", db.toString());
                assertTrue(export.contains("is open in another process") && export.contains("copy")
                        && export.contains("GET /api/events"), export);
            }
        } finally {
            serve.destroyForcibly();
            serve.waitFor();
        }
    }

    /** Runs a command in this JVM; its standard error (its exit code must be 1). */
    private static String run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, new CommandLine(new Main()).execute(args));
        } finally {
            System.setErr(stderr);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
