package parley.store.query;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page ended: the sort key, its direction, the last event's sort value (null for an undated event when
 * sorting by date), its date when the sort is not the date (ties are broken by date, then id; null when undated)
 * and its id. Encoded as URL-safe base64 so clients pass it back untouched; decoding checks every part, so a forged
 * cursor is a 400, not SQL.
 */
record Cursor(SortKey sort, boolean descending, String value, String tieDate, String eventId) {

    /** A cursor of the date order, whose sort value is the date itself. */
    Cursor(SortKey sort, boolean descending, String value, String eventId) {
        this(sort, descending, value, null, eventId);
    }

    String encode() {
        String raw = sort.label() + "\n" + (descending ? "desc" : "asc") + "\n" + (value == null ? "" : value) + "\n"
                + (tieDate == null ? "" : tieDate) + "\n" + eventId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String token) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(token == null ? "" : token.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(token);
        }
        String[] parts = raw.split("\n", 5);
        if (parts.length != 5 || !(parts[1].equals("asc") || parts[1].equals("desc")) || parts[4].isEmpty()) {
            throw invalid(token);
        }
        SortKey key;
        try {
            key = SortKey.parse(parts[0]);
        } catch (InvalidParameterException e) {
            throw invalid(token);
        }
        boolean descending = parts[1].equals("desc");
        String tieDate = parts[3].isEmpty() ? null : parts[3];
        if (key == SortKey.DATE && tieDate != null) {
            throw invalid(token); // the date order's ties are its own value's
        }
        try {
            if (tieDate != null) {
                LocalDate.parse(tieDate);
            }
            if (parts[2].isEmpty() && key.nullable()) {
                return new Cursor(key, descending, null, tieDate, parts[4]);
            }
            switch (key) {
                case DATE -> LocalDate.parse(parts[2]);
                case GOLDSTEIN -> Double.parseDouble(parts[2]);
                default -> Integer.parseInt(parts[2]);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw invalid(token);
        }
        return new Cursor(key, descending, parts[2], tieDate, parts[4]);
    }

    private static InvalidParameterException invalid(String token) {
        return new InvalidParameterException("cursor", "not a cursor this API returned: '" + Text.clip(token) + "'");
    }
}
