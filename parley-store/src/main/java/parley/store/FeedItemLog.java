package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/** The feed items a watcher has handled, kept in the store beside the articles they gave. */
public final class FeedItemLog {
    private final Connection c;

    public FeedItemLog(Database db) {
        this.c = db.connection();
    }

    public boolean seen(String feed, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM feed_items WHERE feed = ? AND item_id = ?")) {
            ps.setString(1, feed);
            ps.setString(2, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public void markSeen(String feed, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO feed_items VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, feed);
            ps.setString(2, itemId);
            ps.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
            ps.executeUpdate();
        }
    }
}
