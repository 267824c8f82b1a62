package parley.kb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parley.model.CameoCode;

/** The CAMEO codes with their names, Goldstein scores, QuadClass and PLOVER types (kb/cameo.tsv). */
public final class CameoTable {
    public static final String RESOURCE = "parley/kb/cameo.tsv";
    private final Map<String, CameoCode> byCode;

    public CameoTable(Map<String, CameoCode> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    public static CameoTable bundled() {
        return fromRows(TsvFile.resource(RESOURCE, 5));
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

    /** Every code of the table, in code order (01, 010, 011, ... 20, 200...). */
    public List<CameoCode> codes() {
        return byCode.values().stream().sorted(java.util.Comparator.comparing(CameoCode::code)).toList();
    }

    public int size() {
        return byCode.size();
    }
}
