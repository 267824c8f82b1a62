package parley.app.actors;

import java.util.Set;
import parley.kb.ActorKnowledgeBase;

/**
 * Reads a CAMEO-style actor code back into the country or organisation it is counted under (RUSGOV is
 * RUS, IGOUNOMIL is UN, IGOUNOIAE is the IAEA, AQ is AQ), checking that its sector is one Parley uses.
 */
public final class CountryLevel {
    /** The sector codes of docs/kb-actors.md. */
    static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "CVL", "MED",
            "BUS", "REF", "SPY", "PTY", "NGO", "IGO", "HRI", "LAB", "EDU", "HLH", "ELI", "CRM", "UAF");

    private final ActorKnowledgeBase kb;

    public CountryLevel(ActorKnowledgeBase kb) {
        this.kb = kb;
    }

    /** The key of {@code code}; fails, naming the code, on one that no country or organisation explains. */
    public String keyOf(String code) {
        if (kb.isOrganisation(code)) {
            return code; // organisations without a CAMEO code (AQ, ISIL) are written with their key
        }
        ActorKnowledgeBase.Organisation org = kb.organisationByCameo(code);
        if (org != null) {
            return checked(code, org.key(), code.substring(org.cameo().length()));
        }
        if (code.length() >= 3 && kb.isCountry(code.substring(0, 3))) {
            return checked(code, code.substring(0, 3), code.substring(3));
        }
        throw new IllegalArgumentException("actor code names no known country or organisation: " + code);
    }

    private static String checked(String code, String key, String sector) {
        if (!sector.isEmpty() && !SECTORS.contains(sector)) {
            throw new IllegalArgumentException("actor code " + code + " has an unknown sector: " + sector);
        }
        return key;
    }
}
