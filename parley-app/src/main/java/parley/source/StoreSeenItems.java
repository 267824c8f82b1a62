package parley.source;

import java.sql.SQLException;
import parley.store.FeedItemLog;

/** Seen feed items kept in the DuckDB store (table feed_items), for `watch --db`. */
public final class StoreSeenItems implements SeenItems {
    private final FeedItemLog log;

    public StoreSeenItems(FeedItemLog log) {
        this.log = log;
    }

    @Override
    public boolean seen(String feed, String itemId) {
        try {
            return log.seen(feed, itemId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read feed_items in the store: " + e.getMessage(), e);
        }
    }

    @Override
    public void markSeen(String feed, String itemId) {
        try {
            log.markSeen(feed, itemId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write feed_items in the store: " + e.getMessage(), e);
        }
    }
}
