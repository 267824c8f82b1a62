package parley.store;

import parley.model.Actor;

/**
 * What merging compares of a mention or of a stored event: the dyad at country (or organisation) and sector
 * level, the code, the mode, the date span and the place.
 */
public record Occurrence(Side source, Side target, String cameo, String mode, DateSpan date, Spot place) {

    /** One end of the dyad: country or organisation key, and sector (either may be null). */
    public record Side(String key, String sector) {
        public static Side of(Actor a) {
            return a == null ? null : new Side(a.key(), a.sector());
        }
    }
}
