package parley.model;

/**
 * A gazetteer entry.
 *
 * @param id stable gazetteer id ("gn:524901" for GeoNames places, "px:..." for Parley's own)
 * @param feature capital, city, region, country, island, sea or site
 */
public record Place(String id, String name, String country, double lat, double lon, long population,
                    String feature) {

    /** How precisely the place pins an event: city, region or country. */
    public String precision() {
        return switch (feature) {
            case "country" -> "country";
            case "region", "sea" -> "region";
            default -> "city";
        };
    }
}
