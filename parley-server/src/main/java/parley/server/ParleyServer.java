package parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;
import parley.kb.CameoTable;
import parley.model.Article;
import parley.store.EventRedirects;
import parley.store.query.EventFilter;
import parley.store.query.EventPage;
import parley.store.query.EventQueries;
import parley.store.query.FilterParams;
import parley.store.query.Interval;
import parley.store.query.InvalidParameterException;
import parley.store.query.MapQueries;

/**
 * Parley's HTTP API over one DuckDB store (docs/api.md, and /api/openapi.json). Reads run on their own duplicate
 * of the store's connection, one per request, because DuckDB JDBC connections are not thread-safe; writes
 * (POST /api/articles) require the API token and go one at a time to the {@link ArticleIngest}, through a bounded
 * queue ({@link IngestQueue}): a slow article never keeps another request waiting.
 */
public final class ParleyServer implements AutoCloseable {
    static final int DEFAULT_RANKING = 50;
    /** Articles are at most 2 MB as input files; a JSON request carrying one gets some room for escaping. */
    static final long MAX_REQUEST_BYTES = 4L * 1024 * 1024;
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The filters, and {@code count}: whether to count every matching event (see {@link #wantsTotal}). */
    static final Set<String> EVENT_PARAMS = Stream.concat(FilterParams.NAMES.stream(), Stream.of("count"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> TIMESERIES_PARAMS = union(filterOnly(), Set.of("interval"));
    private static final Set<String> RANKING_PARAMS = union(filterOnly(), Set.of("limit"));
    private static final Set<String> CLUSTER_PARAMS = union(filterOnly(), Set.of("zoom"));
    private static final Set<String> FILTER_PARAMS = Set.copyOf(filterOnly());
    private static final List<Map<String, Object>> CAMEO_CODES = cameoCodes();

    private final DuckDBConnection store;
    private final ArticleIngest ingest;
    private final ApiToken token;
    private int ingestWaiting = DEFAULT_INGEST_WAITING;
    private Duration articleBudget = DEFAULT_ARTICLE_BUDGET;
    private Duration answerWithin = DEFAULT_ANSWER_WITHIN;
    private IngestQueue ingestQueue;
    private Javalin app;

    /**
     * @param store the store's connection; the server duplicates it per request and never closes it
     * @param ingest where posted articles go, or null when this server cannot ingest (POST answers 503)
     * @param token the token POST requires; when not configured, POST is disabled (403)
     */
    public ParleyServer(Connection store, ArticleIngest ingest, ApiToken token) throws SQLException {
        this.store = store.unwrap(DuckDBConnection.class);
        try (Statement s = store.createStatement()) {
            // Event pages already read their row ids first and their columns after (EventSql.pageByRowId);
            // DuckDB's own late materialization would add a pass over the store inside each of those steps.
            s.execute("SET GLOBAL late_materialization_max_rows = 0");
        }
        this.ingest = ingest;
        this.token = token;
    }

    /** Posted articles that may wait while one is ingested; one more is a 503. */
    public static final int DEFAULT_INGEST_WAITING = 16;
    /** The longest one posted article may take to code and store; then it fails, unstored. */
    public static final Duration DEFAULT_ARTICLE_BUDGET = Duration.ofMinutes(5);
    /** How long a POST waits for its article before answering 202 with a status URL. */
    public static final Duration DEFAULT_ANSWER_WITHIN = Duration.ofSeconds(20);

    /**
     * How posted articles are ingested: at most {@code waiting} wait while one is coded (one more is a 503), each
     * may take {@code budget} (then it fails, unstored, and the next starts), and a POST waits at most
     * {@code answerWithin} for its article before answering 202 with the status URL. Call before {@link #start}.
     */
    public ParleyServer ingestLimits(int waiting, Duration budget, Duration answerWithin) {
        if (waiting < 1 || budget.isNegative() || budget.isZero() || answerWithin.isNegative()) {
            throw new IllegalArgumentException("ingest limits: at least 1 waiting article and a positive budget");
        }
        this.ingestWaiting = waiting;
        this.articleBudget = budget;
        this.answerWithin = answerWithin;
        return this;
    }

    /** Most DuckDB threads {@link #queryThreads} accepts. */
    public static final int MAX_QUERY_THREADS = 64;

    /**
     * How many threads DuckDB gives each query (its default: one per core). One keeps a single query's latency
     * steadier on a machine whose cores are busy with other work: a query split over two threads waits for the
     * slower one, while concurrent requests still run side by side on their own server threads.
     */
    public ParleyServer queryThreads(int threads) throws SQLException {
        if (threads < 1 || threads > MAX_QUERY_THREADS) {
            throw new IllegalArgumentException("query threads: expected 1 to " + MAX_QUERY_THREADS + ", got " + threads);
        }
        try (Statement s = store.createStatement()) {
            s.execute("SET GLOBAL threads = " + threads); // an int checked above, not text from a request
        }
        return this;
    }

    /** Starts listening on {@code port} (0: any free port; see {@link #port()}). */
    public ParleyServer start(String host, int port) {
        app = Javalin.create(cfg -> {
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            cfg.startup.showJavalinBanner = false;
            // What Jetty refuses before a route runs (414, 431, an undecodable path) answers in JSON too.
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            cfg.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
            cfg.routes.before(ctx -> (ctx.path().startsWith("/api/") ? SecurityHeaders.api() : SecurityHeaders.common())
                    .forEach(ctx::header));
            cfg.routes.get("/api/events", ctx -> events(ctx));
            cfg.routes.get("/api/events/{id}", ctx -> event(ctx));
            cfg.routes.get("/api/articles/{id}", ctx -> article(ctx));
            cfg.routes.post("/api/articles", ctx -> postArticle(ctx));
            cfg.routes.get("/api/ingest/{ticket}", ctx -> ingestStatus(ctx));
            cfg.routes.get("/api/stats/timeseries", ctx -> timeseries(ctx));
            cfg.routes.get("/api/actors", ctx -> actors(ctx));
            cfg.routes.get("/api/network", ctx -> network(ctx));
            cfg.routes.get("/api/openapi.json", ctx -> ctx.contentType(JSON_TYPE).result(openApi()));
            cfg.routes.get("/api/stats/clusters", ctx -> clusters(ctx));
            cfg.routes.get("/api/stats/countries", ctx -> countries(ctx));
            cfg.routes.get("/api/codes/cameo", ctx -> json(ctx, 200, Map.of("codes", CAMEO_CODES)));
            WebUi.install(cfg);
            cfg.routes.exception(InvalidParameterException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("parley serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
                error(ctx, 500, "internal error (the server log says more)");
            });
            // Statuses Javalin sets itself (no route, wrong method, body too large...) also answer in JSON.
            for (int status : new int[] {400, 404, 405, 413, 500}) {
                cfg.routes.error(status, ctx -> {
                    if (ctx.attribute("parley.error") == null) {
                        error(ctx, status, defaultMessage(status, ctx));
                    }
                });
            }
        });
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
        synchronized (this) {
            if (ingestQueue != null) {
                ingestQueue.close();
            }
        }
    }

    private void events(Context ctx) throws SQLException {
        Map<String, String> params = QueryParams.single(ctx.queryString(), EVENT_PARAMS);
        EventFilter f = FilterParams.parse(params, false);
        try (Connection c = store.duplicate()) {
            EventPage page = new EventQueries(c).events(f, wantsTotal(params));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("total", page.total());
            body.put("limit", page.limit());
            body.put("offset", page.offset());
            body.put("next_cursor", page.nextCursor());
            body.put("events", page.events());
            json(ctx, 200, body);
        }
    }

    /**
     * {@code count=true} asks for the total of every page; without it a total is given only when the page tells it
     * (see {@link EventQueries#events(EventFilter, boolean)}): counting reads every matching event again.
     */
    private static boolean wantsTotal(Map<String, String> params) {
        String count = params.get("count");
        if (count == null || count.isBlank()) {
            return false;
        }
        return switch (count.strip()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InvalidParameterException("count", "expected true or false, got '"
                    + (count.length() > 60 ? count.substring(0, 60) + "..." : count) + "'");
        };
    }

    /** One event; the id of an event a merge made vanish is answered 301 with the event that holds its reports. */
    private void event(Context ctx) throws SQLException {
        QueryParams.single(ctx.queryString(), Set.of());
        String id = ctx.pathParam("id");
        try (Connection c = store.duplicate()) {
            Optional<Map<String, Object>> found = new EventQueries(c).event(id);
            if (found.isPresent()) {
                json(ctx, 200, found.get());
                return;
            }
            String successor = new EventRedirects(c).successor(id)
                    .orElseThrow(() -> new ApiException(404, "no event with id '" + clip(id) + "'"));
            String url = "/api/events/" + URLEncoder.encode(successor, StandardCharsets.UTF_8);
            // not cached: the event may be told apart again by later reports
            ctx.header("Location", url).header("Cache-Control", "no-cache");
            json(ctx, 301, Map.of("error", "event " + clip(id) + " was merged into " + successor, "status", 301,
                    "moved_to", successor, "url", url));
        }
    }

    private void article(Context ctx) throws SQLException {
        one(ctx, "article", EventQueries::article);
    }

    /** One record by the id in the path, or a 404 naming what was looked for. */
    private void one(Context ctx, String kind, Lookup lookup) throws SQLException {
        QueryParams.single(ctx.queryString(), Set.of());
        String id = ctx.pathParam("id");
        try (Connection c = store.duplicate()) {
            Map<String, Object> found = lookup.find(new EventQueries(c), id)
                    .orElseThrow(() -> new ApiException(404, "no " + kind + " with id '" + clip(id) + "'"));
            json(ctx, 200, found);
        }
    }

    @FunctionalInterface
    private interface Lookup {
        Optional<Map<String, Object>> find(EventQueries queries, String id) throws SQLException;
    }

    private void timeseries(Context ctx) throws SQLException {
        Map<String, String> p = QueryParams.single(ctx.queryString(), TIMESERIES_PARAMS);
        Interval interval = Interval.parse(p.getOrDefault("interval", "month"));
        EventFilter f = FilterParams.parse(p, false);
        try (Connection c = store.duplicate()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("interval", interval.name().toLowerCase(java.util.Locale.ROOT));
            body.put("series", new EventQueries(c).timeseries(f, interval));
            json(ctx, 200, body);
        }
    }

    private void actors(Context ctx) throws SQLException {
        Map<String, String> p = QueryParams.single(ctx.queryString(), RANKING_PARAMS);
        int limit = rankingLimit(p);
        EventFilter f = FilterParams.parse(without(p, "limit"), false);
        try (Connection c = store.duplicate()) {
            json(ctx, 200, Map.of("actors", new EventQueries(c).actors(f, limit)));
        }
    }

    private void network(Context ctx) throws SQLException {
        Map<String, String> p = QueryParams.single(ctx.queryString(), RANKING_PARAMS);
        int limit = rankingLimit(p);
        EventFilter f = FilterParams.parse(without(p, "limit"), false);
        try (Connection c = store.duplicate()) {
            json(ctx, 200, Map.of("edges", new EventQueries(c).network(f, limit)));
        }
    }

    private void clusters(Context ctx) throws SQLException {
        Map<String, String> p = QueryParams.single(ctx.queryString(), CLUSTER_PARAMS);
        int zoom = p.get("zoom") == null || p.get("zoom").isBlank() ? 2 : FilterParams.integer("zoom", p.get("zoom"));
        EventFilter f = FilterParams.parse(without(p, "zoom"), false);
        try (Connection c = store.duplicate()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("zoom", zoom);
            body.put("clusters", new MapQueries(c).clusters(f, zoom));
            json(ctx, 200, body);
        }
    }

    private void countries(Context ctx) throws SQLException {
        EventFilter f = FilterParams.parse(QueryParams.single(ctx.queryString(), FILTER_PARAMS), false);
        try (Connection c = store.duplicate()) {
            json(ctx, 200, Map.of("countries", new MapQueries(c).countries(f)));
        }
    }

    /** The CAMEO codebook's codes as the UI names them: code, name, Goldstein score, QuadClass, PLOVER type. */
    private static List<Map<String, Object>> cameoCodes() {
        return CameoTable.bundled().codes().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", c.code());
            m.put("name", c.name());
            m.put("goldstein", c.goldstein());
            m.put("quad_class", c.quadClass());
            m.put("plover", c.plover());
            return m;
        }).toList();
    }

    private void postArticle(Context ctx) throws Exception {
        requireToken(ctx);
        if (ingest == null) {
            throw new ApiException(503, "this server cannot ingest articles (no coder is plugged in)");
        }
        QueryParams.single(ctx.queryString(), Set.of());
        Article article = ArticleJson.parse(ctx.body());
        IngestQueue.Ticket ticket = ingestQueue().submit(article);
        IngestOutcome outcome;
        try {
            outcome = ticket.result.get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Still queued or running: the client is not kept waiting behind it; it asks the status URL later.
            ctx.header("Location", statusUrl(ticket));
            json(ctx, 202, status(ticket));
            return;
        } catch (ExecutionException e) {
            throw failure(ticket, e.getCause());
        }
        json(ctx, outcome.stored() ? 201 : 200, outcome(ticket, outcome));
    }

    /** {@code GET /api/ingest/{ticket}}: what became of an article a POST answered 202 for. */
    private void ingestStatus(Context ctx) {
        requireToken(ctx);
        QueryParams.single(ctx.queryString(), Set.of());
        String id = ctx.pathParam("ticket");
        IngestQueue.Ticket ticket = ingestQueue().ticket(id)
                .orElseThrow(() -> new ApiException(404, "no ingest ticket '" + clip(id) + "' (tickets are kept for the"
                        + " last 1000 articles posted)"));
        if (!ticket.result.isDone()) {
            json(ctx, 200, status(ticket));
            return;
        }
        try {
            json(ctx, 200, outcome(ticket, ticket.result.join()));
        } catch (java.util.concurrent.CompletionException e) {
            ApiException failure = failure(ticket, e.getCause());
            Map<String, Object> body = status(ticket);
            body.put("error", failure.getMessage());
            body.put("error_status", failure.status());
            json(ctx, 200, body);
        }
    }

    private IngestQueue ingestQueue() {
        synchronized (this) {
            if (ingestQueue == null) {
                ingestQueue = new IngestQueue(ingest, ingestWaiting, articleBudget);
            }
            return ingestQueue;
        }
    }

    /** A failed ingest as the client should hear it: its article's fault (400 and others), or the server's (500). */
    private static ApiException failure(IngestQueue.Ticket ticket, Throwable cause) {
        if (cause instanceof ApiException api) {
            return api;
        }
        if (cause instanceof IllegalArgumentException) {
            return new ApiException(400, "article " + clip(ticket.article.id()) + ": " + cause.getMessage());
        }
        System.err.println("parley serve: ingesting " + clip(ticket.article.id()) + " failed: " + cause);
        return new ApiException(500, "article " + clip(ticket.article.id())
                + ": internal error while ingesting it (the server log says more)");
    }

    private static String statusUrl(IngestQueue.Ticket ticket) {
        return "/api/ingest/" + ticket.id;
    }

    private static Map<String, Object> status(IngestQueue.Ticket ticket) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("article_id", ticket.article.id());
        body.put("status", ticket.state);
        body.put("status_url", statusUrl(ticket));
        return body;
    }

    private static Map<String, Object> outcome(IngestQueue.Ticket ticket, IngestOutcome outcome) {
        Map<String, Object> body = status(ticket);
        body.put("stored", outcome.stored());
        body.put("events", outcome.events());
        body.put("message", outcome.message());
        return body;
    }

    private void requireToken(Context ctx) {
        if (!token.configured()) {
            throw new ApiException(403, "POST /api/articles is disabled: no API token is configured"
                    + " (serve --token, PARLEY_API_TOKEN, or api.token in parley.properties)");
        }
        if (!token.accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "Authorization: expected 'Bearer TOKEN' with the server's API token");
        }
    }

    private static int rankingLimit(Map<String, String> p) {
        String v = p.get("limit");
        return v == null || v.isBlank() ? DEFAULT_RANKING : FilterParams.integer("limit", v);
    }

    private static Map<String, String> without(Map<String, String> p, String name) {
        Map<String, String> copy = new java.util.HashMap<>(p);
        copy.remove(name);
        return copy;
    }

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType(JSON_TYPE).result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of plain values always serialise", e);
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute("parley.error", Boolean.TRUE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        json(ctx, status, body);
    }

    private static String defaultMessage(int status, Context ctx) {
        return switch (status) {
            case 404 -> "no such endpoint: " + clip(ctx.path()) + " (see /api/openapi.json)";
            case 405 -> "method " + ctx.method() + " is not allowed on " + clip(ctx.path());
            case 413 -> "request body larger than " + MAX_REQUEST_BYTES + " bytes";
            case 400 -> "bad request";
            default -> "internal error";
        };
    }

    private static String openApi() {
        return WebUi.resource("/parley/server/openapi.json");
    }

    private static Set<String> filterOnly() {
        Set<String> s = new HashSet<>(FilterParams.NAMES);
        s.removeAll(List.of("sort", "order", "limit", "offset", "cursor"));
        return s;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
