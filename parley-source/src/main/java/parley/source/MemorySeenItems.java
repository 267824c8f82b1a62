package parley.source;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Seen items kept in memory only: a process that polls once, or a test. */
public final class MemorySeenItems implements SeenItems {
    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    @Override
    public boolean seen(String feed, String itemId) {
        return keys.contains(feed + '\t' + itemId);
    }

    @Override
    public void markSeen(String feed, String itemId) {
        keys.add(feed + '\t' + itemId);
    }
}
