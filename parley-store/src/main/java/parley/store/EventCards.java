package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The {@code card} column of {@code events}: the columns an event list shows, as one JSON object (keyed by column
 * name) kept next to them. A page of events spread over the store reads this one column instead of 31: DuckDB
 * decompresses a vector of every column it reads for each such row, which was most of the time of a page of a
 * rare dyad, a word search or a page after a cursor (docs/api.md#speed). The columns stay the truth that filters
 * and sorts read; the card is rewritten from them after every change to an event.
 */
public final class EventCards {
    /** The columns a card holds, as in schema.sql (the API's event object is built from them). */
    static final String[] COLUMNS = {"event_id", "source_code", "source_name", "source_country", "source_org",
            "source_sector", "target_code", "target_name", "target_country", "target_org", "target_sector", "cameo",
            "root", "quad_class", "goldstein", "plover", "mode", "event_date", "date_precision", "place_name",
            "place_country", "lat", "lon", "place_precision", "place_id", "num_mentions", "num_sources",
            "num_articles", "first_seen", "last_seen", "langs"};

    private EventCards() {
    }

    /** The card of a row of {@code events}, as SQL over its columns (unqualified names). */
    static String expression() {
        StringBuilder b = new StringBuilder("CAST(to_json(struct_pack(");
        for (int i = 0; i < COLUMNS.length; i++) {
            b.append(i == 0 ? "" : ", ").append(COLUMNS[i]).append(" := ").append(COLUMNS[i]);
        }
        return b.append(")) AS VARCHAR)").toString();
    }

    /** Rewrites the card of one event from its columns, in the caller's transaction (after any change to it). */
    static void refresh(Connection c, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET card = " + expression()
                + " WHERE event_id = ?")) {
            ps.setString(1, eventId);
            ps.executeUpdate();
        }
    }

    /**
     * Fills the card of every event without one: all of them in a store made before cards (when it is opened),
     * the rows of whatever writes events without {@link EventStore} (generated stores, test fixtures).
     */
    public static long fillMissing(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("UPDATE events SET card = " + expression() + " WHERE card IS NULL");
        }
    }

    /** Adds the column to a store made before it (its cards are then filled by {@link #fillMissing}). */
    static void addColumn(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM duckdb_columns()"
                + " WHERE schema_name = 'main' AND table_name = 'events' AND column_name = 'card'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                s.execute("ALTER TABLE events ADD COLUMN card VARCHAR");
            }
        }
    }
}
