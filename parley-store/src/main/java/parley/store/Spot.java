package parley.store;

import parley.model.Place;

/** Where a mention or an event is placed, as far as merging cares: country, coordinates and precision. */
public record Spot(String name, String country, double lat, double lon, String precision, String id) {
    private static final double EARTH_KM = 6371.0;

    public static Spot of(Place p) {
        return p == null ? null : new Spot(p.name(), p.country(), p.lat(), p.lon(), p.precision(), p.id());
    }

    /** City beats region beats country: an event keeps the most precise place among its mentions. */
    public int rank() {
        return switch (precision == null ? "" : precision) {
            case "city" -> 3;
            case "region" -> 2;
            case "country" -> 1;
            default -> 0;
        };
    }

    /** Great-circle distance (haversine). */
    public double kmTo(Spot o) {
        double dLat = Math.toRadians(o.lat - lat);
        double dLon = Math.toRadians(o.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(o.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
