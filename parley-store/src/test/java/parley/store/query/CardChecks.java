package parley.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks that the events' cards (parley.store.EventCards) say what their columns say, for the store's tests. */
public final class CardChecks {
    private CardChecks() {
    }

    /**
     * Every event has a card, and a page read from the cards ({@link EventQueries#events}) holds the same event
     * objects, in the same order, as the same filter read from the columns ({@link EventSql#page}).
     */
    public static void assertCardsMatchColumns(Connection c, String sort) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*), count(card) FROM events")) {
            rs.next();
            assertTrue(rs.getLong(1) > 0, "the store has events to check");
            assertEquals(rs.getLong(1), rs.getLong(2), "every event has a card");
        }
        EventFilter f = new EventFilter().mode("all").sort(SortKey.parse(sort), true).limit(EventFilter.MAX_LIMIT);
        List<Map<String, Object>> fromColumns = new ArrayList<>();
        try (PreparedStatement ps = EventSql.page(f, EventSql.EVENT_COLUMNS).prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                fromColumns.add(EventRows.event(rs));
            }
        }
        assertEquals(fromColumns, new EventQueries(c).events(f, false).events());
    }
}
