package parley.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import parley.coding.StopRequest;
import parley.server.ApiException;
import parley.server.ApiToken;
import parley.server.ArticleIngest;
import parley.server.IngestOutcome;
import parley.server.ParleyServer;
import parley.store.Database;
import parley.store.EventStore;
import parley.store.MergeSettings;
import parley.store.StoreInUse;
import parley.store.StoreOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over HTTP: events, articles, time series, actors, network (docs/api.md).",
                "POST /api/articles needs the API token (--token, PARLEY_API_TOKEN, or api.token in the config file);"
                        + " without one, writing is disabled."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db = Database.DEFAULT_PATH;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port = 7070;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(names = "--token", paramLabel = "TOKEN", description = "API token that POST requires (Bearer).")
    String token;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file read for api.token (default: ${DEFAULT-VALUE}).")
    Path config = Path.of("parley.properties");

    @Option(names = "--ingest-queue", paramLabel = "N", description = "Posted articles that may wait while one is"
            + " ingested; one more is answered 503 (default: ${DEFAULT-VALUE}).")
    int ingestQueue = ParleyServer.DEFAULT_INGEST_WAITING;

    @Option(names = "--article-seconds", paramLabel = "S", description = "The longest a posted article may take to"
            + " code and store; then it fails, unstored, and the next starts (default: ${DEFAULT-VALUE}).")
    long articleSeconds = ParleyServer.DEFAULT_ARTICLE_BUDGET.toSeconds();

    @Option(names = "--query-threads", paramLabel = "N",
            description = "DuckDB threads per query (default: one per core; 1 steadies latency on a busy machine).")
    Integer queryThreads;

    @Override
    public Integer call() throws Exception {
        if (queryThreads != null && (queryThreads < 1 || queryThreads > ParleyServer.MAX_QUERY_THREADS)) {
            System.err.println("parley serve: --query-threads: expected 1 to " + ParleyServer.MAX_QUERY_THREADS + ", got "
                    + queryThreads);
            return 2;
        }
        if (ingestQueue < 1 || articleSeconds < 1) {
            System.err.println("parley serve: --ingest-queue and --article-seconds must be 1 or more");
            return 2;
        }
        ApiToken apiToken = ApiToken.resolve(token, System.getenv(), config);
        Database opened;
        try {
            opened = Database.open(db);
        } catch (java.sql.SQLException e) {
            // Most often another process (an ingest) holds the file: DuckDB lets one process write.
            System.err.println("parley serve: " + StoreInUse.message("serve", db, e));
            return 1;
        }
        try (Database database = opened;
             ParleyServer server = new ParleyServer(database.connection(), ingest(database), apiToken)) {
            if (queryThreads != null) {
                server.queryThreads(queryThreads);
            }
            server.ingestLimits(ingestQueue, java.time.Duration.ofSeconds(articleSeconds),
                    ParleyServer.DEFAULT_ANSWER_WITHIN);
            server.start(host, port);
            System.err.printf("parley: serving %s, API at http://%s:%d/api/events (POST %s)%n", db, host, server.port(),
                    apiToken.configured() ? "enabled with the API token" : "disabled: no API token");
            // The address to open, alone on standard output so that a script (or a reader) can take it.
            System.out.printf("http://%s:%d/%n", host, server.port());
            System.out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }

    /**
     * What POST /api/articles hands articles to: the same coding and storing as the ingest command, one article
     * at a time (the server serialises the calls). An article that cannot be coded is the client's problem (400).
     */
    static ArticleIngest ingest(Database database) {
        ByteArrayOutputStream problems = new ByteArrayOutputStream();
        EventStore store = new EventStore(database, MergeSettings.defaults());
        Ingester ingester = new Ingester(Engine::parley, store,
                new PrintStream(problems, true, StandardCharsets.UTF_8), false, false)
                // the server sends its ingest thread a stop request when the article's time budget is spent: no
                // commit then
                .beforeCommit(n -> () -> {
                    if (StopRequest.pending()) {
                        throw new IllegalStateException("the article's time budget is spent; not stored");
                    }
                });
        return article -> {
            problems.reset();
            if (store.idTakenByOtherText(article)) {
                throw new ApiException(409, "id " + article.id() + " is already stored with another text; this"
                        + " text was not stored (post it under another id)");
            }
            StoreOutcome out = ingester.ingestOne("POST /api/articles", article);
            if (out == null) {
                throw new IllegalArgumentException(problems.toString(StandardCharsets.UTF_8).strip()
                        .replaceFirst("^parley: ", ""));
            }
            return new IngestOutcome(article.id(), out.stored(), out.mentions(), out.stored()
                    ? "stored with " + out.mentions() + " event mentions (" + out.newEvents() + " new events)"
                    : "already stored: the store holds an article with this id and text, or this text under"
                    + " another id; nothing was added");
        };
    }
}
