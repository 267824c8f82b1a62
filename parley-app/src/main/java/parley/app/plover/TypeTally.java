package parley.app.plover;

/**
 * Counts for one PLOVER type (or all): gold events and how many Parley found with the right actors or only
 * the right type, and Parley's events and how many of them match a gold event of their sentence.
 */
public final class TypeTally {
    int gold;
    int found;
    int typeFound;
    int parley;
    int right;

    public int gold() {
        return gold;
    }

    public int found() {
        return found;
    }

    public int typeFound() {
        return typeFound;
    }

    public int parley() {
        return parley;
    }

    public int right() {
        return right;
    }

    /** Share of Parley's events that match a gold event of their sentence; NaN when Parley gave none. */
    public double precision() {
        return parley == 0 ? Double.NaN : (double) right / parley;
    }

    /** Share of gold events found with type and actors right; NaN when there is none. */
    public double recall() {
        return gold == 0 ? Double.NaN : (double) found / gold;
    }

    /** Share of gold events whose sentence has a Parley event of their type, actors ignored. */
    public double typeRecall() {
        return gold == 0 ? Double.NaN : (double) typeFound / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
    }
}
