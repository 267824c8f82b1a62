package parley.app.eval;

/** Counts of found, wrong and missed events, and of places checked. */
public final class Tally {
    int found;
    int wrong;
    int missed;
    int neutral;
    int placesChecked;
    int placesRight;

    public int found() {
        return found;
    }

    public int wrong() {
        return wrong;
    }

    public int missed() {
        return missed;
    }

    public double precision() {
        return found + wrong == 0 ? 0 : (double) found / (found + wrong);
    }

    public double recall() {
        return found + missed == 0 ? 0 : (double) found / (found + missed);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of found events whose gold has a place that Parley put within 100 km; -1 when none had one. */
    public double placeAccuracy() {
        return placesChecked == 0 ? -1 : (double) placesRight / placesChecked;
    }

    void add(Tally o) {
        found += o.found;
        wrong += o.wrong;
        missed += o.missed;
        neutral += o.neutral;
        placesChecked += o.placesChecked;
        placesRight += o.placesRight;
    }

    @Override
    public String toString() {
        String place = placesChecked == 0 ? "-" : String.format("%.3f (%d/%d)", placeAccuracy(), placesRight, placesChecked);
        return String.format("P %.3f  R %.3f  F1 %.3f  (found %d, wrong %d, missed %d, neutral %d)  places %s",
                precision(), recall(), f1(), found, wrong, missed, neutral, place);
    }
}
