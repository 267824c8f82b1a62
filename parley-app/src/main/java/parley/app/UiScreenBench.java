package parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Times the first screen of each page of the web interface: the requests its scripts send to show it (the same
 * paths and parameters as parley/ui/js), sent together as a browser does, from the first to the last answer.
 * The interface's own files (page, scripts, styles, shapes) are timed apart, once: they do not depend on the
 * store, and a browser keeps them after the first page.
 */
final class UiScreenBench {
    /** The view of the map page when it opens: zoom 2, the whole world (the bounds Leaflet gives it). */
    static final String WORLD_VIEW = "-180.0000,-75.0000,180.0000,85.0000";
    static final List<String> INTERFACE_FILES = List.of("/", "/static/app.css", "/static/js/app.js",
            "/static/vendor/leaflet/dist/leaflet.js", "/static/vendor/leaflet/dist/leaflet.css",
            "/static/vendor/topojson-client/dist/topojson-client.min.js", "/static/vendor/world-atlas/countries-110m.json",
            "/static/vendor/i18n-iso-countries/codes.json", "/static/vendor/i18n-iso-countries/langs/en.json",
            "/static/vendor/echarts/dist/echarts.min.js", "/static/vendor/cytoscape/dist/cytoscape.min.js");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final Random random = new Random(7);
    private final List<String> eventIds = new ArrayList<>();
    private final List<String> articleIds = new ArrayList<>();

    UiScreenBench(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Runs {@code rounds} of every screen after one unmeasured round, and prints the table. */
    void run(int rounds) throws Exception {
        collectIds();
        Map<String, Supplier<List<String>>> screens = screens();
        for (Supplier<List<String>> screen : screens.values()) {
            time(screen.get());
        }
        long files = time(INTERFACE_FILES);
        long bytes = 0;
        for (String f : INTERFACE_FILES) {
            bytes += client.send(HttpRequest.newBuilder(URI.create(base + f)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body().length;
        }
        System.out.printf("%nweb interface: its %d files (%,d bytes, page, scripts, styles, shapes) in %.1f ms together%n",
                INTERFACE_FILES.size(), bytes, files / 1000.0);
        System.out.printf("first screen of each page: its API requests sent together, %d rounds%n", rounds);
        System.out.printf("%-28s %9s %9s %9s %9s%n", "page", "requests", "p50 ms", "p95 ms", "max ms");
        for (Map.Entry<String, Supplier<List<String>>> s : screens.entrySet()) {
            List<Long> micros = new ArrayList<>();
            int requests = 0;
            for (int i = 0; i < rounds; i++) {
                List<String> urls = s.getValue().get();
                requests = urls.size();
                micros.add(time(urls));
            }
            long[] v = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%-28s %9d %9.1f %9.1f %9.1f%n", s.getKey(), requests, ApiBenchCommand.pct(v, 50), ApiBenchCommand.pct(v, 95),
                    v[v.length - 1] / 1000.0);
        }
    }

    /** The requests of each page's first screen; filtered variants draw an actor like the event mix does. */
    private Map<String, Supplier<List<String>>> screens() {
        Map<String, Supplier<List<String>>> s = new LinkedHashMap<>();
        s.put("overview /", () -> List.of("/api/codes/cameo", "/api/events?limit=10&count=true",
                "/api/stats/countries", "/api/stats/clusters?bbox=" + WORLD_VIEW + "&zoom=2",
                "/api/stats/timeseries?interval=month"));
        s.put("events", () -> List.of("/api/codes/cameo", "/api/events?limit=25&count=true"));
        s.put("events, actor", () -> List.of("/api/codes/cameo", "/api/events?actor=" + actor() + "&limit=25&count=true"));
        s.put("event", () -> List.of("/api/events/" + pick(eventIds), "/api/codes/cameo"));
        s.put("article", () -> List.of("/api/articles/" + pick(articleIds), "/api/codes/cameo"));
        s.put("map", () -> List.of("/api/stats/countries", "/api/stats/clusters?bbox=" + WORLD_VIEW + "&zoom=2"));
        s.put("map, actor", () -> {
            String a = actor();
            return List.of("/api/stats/countries?actor=" + a, "/api/stats/clusters?actor=" + a + "&bbox=" + WORLD_VIEW
                    + "&zoom=2");
        });
        s.put("map, zoomed in (zoom 6)", () -> {
            double w = -10 + random.nextInt(40);
            double south = 30 + random.nextInt(20);
            return List.of("/api/stats/clusters?bbox=" + enc(w + "," + south + "," + (w + 12) + "," + (south + 6))
                    + "&zoom=6");
        });
        s.put("timeline", () -> List.of("/api/stats/timeseries?interval=month"));
        s.put("timeline, actor by week", () -> List.of("/api/stats/timeseries?actor=" + actor() + "&interval=week"));
        s.put("timeline, dyad by day", () -> List.of("/api/stats/timeseries?dyad=" + actor() + "," + actor()
                + "&either_order=true&interval=day"));
        s.put("network", () -> List.of("/api/network?limit=80"));
        s.put("network, actor", () -> List.of("/api/network?actor=" + actor() + "&limit=80"));
        return s;
    }

    private void collectIds() throws Exception {
        for (int i = 0; i < 5; i++) {
            String url = base + "/api/events?limit=100&from=" + (2016 + 2 * i) + "-03-01";
            JsonNode page = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode e : page.get("events")) {
                eventIds.add(e.get("event_id").asText());
            }
        }
        for (int i = 0; i < 20; i++) {
            String url = base + "/api/events/" + eventIds.get(random.nextInt(eventIds.size()));
            JsonNode e = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            articleIds.add(e.get("mentions").get(0).get("article_id").asText());
        }
    }

    /** Sends the requests together and returns the microseconds until the last answer; any non-200 is an error. */
    private long time(List<String> paths) {
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (String p : paths) {
            answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base + p)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < paths.size(); i++) {
            HttpResponse<String> r = answers.get(i).join();
            if (r.statusCode() != 200) {
                throw new IllegalStateException(paths.get(i) + " answered " + r.statusCode() + ": " + r.body());
            }
        }
        return (System.nanoTime() - start) / 1000;
    }

    private String actor() {
        List<String> actors = SyntheticEvents.actorCodes();
        return actors.get((int) (actors.size() * Math.pow(random.nextDouble(), 2)));
    }

    private String pick(List<String> ids) {
        return enc(ids.get(random.nextInt(ids.size())));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
