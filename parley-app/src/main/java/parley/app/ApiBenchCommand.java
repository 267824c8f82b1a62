package parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import parley.server.ApiToken;
import parley.server.ParleyServer;
import parley.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-api", mixinStandardHelpOptions = true,
        description = {"Measures the HTTP API's latency: generates a store of synthetic events (or reuses --db),"
                + " starts the server, sends GET /api/events requests with mixed filters one after the other, and"
                + " reports p50/p95/p99 latency overall and per kind of request; then times the first screen of each"
                + " page of the web interface (the API requests it sends together)."})
final class ApiBenchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--events", defaultValue = "1000000", description = "Events to generate (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--requests", defaultValue = "3000", description = "Measured requests (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", defaultValue = "300", description = "Unmeasured requests first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--ui-rounds", defaultValue = "30",
            description = "Times each web page's first screen this many times (default: ${DEFAULT-VALUE}; 0: not at all).")
    int uiRounds;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Store to use: generated there when missing, reused when present (default: a temporary file, deleted after).")
    Path db;

    @Option(names = "--query-threads", paramLabel = "N",
            description = "DuckDB threads per query (default: one per core; 1 steadies latency on a busy machine).")
    Integer queryThreads;

    @Override
    public Integer call() throws Exception {
        if (queryThreads != null && (queryThreads < 1 || queryThreads > ParleyServer.MAX_QUERY_THREADS)) {
            System.err.println("parley bench-api: --query-threads: expected 1 to " + ParleyServer.MAX_QUERY_THREADS + ", got "
                    + queryThreads);
            return 2;
        }
        Path file = db;
        Path tempDir = null;
        if (file == null) {
            tempDir = Files.createTempDirectory("parley-bench-api");
            file = tempDir.resolve("bench.duckdb");
        }
        boolean generate = !Files.exists(file);
        try (Database database = Database.open(file)) {
            if (generate) {
                long t0 = System.nanoTime();
                SyntheticEvents.fill(database.connection(), events);
                System.out.printf("generated %,d events, %,d mentions, %,d articles in %.1f s%n",
                        SyntheticEvents.count(database.connection(), "events"),
                        SyntheticEvents.count(database.connection(), "mentions"),
                        SyntheticEvents.count(database.connection(), "articles"), (System.nanoTime() - t0) / 1e9);
            } else {
                System.out.printf("reusing %s: %,d events%n", file, SyntheticEvents.count(database.connection(), "events"));
            }
            try (ParleyServer server = new ParleyServer(database.connection(), null, ApiToken.of(null))) {
                if (queryThreads != null) {
                    server.queryThreads(queryThreads);
                }
                server.start("127.0.0.1", 0);
                if (requests > 0) {
                    run(server.port());
                }
                if (uiRounds > 0) {
                    new UiScreenBench(server.port()).run(uiRounds);
                }
            }
        } finally {
            if (tempDir != null) {
                try (var files = Files.list(tempDir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(tempDir);
            }
        }
        return 0;
    }

    private void run(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Random random = new Random(42);
        String base = "http://127.0.0.1:" + port + "/api/events?";
        String[] cursor = {null, null}; // the last next_cursor, and the query that gave it
        for (int i = 0; i < warmup; i++) {
            send(client, base + query(random, cursor).query);
        }
        Map<String, List<Long>> byKind = new TreeMap<>();
        List<Long> all = new ArrayList<>();
        long totalMatched = 0;
        long counted = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            Request r = query(random, cursor);
            long start = System.nanoTime();
            JsonNode body = send(client, base + r.query);
            long micros = (System.nanoTime() - start) / 1000;
            all.add(micros);
            byKind.computeIfAbsent(r.kind, k -> new ArrayList<>()).add(micros);
            if (!body.get("total").isNull()) { // pages after a cursor are not counted
                totalMatched += body.get("total").asLong();
                counted++;
            }
            cursor[0] = body.get("next_cursor").isNull() ? null : body.get("next_cursor").asText();
            cursor[1] = r.kind.equals("next page by cursor") ? cursor[1] : r.query;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%,d requests in %.1f s (%.0f/s, one client), mean total matched %,d%n", requests, secs,
                requests / secs, totalMatched / Math.max(1, counted));
        System.out.printf("%-28s %7s %9s %9s %9s %9s%n", "request", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (Map.Entry<String, List<Long>> e : byKind.entrySet()) {
            row(e.getKey(), e.getValue());
        }
        row("all", all);
    }

    private static void row(String name, List<Long> micros) {
        long[] v = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-28s %7d %9.1f %9.1f %9.1f %9.1f%n", name, v.length, pct(v, 50), pct(v, 95), pct(v, 99),
                v[v.length - 1] / 1000.0);
    }

    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }

    private static JsonNode send(HttpClient client, String url) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private record Request(String kind, String query) {
    }

    /** One request of a mix of the filters people use, with values drawn like the generated data. */
    private static Request query(Random random, String[] cursor) {
        List<String> actors = SyntheticEvents.actorCodes();
        String actor = actors.get((int) (actors.size() * Math.pow(random.nextDouble(), 2)));
        String other = actors.get((int) (actors.size() * Math.pow(random.nextDouble(), 2)));
        String country = SyntheticEvents.COUNTRIES[random.nextInt(SyntheticEvents.COUNTRIES.length)];
        String root = String.format("%02d", 1 + random.nextInt(20));
        LocalDate from = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3300));
        Map<String, String> p = new LinkedHashMap<>();
        String kind;
        switch (random.nextInt(11)) {
            case 0 -> kind = "latest (no filter)";
            case 1 -> {
                kind = "actor";
                p.put("actor", actor);
            }
            case 2 -> {
                kind = "dyad, either order";
                p.put("dyad", actor + "," + other);
                p.put("either_order", "true");
            }
            case 3 -> {
                kind = "root + one year";
                p.put("root", root);
                p.put("from", from.toString());
                p.put("to", from.plusYears(1).toString());
            }
            case 4 -> {
                kind = "country + quad_class";
                p.put("country", country);
                p.put("quad_class", Integer.toString(1 + random.nextInt(4)));
            }
            case 5 -> {
                kind = "cameo prefix, by goldstein";
                p.put("cameo", root + random.nextInt(8));
                p.put("sort", "goldstein");
                p.put("order", "asc");
            }
            case 6 -> {
                kind = "bbox";
                double w = -180 + random.nextInt(300);
                double s = -55 + random.nextInt(100);
                p.put("bbox", w + "," + s + "," + (w + 30) + "," + (s + 20));
            }
            case 7 -> {
                kind = "words in evidence";
                p.put("q", SyntheticEvents.TOPICS[random.nextInt(SyntheticEvents.TOPICS.length)] + " "
                        + SyntheticEvents.COUNTRIES[random.nextInt(SyntheticEvents.COUNTRIES.length)]);
                p.put("from", from.toString());
                p.put("to", from.plusMonths(6).toString());
            }
            case 8 -> {
                kind = "lang + min_sources, by sources";
                p.put("lang", random.nextBoolean() ? "fr" : "en");
                p.put("min_sources", "2");
                p.put("sort", "num_sources");
            }
            case 9 -> {
                kind = "source/target country, offset";
                p.put("source_country", country);
                p.put("target_country", SyntheticEvents.COUNTRIES[random.nextInt(SyntheticEvents.COUNTRIES.length)]);
                p.put("offset", Integer.toString(random.nextInt(5) * 20));
            }
            default -> {
                // The next page of the previous query: its filters again, the cursor instead of its offset.
                kind = "next page by cursor";
                if (cursor[0] != null) {
                    for (String pair : cursor[1].split("&")) {
                        String[] kv = pair.split("=", 2);
                        if (!kv[0].equals("offset") && !kv[0].equals("limit")) {
                            p.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                        }
                    }
                    p.put("cursor", cursor[0]);
                } else {
                    kind = "latest (no filter)";
                }
            }
        }
        if (!kind.equals("next page by cursor")) {
            p.put("limit", Integer.toString(Arrays.asList(20, 50, 100).get(random.nextInt(3))));
        } else {
            p.put("limit", "50");
        }
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, String> e : p.entrySet()) {
            q.append(q.length() == 0 ? "" : "&").append(e.getKey()).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return new Request(kind, q.toString());
    }
}
