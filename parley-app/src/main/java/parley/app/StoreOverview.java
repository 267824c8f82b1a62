package parley.app;

import java.io.PrintStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import parley.store.Database;

/** A few lines about what a store holds: its totals and the events reported most. */
final class StoreOverview {

    private StoreOverview() {
    }

    static void print(Database db, String name, int top, PrintStream out) throws SQLException {
        try (Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
                     + " (SELECT count(*) FROM mentions)")) {
            rs.next();
            out.println("store " + name + ": " + rs.getLong(1) + " articles, " + rs.getLong(2) + " events, "
                    + rs.getLong(3) + " mentions");
        }
        out.println("events reported most (date, source, code, target, place, mentions, sources, languages):");
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT COALESCE(CAST(event_date AS VARCHAR), '-'), source_code, cameo,"
                + " COALESCE(target_code, '-') target, COALESCE(place_name, '-') place, num_mentions, num_sources, langs"
                + " FROM events ORDER BY num_mentions DESC, num_sources DESC, event_date, event_id LIMIT ?")) {
            ps.setInt(1, top);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.printf("  %s  %-8s %-4s %-8s %-14s %d mentions, %d sources, %s%n", rs.getString(1),
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                            rs.getInt(7), rs.getString(8));
                }
            }
        }
        out.flush();
    }
}
