package parley.store.query;

import parley.store.EvidenceWords;

/**
 * Turns an {@link EventFilter} into SQL over {@code events e}. Column names and sort expressions are constants
 * of this class or of {@link SortKey}; every value from the filter is a bound parameter.
 */
public final class EventSql {
    /** The events columns every event query reads, in the order of schema.sql. */
    public static final String EVENT_COLUMNS = "e.event_id, e.source_code, e.source_name, e.source_country, e.source_org,"
            + " e.source_sector, e.target_code, e.target_name, e.target_country, e.target_org, e.target_sector,"
            + " e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.mode, e.event_date, e.date_precision,"
            + " e.place_name, e.place_country, e.lat, e.lon, e.place_precision, e.place_id, e.num_mentions,"
            + " e.num_sources, e.num_articles, e.first_seen, e.last_seen, e.langs";

    private EventSql() {
    }

    /** {@code WHERE ...} for every filter but the cursor and the page (always a WHERE: "TRUE" when empty). */
    public static SqlQuery where(EventFilter f) {
        SqlQuery q = new SqlQuery().append(" WHERE TRUE");
        if (f.actor != null) {
            q.append(" AND (e.source_code = ? OR e.target_code = ?)", f.actor, f.actor);
        }
        if (f.source != null) {
            q.append(" AND e.source_code = ?", f.source);
        }
        if (f.target != null) {
            q.append(" AND e.target_code = ?", f.target);
        }
        if (f.country != null) {
            q.append(" AND (e.source_country = ? OR e.target_country = ?)", f.country, f.country);
        }
        if (f.sourceCountry != null) {
            q.append(" AND e.source_country = ?", f.sourceCountry);
        }
        if (f.targetCountry != null) {
            q.append(" AND e.target_country = ?", f.targetCountry);
        }
        if (f.org != null) {
            q.append(" AND (e.source_org = ? OR e.target_org = ?)", f.org, f.org);
        }
        if (f.sourceOrg != null) {
            q.append(" AND e.source_org = ?", f.sourceOrg);
        }
        if (f.targetOrg != null) {
            q.append(" AND e.target_org = ?", f.targetOrg);
        }
        if (f.dyadFirst != null) {
            if (f.dyadEitherOrder) {
                q.append(" AND ((e.source_code = ? AND e.target_code = ?) OR (e.source_code = ? AND e.target_code = ?))",
                        f.dyadFirst, f.dyadSecond, f.dyadSecond, f.dyadFirst);
            } else {
                q.append(" AND e.source_code = ? AND e.target_code = ?", f.dyadFirst, f.dyadSecond);
            }
        }
        if (f.cameoPrefix != null) {
            // Digits only (validated), but bound all the same; no wildcard can come from the value.
            q.append(" AND starts_with(e.cameo, ?)", f.cameoPrefix);
        }
        if (f.root != null) {
            q.append(" AND e.root = ?", f.root);
        }
        if (f.quadClass != null) {
            q.append(" AND e.quad_class = ?", f.quadClass);
        }
        if (f.from != null) {
            q.append(" AND e.event_date >= CAST(? AS DATE)", f.from.toString());
        }
        if (f.to != null) {
            q.append(" AND e.event_date <= CAST(? AS DATE)", f.to.toString());
        }
        if (f.lang != null) {
            // langs is a sorted comma list ("en,fr"); matching whole items without splitting every row's text.
            q.append(" AND (e.langs = ? OR starts_with(e.langs, ? || ',') OR ends_with(e.langs, ',' || ?)"
                    + " OR contains(e.langs, ',' || ? || ','))", f.lang, f.lang, f.lang, f.lang);
        }
        if (f.bbox != null) {
            BoundingBox b = f.bbox;
            q.append(" AND e.lat BETWEEN ? AND ?", b.south(), b.north());
            if (b.west() <= b.east()) {
                q.append(" AND e.lon BETWEEN ? AND ?", b.west(), b.east());
            } else {
                q.append(" AND (e.lon >= ? OR e.lon <= ?)", b.west(), b.east());
            }
        }
        if (!f.words.isEmpty()) {
            // The word index gives each word's events; the event must be in all of them.
            q.append(" AND e.event_id IN (");
            for (int i = 0; i < f.words.size(); i++) {
                q.append((i == 0 ? "" : " INTERSECT ") + EvidenceWords.lookup(), f.words.get(i));
            }
            q.append(")");
        }
        if (f.minSources != null) {
            q.append(" AND e.num_sources >= ?", f.minSources);
        }
        if (f.mode != null) {
            q.append(" AND e.mode = ?", f.mode);
        }
        return q;
    }

    /** The filtered events in sort order, after the cursor, one page (or all of them when unlimited). */
    public static SqlQuery page(EventFilter f, String columns) {
        return new SqlQuery().append("SELECT " + columns + " FROM events e").append(pageConditions(f));
    }

