package parley.store;

import java.util.Objects;

/**
 * Decides whether a new mention reports an event already stored. All conditions must hold:
 * same mode; same root or compatible codes; the same dyad (an unordered pair for undirected codes such as
 * consultations); dates within {@link MergeSettings#days()} (two undated reports may merge, a dated one never
 * joins an undated one); and no place conflict. The rule is documented in docs/store.md.
 */
public final class MergeRule {
    private final MergeSettings settings;

    public MergeRule(MergeSettings settings) {
        this.settings = settings;
    }

    public MergeSettings settings() {
        return settings;
    }

    public boolean sameEvent(Occurrence event, Occurrence mention) {
        return event.mode().equals(mention.mode())
                && settings.compatibleCodes(event.cameo(), mention.cameo())
                && sameDyad(event, mention)
                && closeInTime(event.date(), mention.date())
                && !placesConflict(event.place(), mention.place());
    }

    private boolean sameDyad(Occurrence a, Occurrence b) {
        if (Objects.equals(a.source(), b.source()) && Objects.equals(a.target(), b.target())) {
            return true;
        }
        boolean undirected = settings.undirected(a.cameo()) || settings.undirected(b.cameo());
        return undirected && Objects.equals(a.source(), b.target()) && Objects.equals(a.target(), b.source());
    }

    private boolean closeInTime(DateSpan a, DateSpan b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return a.daysApart(b) <= settings.days();
    }

    /**
     * Both placed, and in different countries, or both pinned to a city and farther apart than
     * {@link MergeSettings#km()}. Region and country places are only compared by country: their coordinates
     * are centroids, and a centroid's distance to a city in it says nothing. One unplaced report is no conflict.
     */
    public boolean placesConflict(Spot a, Spot b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
            return true;
        }
        return a.rank() == 3 && b.rank() == 3 && a.kmTo(b) > settings.km();
    }
}
