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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

            HttpResponse<String> empty = post(base, "{\"id\": \"posted-2\", \"text\": \"   \"}");
            assertEquals(400, empty.statusCode(), empty.body());

            HttpResponse<String> events = HTTP.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/events?root=04&country=RUS")).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode page = JSON.readTree(events.body());
            assertEquals(1, page.get("total").asInt(), events.body());
            assertEquals("Ankara", page.get("events").get(0).get("location").get("name").asText(), events.body());
        }
    }

    private static HttpResponse<String> post(String base, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Authorization", "Bearer secret").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
