package parley.source;

/**
 * Remembers which feed items were already handled, so a poll hands on only new ones. The store will
 * implement it later; {@link FileSeenItems} and {@link MemorySeenItems} serve until then.
 */
public interface SeenItems {
    boolean seen(String feed, String itemId);

    void markSeen(String feed, String itemId);
}
