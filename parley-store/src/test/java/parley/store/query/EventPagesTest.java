package parley.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.store.Database;
import parley.store.EventCards;

/**
 * Pages read as unions of branches (either-or filters, cursors: {@link EventSql#branches}) against the same
 * filter read whole by one query with its ORs ({@link EventSql#page}), on a store full of ties: a few dates, a few
 * Goldstein scores, undated events, actors in both roles, ids in no particular order.
 */
class EventPagesTest {
    private static Database db;

    @BeforeAll
    static void fill() throws Exception {
        db = Database.inMemory();
        try (Statement s = db.connection().createStatement()) {
            s.execute("INSERT INTO events SELECT 'ev' || lpad(((i * 7919) % 1000)::VARCHAR, 4, '0'),"
                    + " ['RUS', 'UKR', 'FRA', 'USA'][1 + i % 4], NULL, ['RUS', 'UKR', 'FRA', 'USA'][1 + i % 4], NULL, NULL,"
                    + " ['UKR', 'RUS', 'RUS', 'FRA', 'USA'][1 + i % 5], NULL, ['UKR', 'RUS', 'RUS', 'FRA', 'USA'][1 + i % 5],"
                    + " NULL, NULL, '190', '19', 4, (i % 3)::DOUBLE, NULL,"
                    + " CASE WHEN i % 13 = 0 THEN 'negated' ELSE 'asserted' END,"
                    + " CASE WHEN i % 11 = 0 THEN NULL ELSE DATE '2024-01-01' + (i % 4)::INTEGER END, 'day',"
                    + " NULL, NULL, NULL, NULL, NULL, NULL, (1 + i % 3)::INTEGER, (1 + i % 2)::INTEGER, 1, TIMESTAMP '2024-01-01',"
                    + " TIMESTAMP '2024-01-01', 'en', NULL FROM range(240) AS r(i)");
            EventCards.fillMissing(db.connection());
        }
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private static final String[] FILTERS = {"", "actor=RUS", "country=UKR", "dyad=RUS,UKR&either_order=true",
            "actor=FRA&country=RUS", "actor=USA&mode=all", "source=RUS"};
    private static final String[] SORTS = {"date&order=desc", "date&order=asc", "goldstein&order=asc",
            "num_sources&order=desc", "num_mentions&order=asc"};

    private static Map<String, String> params(String query) {
        Map<String, String> p = new HashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                p.put(kv[0], kv[1]);
            }
        }
        return p;
    }

    private static List<String> ids(EventPage page) {
        List<String> ids = new ArrayList<>();
        page.events().forEach(e -> ids.add((String) e.get("event_id")));
        return ids;
    }

    /** Every event the filter matches, in order, read by one query with the filter's ORs. */
    private static List<String> whole(String query) throws Exception {
        EventFilter f = FilterParams.parse(params(query), false).unlimited();
        return ids(new EventQueries(db.connection()).events(f, false));
    }

    @Test
    void walkingByCursorGivesTheWholeListOnceInEveryOrder() throws Exception {
        for (String filter : FILTERS) {
            for (String sort : SORTS) {
                String query = filter + "&sort=" + sort;
                List<String> all = whole(query);
                assertTrue(all.size() > 20, query + " matches enough events to page: " + all.size());
                List<String> walked = new ArrayList<>();
                String cursor = null;
                for (int guard = 0; guard < 100; guard++) {
                    Map<String, String> p = params(query + "&limit=12");
                    if (cursor != null) {
                        p.put("cursor", cursor);
                    }
                    EventPage page = new EventQueries(db.connection()).events(FilterParams.parse(p, false), false);
                    walked.addAll(ids(page));
                    cursor = page.nextCursor();
                    if (cursor == null) {
                        break;
                    }
                }
                assertEquals(all, walked, query);
            }
        }
    }

    @Test
    void pagesReadFromCardsHoldWhatTheColumnsHold() throws Exception {
        for (String sort : new String[] {"date", "goldstein", "num_sources", "num_mentions"}) {
            CardChecks.assertCardsMatchColumns(db.connection(), sort);
        }
    }

    @Test
    void anEventWithoutItsCardIsReadFromItsColumns() throws Exception {
        String query = "dyad=RUS,UKR&either_order=true&sort=goldstein&order=asc";
        List<String> all = whole(query);
        EventFilter f = FilterParams.parse(params(query + "&limit=10"), false);
        List<Map<String, Object>> withCards = new EventQueries(db.connection()).events(f, false).events();
        try (Statement s = db.connection().createStatement()) {
            s.execute("UPDATE events SET card = NULL WHERE event_id = '" + all.get(3) + "'");
        }
        try {
            EventPage page = new EventQueries(db.connection()).events(f, false);
            assertEquals(withCards, page.events());
            assertEquals(all.subList(0, 10), ids(page));
        } finally {
            EventCards.fillMissing(db.connection());
        }
    }

    @Test
    void pagesByOffsetAreSlicesOfTheWholeListAndTheirTotalIsCounted() throws Exception {
        for (String filter : FILTERS) {
            for (String sort : SORTS) {
                String query = filter + "&sort=" + sort;
                List<String> all = whole(query);
                for (int offset : new int[] {0, 5, 19, all.size() - 3}) {
                    EventFilter f = FilterParams.parse(params(query + "&limit=6&offset=" + offset), false);
                    EventPage page = new EventQueries(db.connection()).events(f, true);
                    assertEquals(all.subList(offset, Math.min(all.size(), offset + 6)), ids(page), query + " @" + offset);
                    assertEquals(all.size(), page.total(), query);
                }
            }
        }
    }
}
