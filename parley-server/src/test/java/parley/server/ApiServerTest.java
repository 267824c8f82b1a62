package parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import parley.store.Database;

/** The HTTP API over real HTTP on a free port, on a real DuckDB store holding {@link StoreFixture}. */
class ApiServerTest {
    static final String TOKEN = "s3cret-token";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static Database db;
    static ParleyServer server;

    @BeforeAll
    static void start() throws Exception {
        db = Database.inMemory();
        StoreFixture.fill(db.connection());
        server = new ParleyServer(db.connection(), new ArticleRowIngest(db.connection()), ApiToken.of(TOKEN))
                .start("127.0.0.1", 0);
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

    static JsonNode ok(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), pathAndQuery + " -> " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("events").forEach(e -> ids.add(e.get("event_id").asText()));
        return ids;
    }

    static Set<String> idSet(String query) throws Exception {
        JsonNode page = ok("/api/events?" + query);
        Set<String> ids = new TreeSet<>(ids(page));
        assertEquals(ids.size(), page.get("total").asInt(), "total counts the same events as the page (" + query + ")");
        return ids;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @CsvSource(delimiter = '|', value = {
            "''|E1 E2 E3 E5 E6 E7",
            "actor=RUSGOV|E1 E3 E6",
            "actor=rusgov|E1 E3 E6",
            "source=RUSGOV|E1",
            "target=RUSGOV|E3 E6",
            "country=UKR|E1 E2 E6",
            "source_country=RUS|E1 E2",
            "target_country=UKR|E1 E2",
            "org=NATO|E5",
            "source_org=UNO|E3",
            "target_org=UNO|''",
            "dyad=RUSGOV,UKRGOV|E1",
            "dyad=RUSGOV,UKRGOV&either_order=true|E1 E6",
            "dyad=UKRGOV,RUSGOV|E6",
            "cameo=19|E2",
            "cameo=03|E1 E6",
            "cameo=0361|''",
            "root=3|E1 E6",
            "root=19|E2",
            "quad_class=4|E2 E5",
            "from=2024-01-01|E1 E2",
            "to=2023-12-31|E3 E5 E7",
            "from=2022-01-01&to=2023-12-31|E3 E5",
            "lang=fr|E1 E2",
            "lang=en|E1 E3 E5 E6 E7",
            "lang=de|''",
            "bbox=20,40,40,55|E1 E2",
            "bbox=170,-10,10,60|E5",
            "q=istanbul|E1",
            "q=ISTANBUL russian|E1",
            "q=russian kharkiv|''",
            "q=bombardé|E2",
            "q=bombarde|E2",
            "q=BOMBARDÉ kharkiv|E2",
            "q=istan|''",
            "q=l'armée|E2",
            "q=100%|E7",
            "q=sure_thing|E7",
            "q=thing washington|E7",
            "q=moscow|E3 E6",
            "q=moscow accused|E3",
            "min_sources=2|E1 E5",
            "min_sources=3|E5",
            "mode=negated|E4",
            "mode=all|E1 E2 E3 E4 E5 E6 E7",
            "mode=all&source_country=FRA|E4",
            "actor=RUSGOV&quad_class=1&lang=en|E1 E6",
    })
    void everyFilterReturnsExactlyItsEvents(String query, String expected) throws Exception {
        Set<String> want = new TreeSet<>(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
        StringBuilder encoded = new StringBuilder();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                encoded.append(encoded.length() == 0 ? "" : "&").append(kv[0]).append('=').append(enc(kv[1]));
            }
        }
        assertEquals(want, idSet(encoded.toString()));
    }

    @Test
    void aBoxAcrossTheAntimeridianKeepsOnlyWhatIsInside() throws Exception {
        assertEquals(Set.of("E5"), idSet("bbox=170,45,5,55"), "Brussels (4.35 E) is inside 170 E .. 5 E");
        assertEquals(Set.of(), idSet("bbox=170,45,4,55"), "but not inside 170 E .. 4 E");
    }

