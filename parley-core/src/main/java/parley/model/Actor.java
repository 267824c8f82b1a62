package parley.model;

/**
 * Who acts: a state or an organisation, optionally narrowed to a sector (government, military, ...).
 *
 * @param name canonical name ("Vladimir Putin", "Russia", "United Nations")
 * @param country ISO 3166-1 alpha-3 of the state it belongs to, or null
 * @param org organisation key (UN, EU, ISIL...) when it belongs to no state, or null
 * @param sector CAMEO sector code (GOV, MIL, OPP...) or null
 * @param orgCameo the CAMEO code of the organisation (IGOUNO...), or null
 */
public record Actor(String name, String country, String org, String sector, String orgCameo) {

    public static Actor ofCountry(String name, String iso3, String sector) {
        return new Actor(name, iso3, null, sector, null);
    }

    public static Actor ofOrg(String name, String key, String orgCameo, String sector) {
        return new Actor(name, null, key, sector, orgCameo);
    }

    /** CAMEO-style actor code: country or organisation code followed by the sector, e.g. USAGOV, IGOUNO. */
    public String code() {
        String base = country != null ? country : (orgCameo != null ? orgCameo : org);
        return sector == null || (org != null && sector.equals("IGO")) ? base : base + sector;
    }

    /** The country or organisation this actor is counted under. */
    public String key() {
        return country != null ? country : org;
    }

    public Actor withSector(String newSector) {
        return new Actor(name, country, org, newSector, orgCameo);
    }

    public Actor withName(String newName) {
        return new Actor(newName, country, org, sector, orgCameo);
    }

    public boolean sameKey(Actor other) {
        return other != null && key().equals(other.key());
    }
}
