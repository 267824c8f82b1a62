package parley.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import parley.source.ArticleReader;
import parley.store.Database;
import parley.store.EventStore;
import parley.store.MergeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the sample articles bundled in samples/ into the store (as 'ingest' does), prints what"
                + " the store holds (totals and the events reported most), then serves it over HTTP as 'serve' does"
                + " (Ctrl-C stops it; --no-serve exits instead).",
                "Running it again stores nothing new: the samples are already there."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db = Database.DEFAULT_PATH;

    @Option(names = "--serve", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Serve the store afterwards (default: ${DEFAULT-VALUE}).")
    boolean serve;

    @Option(names = "--port", defaultValue = "7070", description = "Port to serve on (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        Path samples = samplesFolder();
        if (!Files.isDirectory(samples)) {
            System.err.println("parley: sample folder not found: " + samples);
            return 1;
        }
        try {
            Ingester.Summary summary = ingestSamples(db, System.err);
            try (Database database = Database.open(db)) {
                StoreOverview.print(database, db.toString(), 10, System.out);
            }
            if (summary.stored() + summary.alreadyStored() == 0) {
                return 1;
            }
            if (!serve) {
                return 0;
            }
            ServeCommand server = new ServeCommand();
            server.db = db;
            server.port = port;
            return server.call();
        } catch (SQLException e) {
            System.err.println("parley: cannot use the store " + db + ": " + e.getMessage());
            return 1;
        }
    }

    static Path samplesFolder() {
        return Path.of(System.getProperty("parley.home", "."), "samples");
    }

    /**
     * Codes the bundled samples into the store at {@code db} (already stored ones are passed over), closes it
     * and says what it did on {@code err}. A server started afterwards on the same file sees every sample:
     * this is the step to call before serving the demo store.
     */
    public static Ingester.Summary ingestSamples(Path db, PrintStream err) throws SQLException {
        err.println("parley: ingesting the sample articles in " + samplesFolder() + " into " + db);
        try (Database database = Database.open(db)) {
            Ingester.Summary summary = new Ingester(Engine::parley, new EventStore(database, MergeSettings.defaults()),
                    err, false, false).run(List.of(samplesFolder().toString()), new ArticleReader(null));
            err.println(summary);
            return summary;
        }
    }
}
