package parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import parley.model.Actor;
import parley.model.Article;
import parley.model.CameoCode;
import parley.model.Event;
import parley.model.Mode;
import parley.model.Place;
import parley.store.query.CardChecks;
import parley.store.query.EventFilter;
import parley.store.query.EventPage;
import parley.store.query.EventQueries;

/** Merging and idempotence on hand-built events, in a real (in-memory) DuckDB store. */
class EventStoreTest {
    private static final Actor MACRON = Actor.ofCountry("Emmanuel Macron", "FRA", "GOV");
    private static final Actor FRENCH_ARMY = Actor.ofCountry("French army", "FRA", "MIL");
    private static final Actor XI = Actor.ofCountry("Xi Jinping", "CHN", "GOV");
    private static final Actor LI = Actor.ofCountry("Li Keqiang", "CHN", "GOV");
    private static final CameoCode CONSULT = new CameoCode("040", "Consult", 1.0, 1, "CONSULT");
    private static final CameoCode MEET = new CameoCode("043", "Host a visit", 2.8, 1, "CONSULT");
    private static final CameoCode PRAISE = new CameoCode("051", "Praise", 3.4, 1, "COOPERATE");
    private static final CameoCode CRITICIZE = new CameoCode("111", "Criticize", -2.0, 3, "DISAPPROVE");
    private static final CameoCode ASSAULT = new CameoCode("180", "Use unconventional violence", -9.0, 4, "ASSAULT");
    private static final CameoCode FIGHT = new CameoCode("190", "Use conventional military force", -10.0, 4, "FIGHT");
    private static final Place BEIJING = new Place("gn:1816670", "Beijing", "CHN", 39.91, 116.40, 18_960_744, "capital");
    private static final Place TIANJIN_AIRPORT = new Place("px:pek", "Beijing airport", "CHN", 40.08, 116.58, 0, "site");
    private static final Place SHANGHAI = new Place("gn:1796236", "Shanghai", "CHN", 31.22, 121.46, 22_315_474, "city");
    private static final Place CHINA = new Place("gn:1814991", "China", "CHN", 35.0, 105.0, 1_400_000_000, "country");
    private static final Place PARIS = new Place("gn:2988507", "Paris", "FRA", 48.85, 2.35, 2_138_551, "capital");

    private Database db;
    private EventStore store;
    private int sentence;