    @Test
    void eventsComeInDateOrderUndatedLastAndPagesSplitThem() throws Exception {
        assertEquals(StoreFixture.ASSERTED_BY_DATE, ids(ok("/api/events")));
        List<String> asc = ids(ok("/api/events?order=asc"));
        assertEquals(List.of("E7", "E5", "E3", "E1", "E2", "E6"), asc, "ascending: oldest first, undated still last");
        JsonNode page = ok("/api/events?limit=2&offset=2&count=true");
        assertEquals(List.of("E3", "E5"), ids(page));
        assertEquals(6, page.get("total").asInt());
        assertEquals(2, page.get("limit").asInt());
        assertEquals(2, page.get("offset").asInt());
    }

    @Test
    void onePageAtEveryOffsetIsTheSameAsTheWholeList() throws Exception {
        for (String order : new String[] {"desc", "asc"}) {
            // Either-or filters (actor, country, org, dyad in either order) page a union of branches
            // (EventSql.branches), each keeping offset + limit rows; the others page one query.
            for (String filter : new String[] {"", "&lang=en", "&from=2022-01-01", "&to=2023-12-31", "&mode=all",
                    "&q=moscow", "&dyad=RUSGOV,UKRGOV&either_order=true", "&mode=all&q=the", "&actor=RUSGOV",
                    "&mode=all&country=UKR", "&actor=RUSGOV&country=RUS&sort=goldstein", "&org=UNO&mode=all",
                    "&mode=all&sort=num_sources"}) {
                List<String> all = ids(ok("/api/events?limit=1000&order=" + order + filter));
                for (int offset = 0; offset <= all.size(); offset++) {
                    JsonNode page = ok("/api/events?limit=1&count=true&offset=" + offset + "&order=" + order + filter);
                    String where = "offset " + offset + " order " + order + filter;
                    assertEquals(offset < all.size() ? List.of(all.get(offset)) : List.of(), ids(page), where);
                    assertEquals(all.size(), page.get("total").asInt(), where);
                }
            }
        }
    }

    @Test
    void theTotalIsGivenWhenThePageTellsItOrWhenAsked() throws Exception {
        assertEquals(6, ok("/api/events").get("total").asInt(), "a first page that is not full holds every match");
        assertEquals(6, ok("/api/events?limit=2&offset=5").get("total").asInt(), "so does a page by offset that is not full");
        JsonNode first = ok("/api/events?limit=2");
        assertTrue(first.get("total").isNull(), "a full page is not counted unless asked: " + first);
        assertEquals(6, ok("/api/events?limit=2&count=true").get("total").asInt());
        assertTrue(ok("/api/events?limit=2&offset=9").get("total").isNull(), "an empty page past the end tells nothing");
        String cursor = enc(first.get("next_cursor").asText());
        JsonNode next = ok("/api/events?limit=2&cursor=" + cursor);
        assertTrue(next.get("total").isNull(), "nor a page after a cursor: " + next);
        assertEquals(List.of("E3", "E5"), ids(next), "but it is the right page");
        assertEquals(6, ok("/api/events?limit=2&count=true&cursor=" + cursor).get("total").asInt());
        assertTrue(ok("/api/events?limit=2&count=false").get("total").isNull());
        assertEquals(2, ok("/api/events?actor=RUSGOV&root=3&count=1").get("total").asInt());
        JsonNode words = ok("/api/events?q=moscow&limit=1&order=asc&count=true");
        assertEquals(2, words.get("total").asInt());
        JsonNode wordsNext = ok("/api/events?q=moscow&limit=1&count=true&cursor=" + enc(words.get("next_cursor").asText()));
        assertEquals(2, wordsNext.get("total").asInt());
        assertEquals(List.of("E6"), ids(wordsNext));
        assertEquals(400, get("/api/events?count=maybe").statusCode());
    }

    @Test
    void queryThreadsSetsDuckDbsThreadsAndRefusesNonsense() throws Exception {
        server.queryThreads(1);
        try (var rs = db.connection().createStatement().executeQuery("SELECT current_setting('threads')")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
        assertEquals(StoreFixture.ASSERTED_BY_DATE, ids(ok("/api/events")), "the same answers on one thread");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> server.queryThreads(0));
        server.queryThreads(2);
        try (var rs = db.connection().createStatement().executeQuery("SELECT current_setting('threads')")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
        }
    }

