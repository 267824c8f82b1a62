package parley.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parley.store.EventCards;
import parley.store.EvidenceWords;

/**
 * A small hand-written store: three articles, seven events and their mentions, written with plain SQL into the
 * schema the ingest fills. Each event differs from the others in the fields the filters look at, so every filter
 * has one exact expected answer. Undated E6 and negated E4 test the edge cases.
 */
public final class StoreFixture {
    /** Asserted events in the default order (date descending, undated last). */
    public static final List<String> ASSERTED_BY_DATE = List.of("E2", "E1", "E3", "E5", "E7", "E6");

    public static final String A1_TITLE = "Talks in Istanbul";
    public static final String A1_BODY = "Russian officials met Ukrainian negotiators in Istanbul on Tuesday. Kyiv consulted Moscow.";
    public static final String A2_BODY = "Les Russes ont rencontré les Ukrainiens à Istanbul. L'armée russe a bombardé Kharkiv."
            + " La France n'a pas signé l'accord avec l'Allemagne.";
    public static final String A3_BODY = "The UN accused Moscow of violations. NATO sanctioned the Russian military."
            + " Washington is 100% sure_thing about Israel.";

    /** Mention sentences by event, as stored. */
    public static final Map<String, List<String>> SENTENCES = new LinkedHashMap<>();

    private StoreFixture() {
    }

    public static void fill(Connection c) throws SQLException {
        SENTENCES.clear();
        article(c, "a1", A1_TITLE, A1_BODY, "en", "AFP", "https://afp.example/a1", "2024-05-14");
        article(c, "a2", null, A2_BODY, "fr", "lemonde.fr", "https://lemonde.example/a2", "2024-05-15");
        article(c, "a3", "World", A3_BODY, "en", "Reuters", "https://reuters.example/a3", "2024-01-02");

        event(c, "E1", "RUSGOV", "Russia", "RUS", null, "GOV", "UKRGOV", "Ukraine", "UKR", null, "GOV", "036", 1, 4.0,
                "CONSULT", "asserted", "2024-05-14", "Istanbul", "TUR", 41.01, 28.97, 2, 2, "en,fr");
        event(c, "E2", "RUSMIL", "Russian military", "RUS", null, "MIL", "UKR", "Ukraine", "UKR", null, null, "190", 4,
                -10.0, "ASSAULT", "asserted", "2024-05-15", "Kharkiv", "UKR", 49.99, 36.23, 1, 1, "fr");
        event(c, "E3", "UNO", "United Nations", null, "UNO", null, "RUSGOV", "Russia", "RUS", null, "GOV", "112", 3,
                -2.0, "ACCUSE", "asserted", "2023-12-01", null, null, null, null, 1, 1, "en");
        event(c, "E4", "FRAGOV", "France", "FRA", null, "GOV", "DEUGOV", "Germany", "DEU", null, "GOV", "057", 1, 8.0,
                "AGREE", "negated", "2024-01-10", "Paris", "FRA", 48.85, 2.35, 1, 1, "fr");
        event(c, "E5", "NATO", "NATO", null, "NATO", null, "RUSMIL", "Russian military", "RUS", null, "MIL", "163", 4,
                -8.0, "SANCTION", "asserted", "2022-03-01", "Brussels", "BEL", 50.85, 4.35, 3, 3, "en");
        event(c, "E6", "UKRGOV", "Ukraine", "UKR", null, "GOV", "RUSGOV", "Russia", "RUS", null, "GOV", "036", 1, 4.0,
                "CONSULT", "asserted", null, null, null, null, null, 1, 1, "en");
        event(c, "E7", "USAGOV", "United States", "USA", null, "GOV", "ISRGOV", "Israel", "ISR", null, "GOV", "051", 1,
                3.4, "COOPERATE", "asserted", "2021-06-01", null, null, null, null, 1, 1, "en");

        String a1 = A1_TITLE + "\n\n" + A1_BODY;
        String a3 = "World\n\n" + A3_BODY;
        mention(c, "m1a", "E1", "a1", "en", a1, "Russian officials met Ukrainian negotiators in Istanbul on Tuesday.", "036");
        mention(c, "m1b", "E1", "a2", "fr", A2_BODY, "Les Russes ont rencontré les Ukrainiens à Istanbul.", "036");
        mention(c, "m2", "E2", "a2", "fr", A2_BODY, "L'armée russe a bombardé Kharkiv.", "190");
        mention(c, "m3", "E3", "a3", "en", a3, "The UN accused Moscow of violations.", "112");
        mention(c, "m4", "E4", "a2", "fr", A2_BODY, "La France n'a pas signé l'accord avec l'Allemagne.", "057");
        for (String suffix : new String[] {"a", "b", "c"}) {
            mention(c, "m5" + suffix, "E5", "a3", "en", a3, "NATO sanctioned the Russian military.", "163");
        }
        mention(c, "m6", "E6", "a1", "en", a1, "Kyiv consulted Moscow.", "036");
        mention(c, "m7", "E7", "a3", "en", a3, "Washington is 100% sure_thing about Israel.", "051");        // E0 was an event until a later report of the same meeting led it (what EventStore records then)
        try (var s = c.createStatement()) {
            s.execute("INSERT INTO event_redirects VALUES ('E0', 'E1', TIMESTAMP '2024-05-16 09:00:00')");
        }
        // Events written without EventStore: their cards as opening such a store fills them.
        EventCards.fillMissing(c);
    }

