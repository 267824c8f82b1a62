package parley.store.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@link EventFilter} from text parameters named as in the HTTP API (snake_case). Shared by the HTTP
 * server and the export command, so both accept the same names and values and refuse the same mistakes.
 */
public final class FilterParams {
    /** Every filter, sort and page parameter, in the order docs/api.md lists them. */
    public static final List<String> NAMES = List.of("actor", "source", "target", "country", "source_country",
            "target_country", "org", "source_org", "target_org", "dyad", "either_order", "cameo", "root", "quad_class",
            "from", "to", "lang", "bbox", "q", "min_sources", "mode", "sort", "order", "limit", "offset", "cursor");

    private FilterParams() {
    }

    /**
     * The filter these parameters describe. Missing or blank parameters are not filters. {@code limit} defaults to
     * {@link EventFilter#DEFAULT_LIMIT}, or to no limit at all when {@code unlimitedByDefault} (exports).
     */
    public static EventFilter parse(Map<String, String> p, boolean unlimitedByDefault) {
        EventFilter f = new EventFilter();
        if (unlimitedByDefault) {
            f.unlimited();
        }
        set(p, "actor", f::actor);
        set(p, "source", f::source);
        set(p, "target", f::target);
        set(p, "country", f::country);
        set(p, "source_country", f::sourceCountry);
        set(p, "target_country", f::targetCountry);
        set(p, "org", f::org);
        set(p, "source_org", f::sourceOrg);
        set(p, "target_org", f::targetOrg);
        boolean eitherOrder = bool(p, "either_order");
        set(p, "dyad", v -> f.dyad(v, eitherOrder));
        if (has(p, "either_order") && !has(p, "dyad")) {
            throw new InvalidParameterException("either_order", "only means something with dyad");
        }
        set(p, "cameo", f::cameo);
        set(p, "root", f::root);
        set(p, "quad_class", v -> f.quadClass(integer("quad_class", v)));
        set(p, "from", v -> f.from(date("from", v)));
        set(p, "to", v -> f.to(date("to", v)));
        set(p, "lang", f::lang);
        set(p, "bbox", v -> f.bbox(BoundingBox.parse(v)));
        set(p, "q", f::words);
        set(p, "min_sources", v -> f.minSources(integer("min_sources", v)));
        set(p, "mode", f::mode);
        SortKey sort = has(p, "sort") ? SortKey.parse(p.get("sort").strip()) : SortKey.DATE;
        boolean desc = true;
        if (has(p, "order")) {
            String o = p.get("order").strip();
            if (!o.equals("asc") && !o.equals("desc")) {
                throw new InvalidParameterException("order", "expected asc or desc, got '" + Text.clip(o) + "'");
            }
            desc = o.equals("desc");
        }
        f.sort(sort, desc);
        set(p, "limit", v -> f.limit(integer("limit", v)));
        set(p, "offset", v -> f.offset(integer("offset", v)));
        set(p, "cursor", f::cursor);
        if (f.cursor != null && !has(p, "sort") && !has(p, "order")) {
            // A cursor knows the order it was made in; the next page need not repeat sort and order.
            f.sort(f.cursor.sort(), f.cursor.descending());
        }
        return f;
    }

    static boolean has(Map<String, String> p, String name) {
        String v = p.get(name);
        return v != null && !v.isBlank();
    }

    private static void set(Map<String, String> p, String name, java.util.function.Consumer<String> setter) {
        if (has(p, name)) {
            setter.accept(p.get(name));
        }
    }

    /** A whole number; anything else (including numbers too large for an int) names the parameter. */
    public static int integer(String name, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "expected a whole number, got '" + Text.clip(v) + "'");
        }
    }

    static boolean bool(Map<String, String> p, String name) {
        if (!has(p, name)) {
            return false;
        }
        String v = p.get(name).strip();
        if (v.equals("true") || v.equals("1")) {
            return true;
        }
        if (v.equals("false") || v.equals("0")) {
            return false;
        }
        throw new InvalidParameterException(name, "expected true or false, got '" + Text.clip(v) + "'");
    }

    static LocalDate date(String name, String v) {
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "expected an ISO date such as 2024-05-14, got '" + Text.clip(v) + "'");
        }
    }
}
