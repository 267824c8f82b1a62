package parley.kb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import parley.model.CameoCode;

/** The CAMEO codes with their names, Goldstein scores, QuadClass and PLOVER types (kb/cameo.tsv). */
public final class CameoTable {
    public static final String RESOURCE = "parley/kb/cameo.tsv";
    public static final String INTENTS = "parley/kb/intents.tsv";
    private final Map<String, CameoCode> byCode;
    private final Map<String, String> intents = new HashMap<>();

    public CameoTable(Map<String, CameoCode> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    public static CameoTable bundled() {
        CameoTable table = fromRows(TsvFile.resource(RESOURCE, 5));
        for (TsvFile.Row row : TsvFile.resource(INTENTS, 2)) {
            if (!table.contains(row.get(0)) || !table.contains(row.get(1)) || !row.get(1).startsWith("03")) {
                throw row.error("expected a CAMEO code and the 03x code announcing it: " + row.cells());
            }
            table.intents.put(row.get(0), row.get(1));
        }
        return table;
    }

    /**
     * The "express intent" code an announced future act is coded as (kb/intents.tsv): "will restore relations"
     * is 032; null when announcing the act is not cooperation CAMEO codes as intent (threats have their own root).
     */
    public CameoCode intentFor(CameoCode future) {
        for (String prefix = future.code(); prefix.length() >= 2; prefix = prefix.substring(0, prefix.length() - 1)) {
            String intent = intents.get(prefix);
            if (intent != null) {
                return get(intent);
            }
        }
        return null;
    }

    static CameoTable fromRows(List<TsvFile.Row> rows) {
        Map<String, CameoCode> map = new HashMap<>();
        for (TsvFile.Row row : rows) {
            String code = row.get(0);
            if (!code.matches("\\d{2,4}")) {
                throw row.error("CAMEO code must have 2 to 4 digits: " + code);
            }
            try {
                map.put(code, new CameoCode(code, row.get(1), Double.parseDouble(row.get(2)),
                        Integer.parseInt(row.get(3)), row.optional(4)));
            } catch (NumberFormatException e) {
                throw row.error("bad Goldstein score or QuadClass: " + e.getMessage());
            }
        }
        return new CameoTable(map);
    }

    /** The code's row; a code missing from the table is a bug in a lexicon file. */
    public CameoCode get(String code) {
        CameoCode c = byCode.get(code);
        if (c == null) {
            throw new KnowledgeFileException("CAMEO code not in " + RESOURCE + ": " + code);
        }
        return c;
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public int size() {
        return byCode.size();
    }
}