    /**
     * The same page, read in two steps: the row ids of the page first (a top-N over the sort keys only), then
     * the page's columns for those rows alone. DuckDB otherwise reads every column of every matching row to sort
     * them, which is most of the time of a page over a million events.
     */
    public static SqlQuery pageByRowId(EventFilter f, String columns) {
        return pageByRowId(f, columns, null);
    }

    /**
     * The same, among the events dated {@code sinceOrUntil} or later (descending order) or earlier (ascending):
     * a window at the head of the date order, which DuckDB reads alone when rows are stored by date. The page
     * is the same as without the window only when the window held a full page; the caller checks.
     */
    public static SqlQuery pageByRowId(EventFilter f, String columns, java.time.LocalDate sinceOrUntil) {
        SqlQuery window = new SqlQuery();
        if (sinceOrUntil != null) {
            if (f.sort != SortKey.DATE) {
                throw new IllegalArgumentException("a date window only applies to the date order");
            }
            window.append(" AND e.event_date " + (f.descending ? ">=" : "<=") + " CAST(? AS DATE)",
                    sinceOrUntil.toString());
        }
        return new SqlQuery().append("SELECT " + columns + " FROM events e WHERE e.rowid IN (SELECT e.rowid FROM events e")
                .append(pageConditions(f, window)).append(") ORDER BY " + ordering(f));
    }

    /** True for the filters that seldom match many events and cost more than a column test: words, a dyad. */
    public static boolean usuallyFew(EventFilter f) {
        return !f.words.isEmpty() || f.dyadFirst != null;
    }

    /**
     * The page and, on each row, the total count ({@code totalColumn}), from one search: the matches (row id and
     * sort keys only) are kept while both are computed. For filters matching few events: keeping a million would
     * cost more than the second search it saves. An empty page carries no count.
     */
    public static SqlQuery pageWithTotal(EventFilter f, String columns, String totalColumn) {
        return new SqlQuery().append("WITH parley_matches AS MATERIALIZED (SELECT e.rowid AS parley_rowid, e.event_id,"
                        + " e.event_date, e.goldstein, e.num_sources, e.num_mentions FROM events e").append(where(f))
                .append(") SELECT " + columns + ", (SELECT count(*) FROM parley_matches) AS " + totalColumn
                        + " FROM events e WHERE e.rowid IN (SELECT e.parley_rowid FROM parley_matches e")
                .append(cursorAndPage(f, new SqlQuery().append(" WHERE TRUE"))).append(") ORDER BY " + ordering(f));
    }

    private static SqlQuery pageConditions(EventFilter f) {
        return pageConditions(f, new SqlQuery());
    }

    private static SqlQuery pageConditions(EventFilter f, SqlQuery window) {
        return cursorAndPage(f, new SqlQuery().append(where(f)).append(window));
    }

    /** The cursor's condition, the order and the page, after {@code q} (a WHERE clause). */
    private static SqlQuery cursorAndPage(EventFilter f, SqlQuery q) {
        if (f.cursor != null) {
            Cursor c = f.cursor;
            if (c.sort() != f.sort || c.descending() != f.descending) {
                throw new InvalidParameterException("cursor", "this cursor belongs to sort=" + c.sort().label()
                        + " order=" + (c.descending() ? "desc" : "asc") + "; keep the same sort and order");
            }
            String op = f.descending ? "<" : ">";
            String key = f.sort.expression;
            if (c.value() == null) {
                // The page ended among the undated events, which come last: continue among them by id.
                q.append(" AND " + key + " IS NULL AND e.event_id " + op + " ?", c.eventId());
            } else {
                String value = "CAST(? AS " + f.sort.sqlType + ")";
                q.append(" AND (" + key + " " + op + " " + value + " OR (" + key + " = " + value + " AND e.event_id "
                        + op + " ?)" + (f.sort.nullable() ? " OR " + key + " IS NULL" : "") + ")",
                        c.value(), c.value(), c.eventId());
            }
        }
        q.append(" ORDER BY " + ordering(f));
        if (f.limit != null) {
            q.append(" LIMIT ?", f.limit);
        }
        if (f.offset > 0) {
            q.append(" OFFSET ?", f.offset);
        }
        return q;
    }

    /** The ORDER BY list of the filter's sort (whitelisted expressions), ties broken by event id. */
    public static String ordering(EventFilter f) {
        String dir = f.descending ? "DESC" : "ASC";
        return f.sort.expression + " " + dir + " NULLS LAST, e.event_id " + dir;
    }

    public static SqlQuery count(EventFilter f) {
        return new SqlQuery().append("SELECT count(*) FROM events e").append(where(f));
    }

    /** The cursor that continues after this row (the last of a page). */
    static String cursorAfter(EventFilter f, Object sortValue, String eventId) {
        return new Cursor(f.sort, f.descending, sortValue == null ? null : sortValue.toString(), eventId).encode();
    }
}
