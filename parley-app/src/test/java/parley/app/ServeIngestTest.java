package parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.Article;
import parley.server.ApiToken;
import parley.server.ParleyServer;
import parley.store.Database;

/** POST /api/articles through the real coder and store that `parley serve` plugs in, then read back by GET. */
class ServeIngestTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPostedArticleIsCodedStoredAndServed(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve("api.duckdb"));
             ParleyServer server = new ParleyServer(db.connection(), ServeCommand.ingest(db), ApiToken.of("secret"))
                     // the first article loads CoreNLP (15 s and more on a busy machine): it is answered all the same
                     .ingestLimits(4, Duration.ofMinutes(5), Duration.ofMinutes(5))
                     .start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            String article = "{\"id\": \"posted-1\", \"title\": \"Lavrov reçu à Ankara\", \"text\": \"Le ministre russe"
                    + " des Affaires étrangères Sergueï Lavrov a rencontré mercredi à Ankara son homologue turc Mevlüt"
                    + " Cavusoglu.\", \"published\": \"2022-06-08\", \"lang\": \"fr\", \"outlet\": \"Le Courrier\"}";
            HttpResponse<String> created = post(base, article);
            assertEquals(201, created.statusCode(), created.body());
            assertTrue(JSON.readTree(created.body()).get("stored").asBoolean(), created.body());

            HttpResponse<String> again = post(base, article);
            assertEquals(200, again.statusCode(), again.body());
            assertTrue(JSON.readTree(again.body()).get("message").asText().startsWith("already stored"), again.body());

            HttpResponse<String> otherText = post(base, article.replace("mercredi", "jeudi"));
            assertEquals(409, otherText.statusCode(), otherText.body());
            assertTrue(JSON.readTree(otherText.body()).get("error").asText().contains("another text"), otherText.body());

            HttpResponse<String> empty = post(base, "{\"id\": \"posted-2\", \"text\": \"   \"}");
            assertEquals(400, empty.statusCode(), empty.body());

            HttpResponse<String> events = HTTP.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/events?root=04&country=RUS")).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode page = JSON.readTree(events.body());
            assertEquals(1, page.get("total").asInt(), events.body());
            assertEquals("Ankara", page.get("events").get(0).get("location").get("name").asText(), events.body());
        }
    }

    /**
     * A bounded load test on loopback: while an article of the largest size an input may have is posted (and coded
     * until its time budget is spent), reads and small posts go on: none fails with a 5xx, none waits behind it
     * (each is answered well within the client's timeout), a full queue says so (503), and the large article
     * fails alone, unstored, with the reason on its status URL.
     */
    @Test
    void aMaximumSizeArticleBlocksNothing(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve("load.duckdb"));
             ParleyServer server = new ParleyServer(db.connection(), ServeCommand.ingest(db), ApiToken.of("secret"))
                     .ingestLimits(2, Duration.ofSeconds(8), Duration.ofSeconds(1))
                     .start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            String sentence = "The foreign minister of Peru met his Chilean counterpart in Lima on Monday. ";
            String text = sentence.repeat((Article.MAX_TEXT_BYTES - 200) / sentence.length());
            String big = "{\"id\": \"big\", \"text\": \"" + text + "\", \"lang\": \"en\", \"published\": \"2021-03-01\"}";
            HttpResponse<String> posted = post(base, big);
            assertEquals(202, posted.statusCode(), "answered before it is done: " + posted.statusCode());
            String statusUrl = JSON.readTree(posted.body()).get("status_url").asText();

            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String query = i % 2 == 0 ? "/api/events?limit=5" : "/api/articles/nope";
                answers.add(clients.submit(() -> HTTP.send(HttpRequest.newBuilder(URI.create(base + query))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).statusCode()));
            }
            List<Integer> smallPosts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                smallPosts.add(post(base, "{\"id\": \"small-" + i + "\", \"text\": \"Peru and Chile held talks"
                        + " in Lima on day " + i + ".\", \"lang\": \"en\", \"published\": \"2021-03-0" + (i + 2) + "\"}")
                        .statusCode());
            }
            for (Future<Integer> a : answers) {
                int status = a.get(60, TimeUnit.SECONDS);
                assertTrue(status == 200 || status == 404, "a read answered " + status);
            }
            clients.shutdown();
            assertEquals(List.of(202, 202, 503), smallPosts, "two wait behind the large article, the queue holds two");

            JsonNode end = null;
            for (int i = 0; i < 120; i++) {
                end = JSON.readTree(get(base, statusUrl).body());
                if (!end.get("status").asText().matches("queued|running")) {
                    break;
                }
                Thread.sleep(1000);
            }
            assertEquals("failed", end.get("status").asText(), end.toString());
            assertEquals(422, end.get("error_status").asInt(), end.toString());
            assertTrue(end.get("error").asText().contains("longer than the 8 s"), end.toString());
            assertEquals(404, get(base, "/api/articles/big").statusCode(), "the large article is not stored");
            JsonNode small = null;
            for (int i = 0; i < 120; i++) {
                small = JSON.readTree(get(base, "/api/articles/small-1").body());
                if (small.has("text")) {
                    break;
                }
                Thread.sleep(1000);
            }
            assertTrue(small.has("text"), "the articles queued behind it are stored: " + small);
        }
    }

    private static HttpResponse<String> get(String base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer secret")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String base, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Authorization", "Bearer secret").header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
