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
        for (String cmd : new String[] {"code", "ingest", "demo", "bench", "parse"}) {
            assertTrue(top.contains(cmd), top);
        }
        String code = help("code", "--help");
        for (String opt : new String[] {"--out", "--lang", "--all-modes", "--[no-]progress", "--untargeted", "INPUT"}) {
            assertTrue(code.contains(opt), code);
        }
    }

    @Test
    void unknownLanguageOptionIsRefused() {
        CommandLine cl = new CommandLine(new Main());
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute("code", "--lang", "de", "-"));
    }
}
