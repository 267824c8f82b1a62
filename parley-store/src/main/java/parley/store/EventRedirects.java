package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Where the events a merge made vanish went: an id someone linked to (a web page, a citation, an export) keeps
 * leading to the event that now holds its reports. Kept flat: when the event an old id points to vanishes in turn,
 * the old id points on to its successor, so one lookup always lands on a live event.
 */
public final class EventRedirects {
    private final Connection c;

    public EventRedirects(Connection c) {
        this.c = c;
    }

    /**
     * Records one article's merge.
     *
     * @param moved each vanished event id and the live event that holds most of its mentions now
     * @param live the events the merge wrote: an id live again (its lead came back) redirects nowhere
     */
    void record(Map<String, String> moved, Collection<String> live, Timestamp now) throws SQLException {
        if (!live.isEmpty()) { // one statement per article, as EventTable.delete: every ingest runs it
            try (PreparedStatement drop = c.prepareStatement(
                    "DELETE FROM event_redirects WHERE old_id IN (SELECT unnest(?))")) {
                drop.setArray(1, c.createArrayOf("VARCHAR", live.toArray()));
                drop.executeUpdate();
            }
        }
        if (moved.isEmpty()) {
            return;
        }
        try (PreparedStatement onward = c.prepareStatement("UPDATE event_redirects SET new_id = ? WHERE new_id = ?");
             PreparedStatement add = c.prepareStatement("INSERT OR REPLACE INTO event_redirects VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> m : moved.entrySet()) {
                onward.setString(1, m.getValue());
                onward.setString(2, m.getKey());
                onward.executeUpdate();
                add.setString(1, m.getKey());
                add.setString(2, m.getValue());
                add.setTimestamp(3, now);
                add.executeUpdate();
            }
        }
    }

    /** The live event a vanished event's id leads to, if it vanished in a merge. */
    public Optional<String> successor(String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT new_id FROM event_redirects WHERE old_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
