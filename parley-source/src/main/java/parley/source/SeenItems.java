package parley.source;

/**
 * Remembers which feed items were already handled, so a poll hands on only new ones. Kept in the store
 * ({@link StoreSeenItems}, for `watch --db`), in a file ({@link FileSeenItems}) or in memory.
 */
public interface SeenItems {
    boolean seen(String feed, String itemId);

    void markSeen(String feed, String itemId);
}
