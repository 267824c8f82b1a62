package parley.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import parley.source.ArticleReader;
import parley.store.Database;
import parley.store.EventStore;
import parley.store.MergeSettings;
import parley.store.StoreInUse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Codes articles and stores them, their mentions and the merged events in the DuckDB store"
                + " (docs/store.md).",
                "Articles already stored (same id or same text) are not coded again, so an interrupted run resumes"
                        + " where it stopped. Bad items are reported on stderr, naming the item; the rest is stored.",
                "Exit code 0 when at least one article is stored or was already (or nothing was read), 1 otherwise."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files (.txt, .json, .jsonl), folders of such files, or - for standard input (as for code).")
    List<String> inputs;

    @Option(names = "--db", paramLabel = "PATH", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db = Database.DEFAULT_PATH;

    @Option(names = "--petrarch", paramLabel = "FILE",
            description = "A PETRARCH/Phoenix actors or agents dictionary to merge over Parley's own (repeatable).")
    List<Path> petrarch = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "fr|en",
            description = "Language of every article, overriding detection and the records' own lang field.")
    String lang;

    @Option(names = "--all-modes", description = "Also store negated, hypothetical, future... events (field mode).")
    boolean allModes;

    @Option(names = "--untargeted", description = "Also store events whose target the text does not name.")
    boolean untargeted;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr (default: ${DEFAULT-VALUE}).")
    boolean progress;

    @Option(names = "--verbose", description = "Say on stderr each article stored ('parley: stored ID"
            + " (N mentions)'), and which event each of its mentions is in and why.")
    boolean verbose;

    @Mixin
    MergeOptions merging = new MergeOptions();

    /** Test hook (hidden): after writing the N-th article, wait for standard input to close before committing. */
    @Option(names = "--pause-before-commit", hidden = true, paramLabel = "N")
    int pauseBeforeCommit;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Override
    public Integer call() throws IOException {
        if (lang != null && !lang.equals("fr") && !lang.equals("en")) {
            System.err.println("parley: --lang must be fr or en, not " + lang);
            return 2;
        }
        MergeSettings settings;
        int coders;
        try {
            coders = threads.checked();
            settings = merging.settings();
        } catch (IllegalArgumentException e) {
            System.err.println("parley: " + e.getMessage());
            return 2;
        }
        Engine.importPetrarch(petrarch);
        Ingester.Summary summary;
        try (Database database = Database.open(db)) {
            Ingester ingester = new Ingester(() -> Engine.parley(allModes, untargeted), new EventStore(database, settings),
                    System.err, progress, verbose).withThreads(coders);
            if (pauseBeforeCommit > 0) {
                ingester.beforeCommit(n -> n == pauseBeforeCommit ? IngestCommand::waitForStdinToClose : () -> { });
            }
            summary = ingester.run(inputs, new ArticleReader(lang));
        } catch (SQLException e) {
            System.err.println("parley: " + StoreInUse.message("ingest", db, e));
            return 1;
        }
        System.err.println(summary);
        return summary.stored() + summary.alreadyStored() == 0 && summary.read() > 0 ? 1 : 0;
    }

    private static void waitForStdinToClose() {
        System.err.println("parley: paused before commit");
        System.err.flush();
        try {
            InputStream in = System.in;
            while (in.read() >= 0) {
                // wait: the test kills the process here
            }
        } catch (IOException e) {
            // standard input gone: go on
        }
    }
}