    @BeforeEach
    void open() throws SQLException {
        db = Database.inMemory();
        store = new EventStore(db, MergeSettings.defaults());
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private static Article article(String id, String outlet, String published) {
        return new Article(id, "Title " + id, "Body of " + id + ".", published == null ? null : LocalDate.parse(published),
                null, "fr", outlet);
    }

    private Event event(Article a, Actor src, Actor tgt, CameoCode code, Mode mode, Place place, String date) {
        int s = sentence++;
        return new Event(a.id() + "-" + s, a.id(), a.lang(), s, "Sentence " + s + ".", src, src.name(), tgt,
                tgt == null ? null : tgt.name(), code, mode, place, place == null ? null : place.name(), date,
                date == null ? null : "day", "rencontrer", 0, 5, "fr.test", 0.9);
    }

    private Event meeting(Article a, Actor src, Actor tgt, String date) {
        return event(a, src, tgt, CONSULT, Mode.ASSERTED, BEIJING, date);
    }

    private StoreOutcome store(Article a, Event... events) throws SQLException {
        return store.store(a, List.of(events));
    }

    private long count(String sql) throws SQLException {
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void sameDyadAndRootWithinADayMergeAndKeepTheMostSpecificCode() throws SQLException {
        Article a = article("a", "AFP", "2019-07-08");
        Article b = article("b", "Reuters", "2019-07-09");
        StoreOutcome first = store(a, meeting(a, MACRON, XI, "2019-07-08"));
        assertEquals(List.of(1, 1, 0), List.of(first.mentions(), first.newEvents(), first.merged()));
        StoreOutcome second = store(b, event(b, MACRON, LI, MEET, Mode.ASSERTED, null, "2019-07-09"));
        assertEquals(List.of(1, 0, 1), List.of(second.mentions(), second.newEvents(), second.merged()));
        assertEquals("a-0", second.placements().get(0).eventId());
        assertTrue(second.placements().get(0).reason().startsWith("joins a-0 (FRAGOV->CHNGOV 040); 1 day apart"),
                second.placements().get(0).reason());
        assertEquals(1, count("SELECT count(*) FROM events"));
        assertEquals(2, count("SELECT num_mentions FROM events"));
        assertEquals("043", text("SELECT cameo FROM events"), "the more specific code wins");
        assertEquals("Beijing", text("SELECT place_name FROM events"), "an unplaced report is no conflict");
        assertEquals("a-0", text("SELECT event_id FROM events"), "the event keeps its lead's id: the earliest");
    }

    @Test
    void differentSectorRootModeFarPlaceOrDistantDateStayApart() throws SQLException {
        Article a = article("a", "AFP", "2019-07-08");
        store(a, meeting(a, MACRON, XI, "2019-07-08"), event(a, MACRON, XI, FIGHT, Mode.ASSERTED, BEIJING, "2019-07-08"));
        Article b = article("b", "Reuters", "2019-07-08");
        StoreOutcome out = store(b,
                meeting(b, FRENCH_ARMY, XI, "2019-07-08"),                                    // sector
                event(b, MACRON, XI, PRAISE, Mode.ASSERTED, BEIJING, "2019-07-08"),           // root
                event(b, MACRON, XI, CONSULT, Mode.NEGATED, BEIJING, "2019-07-08"),           // mode
                event(b, MACRON, XI, FIGHT, Mode.ASSERTED, SHANGHAI, "2019-07-08"),           // 1000 km away
                event(b, MACRON, XI, FIGHT, Mode.ASSERTED, PARIS, "2019-07-08"),              // other country
                meeting(b, MACRON, XI, "2019-07-11"));                                        // 3 days later
        assertEquals(6, out.newEvents());
        assertEquals(0, out.merged());
        assertEquals(8, count("SELECT count(*) FROM events"));
        assertEquals(8, count("SELECT sum(num_mentions) FROM events"));
    }

    @Test
    void aMeetingPlacedAtADatelineIsNoOtherMeeting() throws SQLException {
        Article a = article("a", "AFP", "2019-07-08");
        Article b = article("b", "Reuters", "2019-07-08");
        Article c = article("c", "Le Monde", "2019-07-08");
        store(a, meeting(a, MACRON, XI, "2019-07-08"));
        store(b, event(b, MACRON, XI, CONSULT, Mode.ASSERTED, PARIS, "2019-07-08"));
        store(c, event(c, MACRON, XI, CONSULT, Mode.ASSERTED, SHANGHAI, "2019-07-08"));
        assertEquals(1, count("SELECT count(*) FROM events"), "04 is not place-bound (merge-rules.tsv)");
        assertEquals("Beijing", text("SELECT place_name FROM events"), "the first in merge order among one vote each");
    }

    @Test
    void theIdOfAnEventAMergeMadeVanishLeadsToTheEventHoldingItsReports() throws SQLException {
        Actor china = Actor.ofCountry("China", "CHN", null);
        EventRedirects redirects = new EventRedirects(db.connection());
        Article a = article("a", "AFP", "2019-07-08");
        Article b = article("b", "Xinhua", "2019-07-08");
        Article c = article("c", "RFI", "2019-07-08");
        store(a, meeting(a, MACRON, china, "2019-07-08"));
        assertEquals(Optional.empty(), redirects.successor("a-0"), "a live event redirects nowhere");
        store(b, meeting(b, XI, MACRON, "2019-07-08"));
        assertEquals("b-1", text("SELECT event_id FROM events"), "the sectored report leads");
        assertEquals(Optional.of("b-1"), redirects.successor("a-0"));
        store(c, meeting(c, XI, MACRON, "2019-07-07"));
        assertEquals("c-2", text("SELECT event_id FROM events"), "the earlier date leads");
        assertEquals(Optional.of("c-2"), redirects.successor("b-1"));
        assertEquals(Optional.of("c-2"), redirects.successor("a-0"), "one lookup lands on a live event");
        assertEquals(Optional.empty(), redirects.successor("c-2"));
        assertEquals(Optional.empty(), redirects.successor("zz-9"), "an id that never was");
    }

    @Test
    void mergingTheStoreAgainWithOtherSettingsGivesTheEventsAFreshStoreWouldHave() throws SQLException {
        Article a = article("a", "AFP", "2019-07-08");
        Article b = article("b", "Reuters", "2019-07-10");
        Article c = article("c", "Xinhua", "2019-07-10");
        Map<Article, List<Event>> reports = new java.util.LinkedHashMap<>();
        reports.put(a, List.of(meeting(a, MACRON, XI, "2019-07-08")));
        reports.put(b, List.of(meeting(b, MACRON, XI, "2019-07-10"),
                event(b, MACRON, XI, FIGHT, Mode.ASSERTED, BEIJING, "2019-07-10")));
        reports.put(c, List.of(meeting(c, MACRON, XI, "2019-07-10")));
        for (Map.Entry<Article, List<Event>> r : reports.entrySet()) {
            store.store(r.getKey(), r.getValue());
        }
        assertEquals(3, count("SELECT count(*) FROM events"), "two days apart: two meetings, and a fight");

        EventStore wider = new EventStore(db, MergeSettings.defaults().withDays(2));
        EventStore.RemergeOutcome out = wider.remergeAll();
        assertEquals(List.of(3, 2), List.of(out.eventsBefore(), out.eventsAfter()), out.toString());
        assertEquals(3, count("SELECT num_mentions FROM events WHERE cameo = '040'"));
        assertEquals(0, count("SELECT count(*) FROM mentions m WHERE NOT EXISTS"
                + " (SELECT 1 FROM events e WHERE e.event_id = m.event_id)"), "every mention has its event");
        String gone = text("SELECT old_id FROM event_redirects");
        assertEquals(Optional.of("a-0"), new EventRedirects(db.connection()).successor(gone), "a-0 leads the meeting");

        String events = "SELECT string_agg(event_id || ' ' || cameo || ' ' || num_mentions || ' ' || num_sources, ', '"
                + " ORDER BY event_id) FROM events";
        try (Database fresh = Database.inMemory()) {
            EventStore direct = new EventStore(fresh, MergeSettings.defaults().withDays(2));
            for (Map.Entry<Article, List<Event>> r : reports.entrySet()) {
                direct.store(r.getKey(), r.getValue());
            }
            try (Statement st = fresh.connection().createStatement(); ResultSet rs = st.executeQuery(events)) {
                rs.next();
                assertEquals(rs.getString(1), text(events), "remerged as if stored with these settings");
            }
        }
        assertEquals(0, wider.remergeAll().eventsChanged(), "a second run changes nothing");
    }

    @Test
    void aSectorLessOrReversedReportIsTheSameMeetingWhicheverCameFirst() throws SQLException {
        Actor china = Actor.ofCountry("China", "CHN", null);
        Article a = article("a", "AFP", "2019-07-08");
        Article b = article("b", "Xinhua", "2019-07-08");
        Article c = article("c", "RFI", "2019-07-08");
        store(a, meeting(a, MACRON, china, "2019-07-08"));
        store(b, meeting(b, XI, MACRON, "2019-07-08"));
        assertEquals(1, count("SELECT count(*) FROM events"));
        assertEquals("b-1", text("SELECT event_id FROM events"), "the sectored report leads: its id");
        assertEquals("CHNGOV FRAGOV", text("SELECT source_code || ' ' || target_code FROM events"));
        assertEquals(2, count("SELECT num_mentions FROM events"));
        store(c, meeting(c, FRENCH_ARMY, XI, "2019-07-08"));
        assertEquals(2, count("SELECT count(*) FROM events"), "FRAMIL is not FRAGOV");
        assertEquals(0, count("SELECT count(*) FROM mentions m WHERE NOT EXISTS"
                + " (SELECT 1 FROM events e WHERE e.event_id = m.event_id)"), "every mention has its event");
        assertEquals(List.of("b-1"), eventsWithWords("Sentence 0"), "a's words moved with its mention");
    }

    @Test
    void theStoreIsAFunctionOfTheSetOfArticles() throws SQLException {
        Actor china = Actor.ofCountry("China", "CHN", null);
        List<Article> articles = new ArrayList<>();
        List<List<Event>> coded = new ArrayList<>();
        String[][] plan = {{"AFP", "2019-07-08"}, {"Xinhua", "2019-07-09"}, {"RFI", "2019-07-07"}, {"BBC", null}};
        for (int i = 0; i < plan.length; i++) {
            Article x = article("x" + i, plan[i][0], "2019-07-09");
            articles.add(x);
            coded.add(List.of(meeting(x, i % 2 == 0 ? MACRON : XI, i % 2 == 0 ? china : MACRON, plan[i][1]),
                    event(x, i == 1 ? FRENCH_ARMY : MACRON, XI, FIGHT, Mode.ASSERTED, i == 2 ? SHANGHAI : BEIJING,
                            plan[i][1])));
        }
        List<String> expected = null;
        for (int[] order : new int[][] {{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 0, 3, 1}}) {
            db.close();
            db = Database.inMemory();
            store = new EventStore(db, MergeSettings.defaults());
            for (int i : order) {
                store.store(articles.get(i), coded.get(i));
            }
            List<String> rows = rows("SELECT m.mention_id, e.* EXCLUDE (first_seen, last_seen, card)"
                    + " FROM mentions m JOIN events e USING (event_id) ORDER BY m.mention_id");
            // a word two mentions of one event share may be indexed twice, which lookups do not see
            rows.addAll(rows("SELECT DISTINCT * FROM evidence_words ORDER BY ALL"));
            if (expected == null) {
                expected = rows;
            } else {
                assertEquals(expected, rows, "order " + java.util.Arrays.toString(order));
            }
        }
        assertTrue(expected.size() > 8);
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    @Test
    void nearbyPlacesAndCountryLevelPlacesDoNotConflict() throws SQLException {
        Article a = article("a", "AFP", "2019-07-08");
        store(a, meeting(a, MACRON, XI, "2019-07-08"),
                event(a, MACRON, XI, CONSULT, Mode.ASSERTED, TIANJIN_AIRPORT, "2019-07-08"),   // 22 km away
                event(a, MACRON, XI, CONSULT, Mode.ASSERTED, CHINA, "2019-07-08"));           // same country
        assertEquals(1, count("SELECT count(*) FROM events"));
        assertEquals(3, count("SELECT num_mentions FROM events"), "an article repeating the event is one event");
        assertEquals(1, count("SELECT num_articles FROM events"));
    }

    @Test
    void thresholdsAreSettings() throws SQLException {
        store = new EventStore(db, MergeSettings.defaults().withDays(3).withKm(2000));
        Article a = article("a", "AFP", "2019-07-08");
        store(a, event(a, MACRON, XI, FIGHT, Mode.ASSERTED, BEIJING, "2019-07-08"),
                event(a, MACRON, XI, FIGHT, Mode.ASSERTED, BEIJING, "2019-07-11"),
                event(a, MACRON, XI, FIGHT, Mode.ASSERTED, SHANGHAI, "2019-07-08"));
        assertEquals(1, count("SELECT count(*) FROM events"));
    }

    @Test
    void consultationsMergeInBothOrdersButCriticismDoesNot() throws SQLException {
        Article a = article("a", "AFP", "2019-07-08");
        Article b = article("b", "Xinhua", "2019-07-08");
        store(a, meeting(a, MACRON, XI, "2019-07-08"), event(a, MACRON, XI, CRITICIZE, Mode.ASSERTED, null, "2019-07-08"));
        StoreOutcome out = store(b, meeting(b, XI, MACRON, "2019-07-08"),
                event(b, XI, MACRON, CRITICIZE, Mode.ASSERTED, null, "2019-07-08"));
        assertEquals(1, out.merged(), "the meeting merged, the criticism in the other direction did not");
        assertEquals(1, count("SELECT count(*) FROM events WHERE root = '04'"));
        assertEquals(2, count("SELECT count(*) FROM events WHERE root = '11'"));
        assertEquals("FRA", text("SELECT source_country FROM events WHERE root = '04'"), "first report's order kept");
    }

    @Test
    void declaredCompatibleRootsMerge() throws SQLException {
        Article a = article("a", "AFP", "2019-11-01");
        Article b = article("b", "RFI", "2019-11-01");
        store(a, event(a, XI, MACRON, ASSAULT, Mode.ASSERTED, null, "2019-11-01"));
        assertEquals(1, store(b, event(b, XI, MACRON, FIGHT, Mode.ASSERTED, null, "2019-11-01")).merged());
        assertEquals(1, count("SELECT count(*) FROM events"));
    }

    @Test
    void anEventsCardFollowsEveryChangeOfItsColumns() throws SQLException {
        Article a = article("a", "AFP", "2019-07-08");
        Article b = new Article("b", "T", "Other body.", LocalDate.parse("2019-07-09"), null, "en", "Reuters");
        store(a, event(a, MACRON, XI, CONSULT, Mode.ASSERTED, CHINA, null), meeting(a, FRENCH_ARMY, null, "2019-07-08"));
        CardChecks.assertCardsMatchColumns(db.connection(), "date");
        // b refines a's event (a more specific code, a city, a day) and adds a source and a language.
        store(b, event(b, MACRON, LI, MEET, Mode.ASSERTED, BEIJING, "2019-07-08"));
        CardChecks.assertCardsMatchColumns(db.connection(), "date");
        CardChecks.assertCardsMatchColumns(db.connection(), "goldstein");
        Map<String, Object> merged = new EventQueries(db.connection()).events(new EventFilter().actor("CHNGOV"))
                .events().get(0);
        assertEquals("043", merged.get("cameo"));
        assertEquals(2, merged.get("num_sources"));
        assertEquals(List.of("en", "fr"), merged.get("langs"));
        assertEquals("Beijing", ((Map<?, ?>) merged.get("location")).get("name"));
    }

    @Test
    void countsOutletsOnceAndArticlesOnce() throws SQLException {
        Article a = article("a", "AFP", "2019-07-08");
        Article b = new Article("b", "T", "Other body.", LocalDate.parse("2019-07-08"), "https://www.afp.com/x", "en", null);
        Article c = article("c", null, "2019-07-08");
        Article d = article("d", null, "2019-07-08");
        store(a, meeting(a, MACRON, XI, "2019-07-08"), meeting(a, XI, MACRON, "2019-07-08"));
        store(b, meeting(b, MACRON, XI, "2019-07-08"));
        store(c, meeting(c, MACRON, XI, "2019-07-08"));
        store(d, meeting(d, MACRON, XI, "2019-07-08"));
        assertEquals(5, count("SELECT num_mentions FROM events"));
        assertEquals(4, count("SELECT num_articles FROM events"));
        // AFP given as outlet and afp.com from the URL are two names; c and d have no outlet: each is its own.
        assertEquals(4, count("SELECT num_sources FROM events"));
        assertEquals("en,fr", text("SELECT langs FROM events"));
        Article e = article("e", "AFP", "2019-07-08");
        store(e, meeting(e, MACRON, XI, "2019-07-08"));
        assertEquals(4, count("SELECT num_sources FROM events"), "a second AFP article is not a new source");
        assertEquals(5, count("SELECT num_articles FROM events"));
    }

    /** The events a {@code q} finds, through the query side's own SQL. */
    private List<String> eventsWithWords(String q) throws SQLException {
        List<String> ids = new ArrayList<>();
        EventPage page = new EventQueries(db.connection()).events(new EventFilter().mode("all").words(q));
        page.events().forEach(e -> ids.add((String) e.get("event_id")));
        ids.sort(null);
        return ids;
    }

    private Event said(Article a, Actor src, Actor tgt, CameoCode code, String date, String sentence) {
        Event e = event(a, src, tgt, code, Mode.ASSERTED, null, date);
        return new Event(e.eventId(), e.articleId(), e.lang(), e.sentenceIndex(), sentence, e.source(), e.sourceText(),
                e.target(), e.targetText(), e.cameo(), e.mode(), e.place(), e.placeText(), e.date(), e.datePrecision(),
                e.trigger(), e.start(), e.end(), e.rule(), e.confidence());
    }

    @Test
    void mentionWordsAreIndexedWithTheMentionAndFoundWholeFoldedAndTogether() throws SQLException {
        Article a = article("a", "AFP", "2019-07-08");
        store(a, said(a, MACRON, XI, CONSULT, "2019-07-08", "Macron a rencontré Xi à Pékin."),
                said(a, FRENCH_ARMY, null, FIGHT, "2019-07-08", "L'armée française a bombardé des positions."));
        Article b = article("b", "Reuters", "2019-07-08");
        // Merges into a's meeting: its words count for that event too.
        store(b, said(b, MACRON, XI, CONSULT, "2019-07-08", "Macron and Xi held talks in Beijing."));
        assertEquals(List.of("a-0"), eventsWithWords("rencontré"));
        assertEquals(List.of("a-0"), eventsWithWords("RENCONTRE pekin"), "case and accents folded both ways");
        assertEquals(List.of("a-0"), eventsWithWords("pékin talks"), "words from two reports of one event");
        assertEquals(List.of("a-1"), eventsWithWords("armée bombardé"));
        assertEquals(List.of("a-1"), eventsWithWords("l'armee"), "an apostrophe separates words, as in the index");
        assertEquals(List.of(), eventsWithWords("armée talks"), "every word must be there");
        assertEquals(List.of(), eventsWithWords("bombard"), "whole words only");
        assertEquals(List.of("a-0", "a-1"), eventsWithWords("A"));
        assertEquals(1, count("SELECT count(*) FROM evidence_words WHERE word = 'pekin' AND event_id = 'a-0'"));
    }

    @Test
    void aRolledBackArticleLeavesNoWords() throws SQLException {
        Article a = article("a", "AFP", "2019-07-08");
        assertThrows(IllegalStateException.class, () -> store.store(a,
                List.of(said(a, MACRON, XI, CONSULT, "2019-07-08", "Macron a rencontré Xi.")),
                () -> { throw new IllegalStateException("crash before commit"); }));
        assertEquals(0, count("SELECT count(*) FROM evidence_words"));
        assertEquals(List.of(), eventsWithWords("rencontre"));
    }

    @Test
    void sameArticleTwiceAddsNothing() throws SQLException {
        Article a = article("a", "AFP", "2019-07-08");
        store(a, meeting(a, MACRON, XI, "2019-07-08"));
        assertTrue(store.contains(a));
        assertFalse(store(a, meeting(a, MACRON, XI, "2019-07-08")).stored());
        Article copy = new Article("copy-of-a", a.title(), "  Body   of a.\n", null, null, "fr", "Le Monde");
        assertTrue(store.contains(copy), "same text under another id, with other spacing, is the same article");
        assertFalse(store(copy, meeting(copy, MACRON, XI, "2019-07-08")).stored());
        assertFalse(store.idTakenByOtherText(a));
        Article reused = new Article("a", null, "Another text.", null, null, "fr", null);
        assertTrue(store.contains(reused), "the same id is the same article");
        assertTrue(store.idTakenByOtherText(reused), "but the caller can tell the text differs");
        assertEquals(1, count("SELECT count(*) FROM articles"));
        assertEquals(1, count("SELECT count(*) FROM mentions"));
        assertEquals(1, count("SELECT num_mentions FROM events"));
        assertEquals(1, count("SELECT count(*) FROM ingest_log"));
    }

    @Test
    void undatedEventsTakeThePublicationDate() throws SQLException {
        Article a = article("a", "AFP", "2019-07-08");
        store(a, meeting(a, MACRON, XI, null));
        assertEquals("2019-07-08 published", text("SELECT event_date || ' ' || date_precision FROM events"));
        assertEquals("published", text("SELECT date_precision FROM mentions"));
        Article b = article("b", "RFI", "2019-07-09");
        store(b, meeting(b, MACRON, XI, "2019-07-08"));
        assertEquals("2019-07-08 day", text("SELECT event_date || ' ' || date_precision FROM events"),
                "the text's own date is more precise than a publication date");
    }

    @Test
    void aFailureBeforeCommitLeavesNothing() throws SQLException {
        Article a = article("a", "AFP", "2019-07-08");
        assertThrows(IllegalStateException.class, () -> store.store(a, List.of(meeting(a, MACRON, XI, "2019-07-08")),
                () -> { throw new IllegalStateException("stop"); }));
        for (String table : new String[] {"articles", "events", "mentions", "ingest_log"}) {
            assertEquals(0, count("SELECT count(*) FROM " + table), table);
        }
        assertTrue(store(a, meeting(a, MACRON, XI, "2019-07-08")).stored(), "the article can be stored again");
    }

    @Test
    void hashIgnoresSpacingAndUnicodeForm() {
        assertEquals(ContentHash.of("Le président a dit."), ContentHash.of(" Le  pre\u0301sident\na dit. "));
        assertTrue(!ContentHash.of("a").equals(ContentHash.of("b")));
        List<String> hex = new ArrayList<>(List.of(ContentHash.of("x")));
        assertTrue(hex.get(0).matches("[0-9a-f]{64}"));
    }
}