    @Test
    void sortsByGoldsteinSourcesAndMentions() throws Exception {
        assertEquals(List.of("E2", "E5", "E3", "E7", "E1", "E6"), ids(ok("/api/events?sort=goldstein&order=asc")),
                "ties (E1, E6 at 4.0) broken by date, undated E6 last");
        assertEquals("E5", ids(ok("/api/events?sort=num_sources")).get(0));
        assertEquals("E5", ids(ok("/api/events?sort=num_mentions&order=desc")).get(0));
        assertEquals(List.of("E1", "E6"), ids(ok("/api/events?sort=goldstein&order=desc&limit=2")),
                "undated E6 after E1 in both directions");
    }

    @Test
    void cursorsWalkThroughEveryEventOnceInEverySortOrder() throws Exception {
        for (String sort : new String[] {"date&order=desc", "date&order=asc", "goldstein&order=asc", "num_sources",
                "goldstein&order=desc", "num_mentions&order=asc", "num_sources&mode=all", "num_sources&order=asc&mode=all",
                "date&actor=RUSGOV&mode=all", "num_sources&order=asc&country=UKR&mode=all"}) {
            List<String> all = ids(ok("/api/events?limit=1000&sort=" + sort));
            List<String> walked = new ArrayList<>();
            String cursor = null;
            for (int guard = 0; guard < 10; guard++) {
                JsonNode page = ok("/api/events?limit=2&sort=" + sort + (cursor == null ? "" : "&cursor=" + enc(cursor)));
                walked.addAll(ids(page));
                cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
                if (cursor == null) {
                    break;
                }
            }
            assertEquals(all, walked, "sort=" + sort);
        }
        JsonNode first = ok("/api/events?limit=2");
        JsonNode next = ok("/api/events?cursor=" + enc(first.get("next_cursor").asText()) + "&limit=2");
        assertEquals(List.of("E3", "E5"), ids(next), "a cursor alone keeps the order it was made in");
        HttpResponse<String> mixed = get("/api/events?sort=goldstein&cursor=" + enc(first.get("next_cursor").asText()));
        assertEquals(400, mixed.statusCode());
        assertTrue(mixed.body().contains("cursor"));
    }

    @Test
    void oneEventCarriesItsMentionsWithTheirArticles() throws Exception {
        JsonNode e = ok("/api/events/E1");
        assertEquals("RUSGOV", e.get("source").get("code").asText());
        assertEquals("UKRGOV", e.get("target").get("code").asText());
        assertEquals("Istanbul", e.get("location").get("name").asText());
        assertEquals(List.of("en", "fr"), List.of(e.get("langs").get(0).asText(), e.get("langs").get(1).asText()));
        assertEquals("2024-05-16T08:00:00", e.get("first_seen").asText());
        assertEquals(2, e.get("mentions").size());
        JsonNode m = e.get("mentions").get(0);
        assertEquals("a1", m.get("article_id").asText());
        assertEquals("AFP", m.get("outlet").asText());
        assertEquals("https://afp.example/a1", m.get("url").asText());
        assertTrue(ok("/api/events/E3").get("location").isNull());
        assertTrue(ok("/api/events/E2").get("target").get("sector").isNull());
    }

    @Test
    void theIdOfAnEventMergedIntoAnotherIsAnsweredWithWhereItWent() throws Exception {
        HttpResponse<String> r = get("/api/events/E0");
        assertEquals(301, r.statusCode(), r.body());
        assertEquals("/api/events/E1", r.headers().firstValue("Location").orElse(""));
        JsonNode body = JSON.readTree(r.body());
        assertEquals("E1", body.get("moved_to").asText());
        assertTrue(body.get("error").asText().contains("merged into E1"), r.body());
        HttpResponse<String> followed = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/events/E0")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, followed.statusCode());
        assertEquals("E1", JSON.readTree(followed.body()).get("event_id").asText(), followed.body());
    }

    @Test
    void oneArticleGivesItsTextAndTheOffsetsOfItsEvents() throws Exception {
        JsonNode a = ok("/api/articles/a1");
        String text = a.get("text").asText();
        assertEquals(StoreFixture.A1_TITLE + "\n\n" + StoreFixture.A1_BODY, text);
        assertEquals(2, a.get("events").size());
        for (JsonNode m : a.get("events")) {
            String evidence = text.substring(m.get("start").asInt(), m.get("end").asInt());
            assertTrue(StoreFixture.SENTENCES.get(m.get("event_id").asText()).contains(evidence), evidence);
        }
        assertEquals(List.of("E1", "E6"), List.of(a.get("events").get(0).get("event_id").asText(),
                a.get("events").get(1).get("event_id").asText()));
    }

