package parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {

    private static String help(String... args) {
        StringWriter w = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(w));
        assertEquals(0, cl.execute(args));
        return w.toString();
    }

    @Test
    void everyCommandExplainsItsOptions() {
        String top = help("--help");
        for (String cmd : new String[] {"code", "ingest", "demo", "bench", "parse", "watch"}) {
            assertTrue(top.contains(cmd), top);
        }
        String code = help("code", "--help");
        for (String opt : new String[] {"--out", "--lang", "--all-modes", "--[no-]progress", "--untargeted", "INPUT",
            "--allow-private"}) {
            assertTrue(code.contains(opt), code);
        }
        String watch = help("watch", "--help");
        for (String opt : new String[] {"--every", "--once", "--seen", "--articles", "--allow-private", "FEED_URL"}) {
            assertTrue(watch.contains(opt), watch);
        }
        assertTrue(help("bench", "--help").contains("--extraction"));
    }

    @Test
    void watchIntervalsAreParsed() {
        assertEquals(java.time.Duration.ofSeconds(90), WatchCommand.parseDuration("90s"));
        assertEquals(java.time.Duration.ofMinutes(10), WatchCommand.parseDuration("10m"));
        assertEquals(java.time.Duration.ofHours(2), WatchCommand.parseDuration("2h"));
        assertEquals(java.time.Duration.ofMinutes(15), WatchCommand.parseDuration("PT15M"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> WatchCommand.parseDuration("soon"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> WatchCommand.parseDuration("0s"));
    }

    @Test
    void aBadBenchmarkFileIsRefusedBeforeAnyModelLoads(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path bad = dir.resolve("bench.tsv");
        java.nio.file.Files.writeString(bad, "fr-1\t2019-06-10\tfr\tLe Kremlin a réagi.\tRUSGOV\n");
        CommandLine cl = new CommandLine(new Main());
        assertEquals(2, cl.execute("eval-actors", "--file", bad.toString()));
        assertEquals(2, cl.execute("eval-actors", "--file", dir.resolve("missing.tsv").toString()));
        assertTrue(help("eval-actors", "--help").contains("--file"));
    }

    @Test
    void unknownLanguageOptionIsRefused() {
        CommandLine cl = new CommandLine(new Main());
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute("code", "--lang", "de", "-"));
    }
}
