package parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a reliability probe found: undecodable parameters, errors Jetty answered in HTML, missing headers. */
class ApiHardeningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FixtureServer fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new FixtureServer();
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @CsvSource(delimiter = '|', value = {
            "/api/events?actor=%ZZ|actor",
            "/api/events?actor=RUSGOV%|actor",
            "/api/events?from=%ZZ2024-01-01|from",
            "/api/events?%ZZ=1|parameter name '%ZZ'",
            "/api/events?actor=RUSGOV&actor=%ZZ|actor",
            "/api/events?q=%C3%28|q",
            "/api/events?q=%E9t%E9|q",
            "/api/stats/timeseries?interval=%G1|interval",
            "/api/actors?limit=1%|limit",
            "/api/events/E1?x=%ZZ|x",
    })
    void aParameterThatCannotBeDecodedIsA400NamingIt(String target, String named) throws Exception {
        RawHttp.Answer a = RawHttp.get(fixture.port(), target);
        assertEquals(400, a.status(), target + " -> " + a.body());
        assertTrue(a.header("Content-Type").startsWith("application/json"), a.headers().toString());
        assertTrue(JSON.readTree(a.body()).get("error").asText().startsWith(named), a.body());
    }

    @ParameterizedTest(name = "{index}: {0}")
    @ValueSource(strings = {"/api/events?actor=RUS%47OV", "/api/events?q=Moscou+%C3%A9t%C3%A9",
            "/api/events?actor=RUSGOV&", "/api/events?&&actor=RUSGOV"})
    void goodEscapesAndEmptyPartsAreRead(String target) throws Exception {
        RawHttp.Answer a = RawHttp.get(fixture.port(), target);
        assertEquals(200, a.status(), target + " -> " + a.body());
    }

    @org.junit.jupiter.api.Test
    void anEscapedNameIsTheSameParameter() throws Exception {
        JsonNode plain = JSON.readTree(RawHttp.get(fixture.port(), "/api/events?actor=RUSGOV").body());
        JsonNode escaped = JSON.readTree(RawHttp.get(fixture.port(), "/api/events?%61ctor=RUSGOV").body());
        assertEquals(plain.get("events"), escaped.get("events"));
        assertTrue(plain.get("events").size() < JSON.readTree(RawHttp.get(fixture.port(), "/api/events").body())
                .get("events").size(), "the filter narrows");
    }

    @org.junit.jupiter.api.Test
    void whatJettyRefusesIsJsonToo() throws Exception {
        RawHttp.Answer longUri = RawHttp.get(fixture.port(), "/api/events?q=" + "a".repeat(10_000));
        assertEquals(414, longUri.status(), longUri.body());
        assertJsonError(longUri, 414);
        RawHttp.Answer bigHeader = RawHttp.send(fixture.port(), "GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-Big: " + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n", "");
        assertEquals(431, bigHeader.status(), bigHeader.body());
        assertJsonError(bigHeader, 431);
        RawHttp.Answer nul = RawHttp.get(fixture.port(), "/api/articles/%00");
        assertEquals(400, nul.status(), nul.body());
        assertJsonError(nul, 400);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @ValueSource(strings = {"/api/events", "/api/events/E1", "/api/events?actor=%ZZ", "/api/nothing", "/api/openapi.json"})
    void everyAnswerCarriesTheSecurityHeaders(String target) throws Exception {
        RawHttp.Answer a = RawHttp.get(fixture.port(), target);
        assertEquals("nosniff", a.header("X-Content-Type-Options"), target);
        assertEquals("DENY", a.header("X-Frame-Options"), target);
        assertEquals("no-referrer", a.header("Referrer-Policy"), target);
        assertTrue(a.header("Content-Security-Policy").startsWith("default-src 'none'"), target);
    }

    @org.junit.jupiter.api.Test
    void anIdWithAControlCharacterIsRefusedAndATooLargeTextIsA413() throws Exception {
        RawHttp.Answer nul = post("{\"id\": \"a\\u0000b\", \"text\": \"Leaders met.\"}");
        assertEquals(400, nul.status(), nul.body());
        assertTrue(JSON.readTree(nul.body()).get("error").asText().startsWith("id: holds a control character (U+0000)"),
                nul.body());
        assertEquals(404, RawHttp.get(fixture.port(), "/api/articles/ab").status(), "nothing was stored");
        String big = "Leaders met again. ".repeat(parley.model.Article.MAX_TEXT_BYTES / 19 + 1);
        RawHttp.Answer tooLarge = post("{\"id\": \"big\", \"text\": \"" + big + "\"}");
        assertEquals(413, tooLarge.status(), tooLarge.body());
        assertTrue(JSON.readTree(tooLarge.body()).get("error").asText().startsWith("text: "), tooLarge.body());
    }

    private static RawHttp.Answer post(String json) throws Exception {
        return RawHttp.postArticle(fixture.port(), FixtureServer.TOKEN, json);
    }

    private static void assertJsonError(RawHttp.Answer a, int status) throws Exception {
        assertTrue(a.header("Content-Type").startsWith("application/json"), a.headers() + " " + a.body());
        JsonNode body = JSON.readTree(a.body());
        assertEquals(status, body.get("status").asInt());
        assertNotNull(body.get("error"));
        assertEquals("nosniff", a.header("X-Content-Type-Options"));
    }
}