    private static void article(Connection c, String id, String title, String body, String lang, String outlet,
                                String url, String published) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (article_id, content_hash, url, outlet,"
                + " title, body, lang, published, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS DATE),"
                + " TIMESTAMP '2024-05-16 08:00:00')")) {
            ps.setString(1, id);
            ps.setString(2, "hash-" + id);
            ps.setString(3, url);
            ps.setString(4, outlet);
            ps.setString(5, title);
            ps.setString(6, body);
            ps.setString(7, lang);
            ps.setString(8, published);
            ps.executeUpdate();
        }
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static void event(Connection c, String id, String src, String srcName, String srcCountry, String srcOrg,
                              String srcSector, String tgt, String tgtName, String tgtCountry, String tgtOrg,
                              String tgtSector, String cameo, int quad, double goldstein, String plover, String mode,
                              String date, String place, String placeCountry, Double lat, Double lon, int mentions,
                              int sources, String langs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TIMESTAMP '2024-05-16 08:00:00',"
                + " TIMESTAMP '2024-05-16 09:30:00', ?, NULL)")) {
            Object[] v = {id, src, srcName, srcCountry, srcOrg, srcSector, tgt, tgtName, tgtCountry, tgtOrg, tgtSector,
                    cameo, cameo.substring(0, 2), quad, goldstein, plover, mode, date, date == null ? null : "day",
                    place, placeCountry, lat, lon, place == null ? null : "city", place == null ? null : "gaz-" + place,
                    mentions, sources, mentions, langs};
            for (int i = 0; i < v.length; i++) {
                ps.setObject(i + 1, v[i]);
            }
            ps.executeUpdate();
        }
    }

    private static void mention(Connection c, String id, String event, String article, String lang, String fullText,
                                String sentence, String cameo) throws SQLException {
        int start = fullText.indexOf(sentence);
        if (start < 0) {
            throw new IllegalStateException("fixture: sentence of " + id + " is not in its article");
        }
        SENTENCES.computeIfAbsent(event, k -> new ArrayList<>()).add(sentence);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mentions (mention_id, event_id, article_id, lang,"
                + " sentence_index, sentence, evidence_start, evidence_end, cameo, confidence, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0.9, TIMESTAMP '2024-05-16 08:00:00' + to_seconds(?))")) {
            ps.setString(1, id);
            ps.setString(2, event);
            ps.setString(3, article);
            ps.setString(4, lang);
            ps.setInt(5, fullText.substring(0, start).split("(?<=[.!?])\\s+").length - 1);
            ps.setString(6, sentence);
            ps.setInt(7, start);
            ps.setInt(8, start + sentence.length());
            ps.setString(9, cameo);
            ps.setInt(10, id.hashCode() & 0xff);
            ps.executeUpdate();
        }
        EvidenceWords.index(c, event, sentence);
    }
}
