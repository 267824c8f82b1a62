package parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the web interface needs from the server, over real HTTP on the {@link StoreFixture} store (the server of
 * {@link ApiServerTest}): its page and files with their security headers, and the aggregates its map, timeline
 * and event pages read. The pages themselves are tested in a browser (parley-app's WebUiBrowserTest).
 */
class WebUiTest {
    @BeforeAll
    static void start() throws Exception {
        ApiServerTest.start();
    }

    @AfterAll
    static void stop() throws Exception {
        ApiServerTest.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/events?actor=RUSGOV", "/event/E1", "/article/a1", "/map", "/timeline", "/network"})
    void everyPagePathAnswersTheSinglePageWithAPolicyThatForbidsInlineScripts(String path) throws Exception {
        HttpResponse<String> r = ApiServerTest.get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        assertTrue(r.body().contains("<script type=\"module\" src=\"/static/js/app.js\"></script>"), r.body());
        String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
        String scripts = policy.replaceAll(".*script-src ([^;]*);.*", "$1");
        assertEquals("'self'", scripts, policy);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
        assertFalse(r.body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "an inline script in the page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/js/app.js", "/static/app.css", "/static/vendor/leaflet/dist/leaflet.js",
            "/static/vendor/echarts/dist/echarts.min.js", "/static/vendor/cytoscape/dist/cytoscape.min.js",
            "/static/vendor/topojson-client/dist/topojson-client.min.js",
            "/static/vendor/world-atlas/countries-110m.json", "/static/vendor/i18n-iso-countries/codes.json",
            "/static/vendor/i18n-iso-countries/langs/fr.json"})
    void everyScriptStyleAndShapeComesFromTheJar(String path) throws Exception {
        HttpResponse<String> r = ApiServerTest.get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.body().length() > 100, path);
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self';"), path);
    }

    @Test
    void noPageOrFileOutsideTheInterfaceIsServed() throws Exception {
        assertEquals(404, ApiServerTest.get("/static/../parley/server/openapi.json").statusCode());
        assertEquals(404, ApiServerTest.get("/static/nothing.js").statusCode());
        HttpResponse<String> api = ApiServerTest.get("/api/nothing");
        assertEquals(404, api.statusCode());
        assertTrue(api.body().contains("no such endpoint"), api.body());
    }

    @Test
    void clustersGroupTheLocatedEventsOnAGridSizedByZoom() throws Exception {
        // Asserted located events: E1 Istanbul (QuadClass 1), E2 Kharkiv (4), E5 Brussels (4); E4 Paris is negated.
        JsonNode world = ApiServerTest.ok("/api/stats/clusters?zoom=0").get("clusters");
        assertEquals(1, world.size(), world.toString());
        assertEquals(3, world.get(0).get("events").asInt());
        assertEquals("[1,0,0,2]", world.get(0).get("quad_classes").toString());
        assertFalse(world.get(0).get("single_place").asBoolean(), "three places in one cell");

        JsonNode close = ApiServerTest.ok("/api/stats/clusters?zoom=4").get("clusters");
        List<String> places = new ArrayList<>();
        close.forEach(c -> places.add(c.get("place").asText() + " " + c.get("events").asInt()));
        assertEquals(3, close.size(), close.toString());
        assertTrue(places.containsAll(List.of("Istanbul 1", "Kharkiv 1", "Brussels 1")), places.toString());
        JsonNode kharkiv = ApiServerTest.ok("/api/stats/clusters?zoom=4&bbox=30,45,40,55").get("clusters");
        assertEquals(1, kharkiv.size(), kharkiv.toString());
        assertEquals(49.99, kharkiv.get(0).get("lat").asDouble(), 1e-9);
        assertEquals(-10.0, kharkiv.get(0).get("goldstein_sum").asDouble(), 1e-9);
        assertTrue(kharkiv.get(0).get("single_place").asBoolean());
        assertEquals("[0,0,0,1]", kharkiv.get(0).get("quad_classes").toString());

        JsonNode all = ApiServerTest.ok("/api/stats/clusters?zoom=0&mode=all").get("clusters");
        assertEquals(4, all.get(0).get("events").asInt(), "with the negated event in Paris");
    }

    @Test
    void clustersRefuseABadZoomByName() throws Exception {
        for (String zoom : new String[] {"-1", "19", "x"}) {
            HttpResponse<String> r = ApiServerTest.get("/api/stats/clusters?zoom=" + zoom);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("zoom:"), r.body());
        }
        assertEquals(400, ApiServerTest.get("/api/stats/clusters?limit=5").statusCode(), "not a parameter of clusters");
    }

    @Test
    void countriesCountTheEventsPlacedInEach() throws Exception {
        JsonNode rows = ApiServerTest.ok("/api/stats/countries").get("countries");
        List<String> got = new ArrayList<>();
        rows.forEach(r -> got.add(r.get("country").asText() + " " + r.get("events").asInt() + " " + r.get("quad_classes")));
        assertEquals(List.of("BEL 1 [0,0,0,1]", "TUR 1 [1,0,0,0]", "UKR 1 [0,0,0,1]"), got);
        JsonNode russian = ApiServerTest.ok("/api/stats/countries?actor=RUSMIL").get("countries");
        assertEquals(2, russian.size(), russian.toString());
    }

    @Test
    void theTimeSeriesSplitsCooperationFromConflict() throws Exception {
        // RUSGOV: E1 consult (QuadClass 1, +4) in May 2024, E3 accuse (3, -2) in December 2023; E6 is undated.
        JsonNode series = ApiServerTest.ok("/api/stats/timeseries?actor=RUSGOV&interval=month").get("series");
        assertEquals(2, series.size(), series.toString());
        JsonNode december = series.get(0);
        assertEquals("2023-12-01", december.get("period").asText());
        assertEquals(0, december.get("cooperation_events").asInt());
        assertEquals(1, december.get("conflict_events").asInt());
        assertEquals(-2.0, december.get("conflict_goldstein_sum").asDouble(), 1e-9);
        assertEquals(0.0, december.get("cooperation_goldstein_sum").asDouble(), 1e-9);
        JsonNode may = series.get(1);
        assertEquals(1, may.get("cooperation_events").asInt());
        assertEquals(4.0, may.get("cooperation_goldstein_sum").asDouble(), 1e-9);
        assertEquals(0, may.get("conflict_events").asInt());
    }

    @Test
    void theOpenApiDocumentDescribesTheInterfacesEndpoints() throws Exception {
        JsonNode paths = ApiServerTest.ok("/api/openapi.json").get("paths");
        for (String path : new String[] {"/api/stats/clusters", "/api/stats/countries", "/api/codes/cameo"}) {
            assertTrue(paths.has(path), path);
        }
        JsonNode series = paths.get("/api/stats/timeseries").get("get").get("responses").get("200").get("content")
                .get("application/json").get("schema").get("properties").get("series").get("items").get("properties");
        assertTrue(series.has("cooperation_events") && series.has("conflict_goldstein_sum"), series.toString());
    }

    @Test
    void theCodebookNamesEveryCode() throws Exception {
        JsonNode codes = ApiServerTest.ok("/api/codes/cameo").get("codes");
        assertTrue(codes.size() > 300, "codes: " + codes.size());
        JsonNode fight = null;
        for (JsonNode c : codes) {
            if (c.get("code").asText().equals("190")) {
                fight = c;
            }
        }
        assertTrue(fight != null && fight.get("quad_class").asInt() == 4 && !fight.get("name").asText().isBlank(),
                String.valueOf(fight));
        assertEquals("01", codes.get(0).get("code").asText(), "in code order");
    }
}
