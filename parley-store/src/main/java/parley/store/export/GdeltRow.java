package parley.store.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import parley.store.query.EventRows;

/** One export row as GDELT 2.0's 61 fields; each choice is explained in docs/exports.md. */
final class GdeltRow {
    /** Sentences 0 to 2 (the title and the first sentences): GDELT's "lead paragraph" for IsRootEvent. */
    static final int LEAD_SENTENCES = 3;

    private GdeltRow() {
    }

    static List<String> fields(ResultSet rs) throws SQLException {
        return fields(EventRows.Fields.of(rs));
    }

    static List<String> fields(EventRows.Fields row) throws SQLException {
        List<String> f = new ArrayList<>(61);
        f.add(Long.toString(globalEventId(row.text("event_id"))));
        String date = row.text("event_date");
        if (date == null) {
            f.add("");
            f.add("");
            f.add("");
            f.add("");
        } else {
            LocalDate d = LocalDate.parse(date);
            f.add(String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
            f.add(String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
            f.add(Integer.toString(d.getYear()));
            f.add(String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear()));
        }
        actor(f, row, "source");
        actor(f, row, "target");
        Number lead = (Number) row.value("lead_sentence");
        f.add(lead != null && lead.intValue() < LEAD_SENTENCES ? "1" : "0");
        String cameo = row.text("cameo");
        f.add(cameo);
        f.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
        f.add(row.text("root"));
        f.add(row.text("quad_class"));
        f.add(number(((Number) row.value("goldstein")).doubleValue()));
        f.add(row.text("num_mentions"));
        f.add(row.text("num_sources"));
        f.add(row.text("num_articles"));
        f.add("0"); // AvgTone: Parley computes no tone
        emptyGeo(f); // Actor1Geo: actors are not located apart from the event
        emptyGeo(f); // Actor2Geo
        actionGeo(f, row);
        String firstSeen = row.text("first_seen");
        String digits = firstSeen == null ? "" : firstSeen.replaceAll("[^0-9]", "");
        f.add(digits.length() > 14 ? digits.substring(0, 14) : digits); // YYYYMMDDHHMMSS
        String url = row.text("source_url");
        f.add(clean(url != null ? url : row.text("first_outlet")));
        return f;
    }

    private static void actor(List<String> f, EventRows.Fields row, String role) throws SQLException {
        f.add(clean(row.text(role + "_code")));
        f.add(clean(upper(row.text(role + "_name"))));
        f.add(clean(row.text(role + "_country")));
        f.add(clean(row.text(role + "_org")));
        f.add(""); // EthnicCode
        f.add(""); // Religion1Code
        f.add(""); // Religion2Code
        f.add(clean(row.text(role + "_sector")));
        f.add(""); // Type2Code
        f.add(""); // Type3Code
    }

    private static void emptyGeo(List<String> f) {
        f.add("0");
        for (int i = 0; i < 7; i++) {
            f.add("");
        }
    }

    private static void actionGeo(List<String> f, EventRows.Fields row) throws SQLException {
        Object lat = row.value("lat");
        Object lon = row.value("lon");
        String name = row.text("place_name");
        if (lat == null && name == null) {
            emptyGeo(f);
            return;
        }
        f.add(geoType(row.text("place_precision")));
        f.add(clean(name));
        f.add(clean(row.text("place_country")));
        f.add(""); // ADM1Code
        f.add(""); // ADM2Code
        f.add(lat == null ? "" : number(((Number) lat).doubleValue()));
        f.add(lon == null ? "" : number(((Number) lon).doubleValue()));
        f.add(clean(row.text("place_id")));
    }

    /** GDELT's geographic types: 1 country, 4 world city, 5 world state (region). */
    static String geoType(String precision) {
        if (precision == null) {
            return "4";
        }
        return switch (precision) {
            case "country" -> "1";
            case "region" -> "5";
            default -> "4";
        };
    }

    /** A stable positive 63-bit number for an event id (GDELT's ids are integers, Parley's are text). */
    static long globalEventId(String eventId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** Tabs and line breaks would break the row; they become spaces. */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]", " ");
    }
}
