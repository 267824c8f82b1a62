package parley.app.plover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import parley.model.Actor;
import parley.model.CameoCode;

/**
 * How the gold file's PLOVER 0.5 types and actor codes line up with what Parley outputs (2021 PLOVER types,
 * ISO-3 countries, organisation keys). The rows and the reason for each are in
 * {@code parley/app/plover/gsr-correspondence.tsv}.
 */
public final class PloverCorrespondence {
    public static final String RESOURCE = "/parley/app/plover/gsr-correspondence.tsv";
    /** What an actor without a country or organisation, or no actor, is keyed as. */
    public static final String NONE = "---";
    /** Every Parley organisation not listed in an {@code org} row (the gold only says IGO or NGO). */
    public static final String ORG = "ORG";
    private static final Set<String> KINDS = Set.of("type", "actor", "org", "cameo");

    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, String> goldActors = new LinkedHashMap<>();
    private final Map<String, String> parleyOrgs = new LinkedHashMap<>();
    private final Map<String, String> cameoTypes = new LinkedHashMap<>();

    private PloverCorrespondence() {
    }

    public static PloverCorrespondence bundled() {
        try (InputStream in = PloverCorrespondence.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PloverCorrespondence parse(List<String> lines) {
        PloverCorrespondence c = new PloverCorrespondence();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3 || !KINDS.contains(cols[0])) {
                throw new IllegalStateException(RESOURCE + ":" + (n + 1) + ": expected kind (type, actor, org, cameo), gold, parley");
            }
            Map<String, String> into = switch (cols[0]) {
                case "type" -> c.types;
                case "actor" -> c.goldActors;
                case "org" -> c.parleyOrgs;
                default -> c.cameoTypes;
            };
            if (into.put(cols[1], cols[2]) != null) {
                throw new IllegalStateException(RESOURCE + ":" + (n + 1) + ": " + cols[1] + " appears twice");
            }
        }
        return c;
    }

    /** The 2021 type a gold record's 0.5 type is compared as; an unknown type names the record. */
    public String ploverType(GsrRecord record) {
        String t = types.get(record.gsrType());
        if (t == null) {
            throw new IllegalArgumentException(record.id() + ": PLOVER type " + record.gsrType()
                    + " has no row in " + RESOURCE);
        }
        return t;
    }

    /** The gold types with a row, in the file's order. */
    public Set<String> gsrTypes() {
        return types.keySet();
    }

    /**
     * The type a Parley event with this CAMEO code is compared as: the 2021 type of the CAMEO table, unless a
     * {@code cameo} row gives the code's PLOVER 0.5 type; null when the code has no PLOVER type (CAMEO 01, 02).
     */
    public String parleyType(CameoCode code) {
        return cameoTypes.getOrDefault(code.code(), code.plover());
    }

    /** The key a gold actor code is compared as. */
    public String goldKey(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        return goldActors.getOrDefault(c, c);
    }

    /** The key a Parley actor is compared as: its country, else its organisation's class, else none. */
    public String parleyKey(Actor actor) {
        if (actor == null) {
            return NONE;
        }
        if (actor.country() != null) {
            return actor.country();
        }
        if (actor.org() != null) {
            return parleyOrgs.getOrDefault(actor.org(), ORG);
        }
        return NONE;
    }
}