    @Test
    void timeseriesCountsAndSumsPerPeriod() throws Exception {
        JsonNode t = ok("/api/stats/timeseries?actor=RUSGOV&interval=month");
        assertEquals("month", t.get("interval").asText());
        JsonNode s = t.get("series");
        assertEquals(2, s.size(), "E6 has no date: left out");
        assertEquals("2023-12-01", s.get(0).get("period").asText());
        assertEquals(1, s.get(0).get("events").asInt());
        assertEquals(-2.0, s.get(0).get("goldstein_sum").asDouble());
        assertEquals("2024-05-01", s.get(1).get("period").asText());
        JsonNode year = ok("/api/stats/timeseries?interval=year&mode=all").get("series");
        assertEquals("2024-01-01", year.get(year.size() - 1).get("period").asText());
        assertEquals(3, year.get(year.size() - 1).get("events").asInt(), "E1, E2 and negated E4 in 2024");
        assertEquals(2.0, year.get(year.size() - 1).get("goldstein_sum").asDouble());
        JsonNode dyadWeeks = ok("/api/stats/timeseries?dyad=RUSMIL,UKR&interval=week").get("series");
        assertEquals("2024-05-13", dyadWeeks.get(0).get("period").asText(), "weeks start on Monday");
    }

    @Test
    void actorsAreRankedByTheirEvents() throws Exception {
        JsonNode actors = ok("/api/actors?limit=3").get("actors");
        assertEquals(3, actors.size());
        JsonNode top = actors.get(0);
        assertEquals("RUSGOV", top.get("code").asText());
        assertEquals(3, top.get("events").asInt());
        assertEquals(1, top.get("as_source").asInt());
        assertEquals(2, top.get("as_target").asInt());
        assertEquals("RUSMIL", ok("/api/actors?quad_class=4").get("actors").get(0).get("code").asText(),
                "E2 as source and E5 as target");
    }

