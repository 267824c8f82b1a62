package parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.store.query.FilterParams;

/**
 * Seeded random query strings and POST bodies, written byte for byte on a loopback socket: percent-escapes good,
 * bad and cut, bytes that are not UTF-8, raw spaces and controls, repeated and unknown names; JSON bodies cut,
 * mutated, mistyped, nested, with control characters and outsized fields. No answer may be a 5xx or anything but
 * JSON; a 400 names the parameter or field; the same value escaped two ways is one query; the store loses nothing.
 * The time limit is a hang guard only.
 */
class ApiFuzzTest {
    private static final long SEED = 20261207L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] VALUES = {"RUSGOV", "RUS", "19", "2019-05-14", "Moscou été", "a,b", "-1", "all",
        "14.5,50.1,30.2,60", "FRA,DEU", "true", "date", "", "ünï 中文", "%", "+", "&", "="};
    private static FixtureServer fixture;
    private final Random random = new Random(SEED);

    @BeforeAll
    static void start() throws Exception {
        fixture = new FixtureServer();
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @Test
    void randomQueryStringsAreAnsweredOrRefusedByName() throws Exception {
        List<String> names = new ArrayList<>(FilterParams.NAMES);
        names.add("count");
        names.add("nope");
        Map<Integer, Integer> statuses = new TreeMap<>();
        assertTimeoutPreemptively(Duration.ofSeconds(240), () -> {
            for (int i = 0; i < 400; i++) {
                StringBuilder q = new StringBuilder();
                int params = 1 + random.nextInt(2);
                for (int p = 0; p < params; p++) {
                    String name = names.get(random.nextInt(names.size()));
                    q.append(p == 0 ? "" : "&").append(random.nextInt(6) == 0 ? mangle(name) : escapeSome(name))
                            .append('=').append(mangle(VALUES[random.nextInt(VALUES.length)]));
                }
                String target = "/api/events?" + q;
                RawHttp.Answer a = RawHttp.get(fixture.port(), target);
                statuses.merge(a.status(), 1, Integer::sum);
                assertTrue(a.status() == 200 || a.status() == 400, target + " -> " + a.status() + " " + a.body());
                assertTrue(a.header("Content-Type").startsWith("application/json"), target);
                JsonNode body = JSON.readTree(a.body());
                if (a.status() == 400) {
                    String error = body.get("error").asText();
                    // a raw space or non-ASCII byte breaks the request line itself: Jetty's refusal, in JSON
                    boolean rawBytes = !target.matches("[\\x21-\\x7e]*");
                    assertTrue(error.startsWith("parameter name") || (rawBytes && error.startsWith("bad request")) || names.stream().anyMatch(error::startsWith)
                            || error.startsWith("dyad") || error.startsWith("either_order"), target + ": " + error);
                }
            }
        });
        assertTrue(statuses.getOrDefault(200, 0) > 20 && statuses.getOrDefault(400, 0) > 100, statuses.toString());
        assertStoreIntact();
    }

    @Test
    void aValueEscapedTwoWaysIsOneQuery() throws Exception {
        for (String value : new String[] {"RUSGOV", "UKRGOV", "19", "Moscou"}) {
            String name = value.matches("\\d+") ? "root" : value.equals("Moscou") ? "q" : "actor";
            String plain = RawHttp.get(fixture.port(), "/api/events?" + name + "=" + value).body();
            for (int i = 0; i < 5; i++) {
                RawHttp.Answer a = RawHttp.get(fixture.port(), "/api/events?" + escapeSome(name) + "=" + escapeSome(value));
                assertEquals(200, a.status(), a.body());
                assertEquals(JSON.readTree(plain).get("events"), JSON.readTree(a.body()).get("events"), value);
            }
        }
    }

    @Test
    void randomPostBodiesAreStoredOrRefusedByField() throws Exception {
        String good = "{\"id\": \"fz\", \"title\": \"Summit\", \"text\": \"Leaders met in Geneva.\", \"lang\": \"en\","
                + " \"published\": \"2024-06-01\", \"url\": \"https://x.example/p\", \"outlet\": \"Wire\"}";
        Map<Integer, Integer> statuses = new TreeMap<>();
        assertTimeoutPreemptively(Duration.ofSeconds(240), () -> {
            for (int i = 0; i < 250; i++) {
                String body = mutateJson(good.replace("\"fz\"", "\"fz-" + i + "\""));
                RawHttp.Answer a = post(body);
                statuses.merge(a.status(), 1, Integer::sum);
                assertTrue(a.status() == 201 || a.status() == 200 || a.status() == 400 || a.status() == 413,
                        body + " -> " + a.status() + " " + a.body());
                JsonNode answer = JSON.readTree(a.body());
                if (a.status() >= 400) {
                    assertTrue(answer.get("error").asText().matches("(?s)(body|id|text|title|lang|published|url|outlet"
                            + "|source)\\b.*"), body + " -> " + answer);
                }
            }
        });
        assertTrue(statuses.getOrDefault(201, 0) > 10 && statuses.getOrDefault(400, 0) > 10, statuses.toString());
        try (ResultSet rs = fixture.db.connection().createStatement().executeQuery(
                "SELECT count(*) FROM articles WHERE regexp_matches(article_id, '[\\x00-\\x1f]')")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no stored id holds a control character");
        }
    }

    /** A name or value as a client might send it: escaped, half escaped, broken, or raw. */
    private String mangle(String s) {
        return switch (random.nextInt(8)) {
            case 0 -> escapeSome(s);
            case 1 -> s + "%" + "ZG".charAt(random.nextInt(2)) + "Z";
            case 2 -> s + "%" + Integer.toHexString(0x80 + random.nextInt(0x80)).toUpperCase();   // a lone UTF-8 byte
            case 3 -> s + "%";
            case 4 -> s.replace(" ", "+");
            case 5 -> s + "%0" + random.nextInt(10);                                             // a control
            default -> escapeSome(s).replace(" ", "%20");
        };
    }

    /** Escapes a random part of the characters (all of the ones that must be). */
    private String escapeSome(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            boolean must = c <= ' ' || c >= 0x7f || "%&=+#".indexOf(c) >= 0;
            if (must || random.nextInt(3) == 0) {
                b.append('%').append(String.format("%02X", c));
            } else {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    private String mutateJson(String good) {
        return switch (random.nextInt(10)) {
            case 0 -> good.substring(0, random.nextInt(good.length()));                                   // cut
            case 1 -> good.replace("\"Leaders", "\"\\u0000Leaders");                                      // NUL in text
            case 2 -> good.replace("\"fz", "\"f\\u0007z");                                                // control in id
            case 3 -> good.replace("\"2024-06-01\"", random.nextBoolean() ? "20240601" : "\"June 1\"");   // mistyped
            case 4 -> good.replace("\"en\"", random.nextBoolean() ? "\"de\"" : "[\"en\"]");
            case 5 -> "[".repeat(1 + random.nextInt(3000)) + "]".repeat(random.nextInt(3000));           // nesting
            case 6 -> good.replace("Leaders", "x".repeat(random.nextInt(3_000_000)));                    // outsized
            case 7 -> {
                char[] chars = good.toCharArray();
                chars[random.nextInt(chars.length)] = (char) random.nextInt(128);
                yield new String(chars);
            }
            case 8 -> good.replace("\"id\": ", "\"id\": " + (random.nextBoolean() ? "null, \"x\": " : "12, \"x\": "));
            default -> good;
        };
    }

    private static RawHttp.Answer post(String json) throws Exception {
        return RawHttp.postArticle(fixture.port(), FixtureServer.TOKEN, json);
    }

    private static void assertStoreIntact() throws Exception {
        for (Map.Entry<String, Integer> t : Map.of("events", 7, "mentions", 10).entrySet()) {
            try (ResultSet rs = fixture.db.connection().createStatement().executeQuery("SELECT count(*) FROM " + t.getKey())) {
                rs.next();
                assertEquals(t.getValue(), rs.getInt(1), t.getKey() + " still holds every row");
            }
        }
    }
}
