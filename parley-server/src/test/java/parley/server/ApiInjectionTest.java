package parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.store.Database;
import parley.store.query.FilterParams;

/**
 * Hostile values in every parameter of every endpoint: each answer is a 400 or a 200 that holds only the rows
 * the value literally asks for (none, except words that really occur), never a 500; and the store is intact after.
 */
class ApiInjectionTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final List<String> PAYLOADS = List.of("' OR 1=1 --", "1; DROP TABLE events", "RUSGOV' --", "%", "_", "RUS%",
            "\\", "\" OR \"\"=\"", "1 OR 1=1", "ünïcødé 中文 🚀", "\u0000", "-1", "99999999999999999999",
            "2024-01-01'; DELETE FROM events; --", "x".repeat(3000), "NaN", "1e309", "', '", "*/ SELECT 1 /*");
    static Database db;
    static ParleyServer server;

    @BeforeAll
    static void start() throws Exception {
        db = Database.inMemory();
        StoreFixture.fill(db.connection());
        server = new ParleyServer(db.connection(), null, ApiToken.of(null)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        db.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void hostileValuesInEveryEventsParameterAre400OrMatchNothingElse() throws Exception {
        List<String> params = new ArrayList<>(FilterParams.NAMES);
        for (String param : params) {
            for (String payload : PAYLOADS) {
                String url = "/api/events?" + param + "=" + URLEncoder.encode(payload, StandardCharsets.UTF_8)
                        + (param.equals("either_order") ? "&dyad=A,B" : "");
                HttpResponse<String> r = get(url);
                String where = param + "=" + payload.substring(0, Math.min(30, payload.length()));
                assertTrue(r.statusCode() == 400 || r.statusCode() == 200, where + " -> " + r.statusCode() + " " + r.body());
                JsonNode body = JSON.readTree(r.body());
                if (r.statusCode() == 400) {
                    assertTrue(body.get("error").asText().startsWith(param), where + ": " + body.get("error"));
                    continue;
                }
                List<String> ids = new ArrayList<>();
                body.get("events").forEach(e -> ids.add(e.get("event_id").asText()));
                assertEquals(expected(param, payload), ids, where);
            }
        }
        assertStoreIntact();
    }

    /** What a 200 may hold: only the events whose evidence really contains every word, for q; else nothing. */
    private static List<String> expected(String param, String payload) {
        if (!param.equals("q")) {
            return List.of();
        }
        List<String> words = List.of(payload.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        List<String> out = new ArrayList<>();
        for (String id : StoreFixture.ASSERTED_BY_DATE) {
            for (String s : StoreFixture.SENTENCES.get(id)) {
                if (words.stream().allMatch(w -> s.toLowerCase(Locale.ROOT).contains(w))) {
                    out.add(id);
                    break;
                }
            }
        }
        return out;
    }

    @Test
    void hostileValuesInOtherEndpointsAndPathsNeverFail() throws Exception {
        for (String payload : PAYLOADS) {
            String v = URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
            for (String url : new String[] {"/api/stats/timeseries?interval=" + v, "/api/stats/timeseries?actor=" + v,
                    "/api/actors?limit=" + v, "/api/actors?country=" + v, "/api/network?q=" + v,
                    "/api/network?limit=" + v}) {
                HttpResponse<String> r = get(url);
                assertTrue(r.statusCode() == 400 || r.statusCode() == 200, url + " -> " + r.statusCode() + " " + r.body());
                if (r.statusCode() == 200 && !url.contains("q=")) {
                    JsonNode body = JSON.readTree(r.body());
                    JsonNode list = body.has("series") ? body.get("series") : body.has("actors") ? body.get("actors")
                            : body.get("edges");
                    assertEquals(0, list.size(), url);
                }
            }
            for (String path : new String[] {"/api/events/", "/api/articles/"}) {
                HttpResponse<String> r = get(path + v);
                assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + payload + " -> " + r.statusCode());
            }
        }
        HttpResponse<String> huge = get("/api/events?q=" + "y".repeat(20_000));
        assertTrue(huge.statusCode() >= 400 && huge.statusCode() < 500, "a 20 kB query string: " + huge.statusCode());
        assertStoreIntact();
    }

    private static void assertStoreIntact() throws Exception {
        for (Map.Entry<String, Integer> t : Map.of("events", 7, "mentions", 10, "articles", 3).entrySet()) {
            try (ResultSet rs = db.connection().createStatement().executeQuery("SELECT count(*) FROM " + t.getKey())) {
                rs.next();
                assertEquals(t.getValue(), rs.getInt(1), t.getKey() + " still holds every row");
            }
        }
    }
}