    @Test
    void networkGivesWeightedDirectedDyads() throws Exception {
        JsonNode edges = ok("/api/network").get("edges");
        assertEquals(6, edges.size(), "one edge per asserted event here, all with a target");
        JsonNode russia = ok("/api/network?actor=RUSGOV").get("edges");
        assertEquals(3, russia.size());
        JsonNode first = russia.get(0);
        assertEquals(1, first.get("weight").asInt());
        assertTrue(first.has("goldstein_mean"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/events?limit=0|limit",
            "/api/events?limit=1001|limit",
            "/api/events?limit=ten|limit",
            "/api/events?offset=-1|offset",
            "/api/events?quad_class=5|quad_class",
            "/api/events?from=2024-13-01|from",
            "/api/events?from=2024-05-01&to=2024-01-01|from",
            "/api/events?sort=name|sort",
            "/api/events?order=up|order",
            "/api/events?root=21|root",
            "/api/events?cameo=1a|cameo",
            "/api/events?lang=french|lang",
            "/api/events?bbox=1,2,3|bbox",
            "/api/events?bbox=0,80,10,70|bbox",
            "/api/events?min_sources=0|min_sources",
            "/api/events?mode=maybe|mode",
            "/api/events?dyad=RUSGOV|dyad",
            "/api/events?either_order=true|either_order",
            "/api/events?cursor=bm90IGEgY3Vyc29y|cursor",
            "/api/events?offset=2&cursor=abc|cursor",
            "/api/events?acter=RUSGOV|acter",
            "/api/events?count=maybe|count",
            "/api/actors?count=true|count",
            "/api/events?q=%25_|q",
            "/api/events?actor=RUSGOV&actor=UKRGOV|actor",
            "/api/stats/timeseries?interval=hour|interval",
            "/api/stats/timeseries?sort=date|sort",
            "/api/actors?limit=5000|limit",
            "/api/network?offset=3|offset",
            "/api/events/E1?x=1|x",
    })
    void badParametersAre400sNamingTheParameter(String url, String parameter) throws Exception {
        HttpResponse<String> r = get(url);
        assertEquals(400, r.statusCode(), url + " -> " + r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(400, body.get("status").asInt());
        assertTrue(body.get("error").asText().startsWith(parameter), body.get("error").asText());
    }

    @Test
    void unknownThingsAre404AndWrongMethods405InJson() throws Exception {
        for (String url : new String[] {"/api/events/nope", "/api/articles/nope", "/api/nothing-here"}) {
            HttpResponse<String> r = get(url);
            assertEquals(404, r.statusCode(), url);
            assertEquals(404, JSON.readTree(r.body()).get("status").asInt());
            assertNotNull(JSON.readTree(r.body()).get("error"));
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/events")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        assertEquals(405, JSON.readTree(r.body()).get("status").asInt());
    }

    @Test
    void openApiDocumentDescribesEveryEndpointAndFilter() throws Exception {
        JsonNode doc = ok("/api/openapi.json");
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        for (String path : new String[] {"/api/events", "/api/events/{id}", "/api/articles", "/api/articles/{id}",
                "/api/stats/timeseries", "/api/actors", "/api/network", "/api/openapi.json"}) {
            assertNotNull(doc.get("paths").get(path), path);
        }
        Set<String> documented = new TreeSet<>();
        doc.get("paths").get("/api/events").get("get").get("parameters").forEach(p -> {
            JsonNode resolved = p.has("$ref") ? doc.get("components").get("parameters")
                    .get(p.get("$ref").asText().replace("#/components/parameters/", "")) : p;
            documented.add(resolved.get("name").asText());
        });
        assertEquals(new TreeSet<>(ParleyServer.EVENT_PARAMS), documented, "the filters and count");
    }

    @Test
    void postingAnArticleNeedsTheTokenAndStoresItOnce() throws Exception {
        String article = "{\"id\": \"posted-1\", \"title\": \"Summit\", \"text\": \"Leaders met in Geneva.\","
                + " \"lang\": \"en\", \"published\": \"2024-06-01\", \"url\": \"https://x.example/p1\"}";
        assertEquals(401, post(article, null).statusCode());
        HttpResponse<String> wrong = post(article, "Bearer nope");
        assertEquals(401, wrong.statusCode());
        assertEquals(401, JSON.readTree(wrong.body()).get("status").asInt());
        assertEquals(401, post(article, TOKEN).statusCode(), "the scheme 'Bearer' is required");
        HttpResponse<String> created = post(article, "Bearer " + TOKEN);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(JSON.readTree(created.body()).get("stored").asBoolean());
        assertEquals("Summit\n\nLeaders met in Geneva.", ok("/api/articles/posted-1").get("text").asText());
        assertEquals("x.example", ok("/api/articles/posted-1").get("outlet").asText());
        HttpResponse<String> again = post(article, "Bearer " + TOKEN);
        assertEquals(200, again.statusCode());
        assertTrue(!JSON.readTree(again.body()).get("stored").asBoolean());
        assertEquals(400, post("{\"id\": \"x\"}", "Bearer " + TOKEN).statusCode());
        HttpResponse<String> bad = post("{not json", "Bearer " + TOKEN);
        assertEquals(400, bad.statusCode());
        assertTrue(JSON.readTree(bad.body()).get("error").asText().startsWith("body"));
        HttpResponse<String> badDate = post("{\"id\": \"y\", \"text\": \"t\", \"published\": \"yesterday\"}",
                "Bearer " + TOKEN);
        assertTrue(JSON.readTree(badDate.body()).get("error").asText().startsWith("published"));
    }

    @Test
    void withoutAConfiguredTokenPostingIsDisabled() throws Exception {
        try (ParleyServer closed = new ParleyServer(db.connection(), new ArticleRowIngest(db.connection()),
                ApiToken.of(null)).start("127.0.0.1", 0)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed.port()
                            + "/api/articles")).header("Authorization", "Bearer anything")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"z\",\"text\":\"t\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode());
            assertTrue(JSON.readTree(r.body()).get("error").asText().contains("no API token"));
        }
        try (ParleyServer noIngest = new ParleyServer(db.connection(), null, ApiToken.of("t")).start("127.0.0.1", 0)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + noIngest.port()
                            + "/api/articles")).header("Authorization", "Bearer t")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"z\",\"text\":\"t\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode());
        }
    }

    private static HttpResponse<String> post(String body, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
