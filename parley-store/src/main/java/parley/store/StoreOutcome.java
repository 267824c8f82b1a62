package parley.store;

/**
 * What storing one article did.
 *
 * @param stored false when the article was already in the store (same id or same text): nothing was added
 * @param mentions mentions written
 * @param newEvents events created by them
 * @param merged mentions that joined an event that already existed (possibly one this article created)
 */
public record StoreOutcome(boolean stored, int mentions, int newEvents, int merged) {

    public static StoreOutcome alreadyStored() {
        return new StoreOutcome(false, 0, 0, 0);
    }
}
