package parley.store;

import java.util.List;

/**
 * What storing one article did.
 *
 * @param stored false when the article was already in the store (same id or same text): nothing was added
 * @param mentions mentions written
 * @param newEvents how many more events the blocks its mentions fall in hold now
 * @param merged mentions that did not add an event: they joined one (possibly one this article made)
 * @param placements which event each written mention is in, and why (merge order, docs/store.md)
 */
public record StoreOutcome(boolean stored, int mentions, int newEvents, int merged, List<Placement> placements) {

    /** Where one mention went. */
    public record Placement(String mentionId, String eventId, String reason) {
    }

    public StoreOutcome {
        placements = List.copyOf(placements);
    }

    public static StoreOutcome alreadyStored() {
        return new StoreOutcome(false, 0, 0, 0, List.of());
    }
}
