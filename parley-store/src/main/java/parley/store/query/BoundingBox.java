package parley.store.query;

/** A longitude/latitude box; west may be greater than east when the box crosses the antimeridian. */
public record BoundingBox(double west, double south, double east, double north) {
    public BoundingBox {
        check(west, -180, 180, "west longitude");
        check(east, -180, 180, "east longitude");
        check(south, -90, 90, "south latitude");
        check(north, -90, 90, "north latitude");
        if (south > north) {
            throw new InvalidParameterException("bbox", "south latitude " + south + " is above north " + north);
        }
    }

    private static void check(double v, double min, double max, String what) {
        if (!(v >= min && v <= max)) {
            throw new InvalidParameterException("bbox", what + " must be within [" + min + ", " + max + "], got " + v);
        }
    }

    /** Parses {@code west,south,east,north} (the GeoJSON order). */
    public static BoundingBox parse(String s) {
        String[] parts = s.split(",", -1);
        if (parts.length != 4) {
            throw new InvalidParameterException("bbox", "expected west,south,east,north (4 numbers), got '"
                    + Text.clip(s) + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("bbox", "'" + Text.clip(parts[i]) + "' is not a number");
            }
        }
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }
}
