package parley.store.query;

import java.util.ArrayList;
import java.util.List;
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
        SqlQuery q = new SqlQuery().append(" WHERE TRUE").append(conditions(f));
        for (List<SqlQuery> either : alternatives(f)) {
            q.append(" AND (");
            for (int i = 0; i < either.size(); i++) {
                q.append(i == 0 ? "" : " OR ").append(either.get(i));
            }
            q.append(")");
        }
        return q;
    }

    /**
     * The filters that are one test every matching event passes ({@code " AND ..."} each). DuckDB pushes such
     * tests on one column into the scan, where they skip whole vectors; the either-or filters are apart
     * ({@link #alternatives}) because an OR across two columns cannot be pushed down.
     */
    private static SqlQuery conditions(EventFilter f) {
        SqlQuery q = new SqlQuery();
        if (f.source != null) {
            q.append(" AND e.source_code = ?", f.source);
        }
        if (f.target != null) {
            q.append(" AND e.target_code = ?", f.target);
        }
        if (f.sourceCountry != null) {
            q.append(" AND e.source_country = ?", f.sourceCountry);
        }
        if (f.targetCountry != null) {
            q.append(" AND e.target_country = ?", f.targetCountry);
        }
        if (f.sourceOrg != null) {
            q.append(" AND e.source_org = ?", f.sourceOrg);
        }
        if (f.targetOrg != null) {
            q.append(" AND e.target_org = ?", f.targetOrg);
        }
        if (f.dyadFirst != null && !f.dyadEitherOrder) {
            q.append(" AND e.source_code = ? AND e.target_code = ?", f.dyadFirst, f.dyadSecond);
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

    /**
     * The either-or filters: for each, the tests of which a matching event passes at least one (an actor as the
     * source or as the target, a dyad in either order...). Each test compares columns to values and nothing else.
     */
    private static List<List<SqlQuery>> alternatives(EventFilter f) {
        List<List<SqlQuery>> all = new ArrayList<>();
        if (f.actor != null) {
            all.add(eitherRole("code", f.actor));
        }
        if (f.country != null) {
            all.add(eitherRole("country", f.country));
        }
        if (f.org != null) {
            all.add(eitherRole("org", f.org));
        }
        if (f.dyadFirst != null && f.dyadEitherOrder) {
            all.add(List.of(
                    new SqlQuery().append("(e.source_code = ? AND e.target_code = ?)", f.dyadFirst, f.dyadSecond),
                    new SqlQuery().append("(e.source_code = ? AND e.target_code = ?)", f.dyadSecond, f.dyadFirst)));
        }
        return all;
    }

    /** {@code e.source_X = value} or {@code e.target_X = value}; {@code column} is one of this class's names. */
    private static List<SqlQuery> eitherRole(String column, String value) {
        return List.of(new SqlQuery().append("e.source_" + column + " = ?", value),
                new SqlQuery().append("e.target_" + column + " = ?", value));
    }

    /** Most branches a page is split into (see {@link #branches}); more either-or filters are read as one OR. */
    static final int MAX_BRANCHES = 8;

    /**
     * The filter and the cursor as a union of branches without OR: one branch per choice among the alternatives
     * of each either-or filter (two for an actor, four for an actor and a country...) and of the cursor (before
     * the cursor's value, at its value but before its id, undated...). An event may be in several branches; a
     * union without duplicates is then exactly the events {@link #where} and {@link #afterCursor} match. Each
     * branch is a {@code WHERE} clause.
     */
    static List<SqlQuery> branches(EventFilter f) {
        List<SqlQuery> branches = new ArrayList<>(List.of(new SqlQuery().append(" WHERE TRUE").append(conditions(f))));
        List<List<SqlQuery>> choices = new ArrayList<>(alternatives(f));
        if (f.cursor != null) {
            choices.add(cursorAlternatives(f));
        }
        for (List<SqlQuery> either : choices) {
            List<SqlQuery> next = new ArrayList<>();
            for (SqlQuery b : branches) {
                for (SqlQuery test : either) {
                    next.add(new SqlQuery().append(b).append(" AND ").append(test));
                }
            }
            branches = next;
        }
        return branches;
    }

    /** The filtered events in sort order, after the cursor, one page (or all of them when unlimited). */
    public static SqlQuery page(EventFilter f, String columns) {
        return new SqlQuery().append("SELECT " + columns + " FROM events e").append(where(f))
                .append(afterCursor(f)).append(orderAndPage(f));
    }

    /**
     * The same page, read in two steps: the row ids of the page first (a top-N over the filter and sort columns
     * only), then the page's columns for those rows alone. DuckDB otherwise carries every column of every matching
     * row through the sort. A filter with either-or parts (actor, country, org, dyad in either order) or a cursor is
     * read as a union of branches without OR (see {@link #branches}), each its own top-N of the page's size: DuckDB
     * pushes each branch's tests into its scan (skipping row groups by their min/max: a cursor's date reads only the
     * dates before it), which an OR prevents, and the page is the top-N of their union. Past {@link #MAX_BRANCHES},
     * one query with the ORs. For a page of a limited size only (exports read every event through {@link #page}).
     */
    public static SqlQuery pageByRowId(EventFilter f, String columns) {
        return new SqlQuery().append("SELECT " + columns + " FROM events e WHERE e.rowid IN (SELECT e.parley_rowid FROM (")
                .append(pageRows(f)).append(") e) ORDER BY " + ordering(f));
    }

    /**
     * The same page as {@link #pageByRowId}, as each event's card (parley.store.EventCards) and its rank in the
     * page ({@code card, parley_rank}, in page order). The card is one column where the page's columns are 31: a
     * page of rows spread over the store decompresses one vector per row instead of 31. The page's order comes
     * from its row-id query, so no sort column is read again.
     */
    public static SqlQuery pageCards(EventFilter f) {
        return new SqlQuery().append("SELECT e.card, p.parley_rank FROM events e JOIN (SELECT e.parley_rowid,"
                        + " row_number() OVER (ORDER BY " + ordering(f) + ") AS parley_rank FROM (")
                .append(pageRows(f)).append(") e) p ON e.rowid = p.parley_rowid ORDER BY p.parley_rank");
    }

    /**
     * The row ids of the page ({@code parley_rowid}) with the columns of its order (the event id, the date and the
     * sort column, under their names): a top-N over the filter and sort columns only. A filter with either-or parts
     * or a cursor is a union of branches, each its own top-N (see {@link #pageByRowId}).
     */
    private static SqlQuery pageRows(EventFilter f) {
        if (f.limit == null) {
            throw new IllegalArgumentException("a page read by row id needs a limit");
        }
        String orderColumns = "e.event_id, " + DATE_TIE + (f.sort == SortKey.DATE ? "" : ", " + f.sort.expression);
        List<SqlQuery> branches = branches(f);
        SqlQuery rows = new SqlQuery();
        if (branches.size() > MAX_BRANCHES) {
            rows.append("SELECT e.rowid AS parley_rowid, " + orderColumns + " FROM events e").append(where(f))
                    .append(afterCursor(f)).append(orderAndPage(f));
        } else if (branches.size() == 1) {
            rows.append("SELECT e.rowid AS parley_rowid, " + orderColumns + " FROM events e").append(branches.get(0))
                    .append(orderAndPage(f));
        } else {
            // Each branch keeps the events of the page and those before it; the union's top-N is the page.
            rows.append("SELECT e.parley_rowid, " + orderColumns + " FROM (");
            for (int i = 0; i < branches.size(); i++) {
                rows.append(i == 0 ? "(" : " UNION (").append("SELECT e.rowid AS parley_rowid, " + orderColumns
                                + " FROM events e").append(branches.get(i))
                        .append(" ORDER BY " + ordering(f) + " LIMIT ?)", (long) f.offset + f.limit);
            }
            rows.append(") e").append(orderAndPage(f));
        }
        return rows;
    }

    /** The cursor's condition ({@code " AND (...)"}): its alternatives joined by OR; nothing without a cursor. */
    private static SqlQuery afterCursor(EventFilter f) {
        SqlQuery q = new SqlQuery();
        if (f.cursor != null) {
            List<SqlQuery> either = cursorAlternatives(f);
            q.append(" AND (");
            for (int i = 0; i < either.size(); i++) {
                q.append(i == 0 ? "" : " OR ").append(either.get(i));
            }
            q.append(")");
        }
        return q;
    }

    /** The column that breaks ties of the other sorts, before the id. */
    private static final String DATE_TIE = "e.event_date";

    /**
     * The rows after the cursor, in the order of {@link #ordering}, as tests without OR of which a row passes at
     * least one: after the cursor's sort value; or at that value and after its date (the other sorts' tie); or at
     * both and after its id; or without a value where the cursor's had one (null values come last).
     */
    private static List<SqlQuery> cursorAlternatives(EventFilter f) {
        Cursor c = f.cursor;
        if (c.sort() != f.sort || c.descending() != f.descending) {
            throw new InvalidParameterException("cursor", "this cursor belongs to sort=" + c.sort().label()
                    + " order=" + (c.descending() ? "desc" : "asc") + "; keep the same sort and order");
        }
        String op = f.descending ? "<" : ">";
        List<SqlQuery> afterId = List.of(new SqlQuery().append("e.event_id " + op + " ?", c.eventId()));
        List<SqlQuery> afterDate = f.sort == SortKey.DATE ? afterId
                : after(DATE_TIE, "DATE", true, c.tieDate(), op, afterId);
        return after(f.sort.expression, f.sort.sqlType, f.sort.nullable(), c.value(), op, afterDate);
    }

    /**
     * The rows after {@code value} of one sort column (null values last in both directions) as alternatives: after
     * the value; at the value and after by the next columns ({@code rest}); null where the value was not. A null
     * value (the page ended among the rows without one) leaves only the rows without one that {@code rest} passes.
     */
    private static List<SqlQuery> after(String column, String sqlType, boolean nullable, String value, String op,
                                        List<SqlQuery> rest) {
        List<SqlQuery> out = new ArrayList<>();
        if (value == null) {
            for (SqlQuery r : rest) {
                out.add(new SqlQuery().append(column + " IS NULL AND ").append(r));
            }
            return out;
        }
        String cast = "CAST(? AS " + sqlType + ")";
        out.add(new SqlQuery().append(column + " " + op + " " + cast, value));
        for (SqlQuery r : rest) {
            out.add(new SqlQuery().append(column + " = " + cast + " AND ", value).append(r));
        }
        if (nullable) {
            out.add(new SqlQuery().append(column + " IS NULL"));
        }
        return out;
    }

    /** The order and the page ({@code " ORDER BY ... LIMIT ? OFFSET ?"}). */
    private static SqlQuery orderAndPage(EventFilter f) {
        SqlQuery q = new SqlQuery().append(" ORDER BY " + ordering(f));
        if (f.limit != null) {
            q.append(" LIMIT ?", f.limit);
        }
        if (f.offset > 0) {
            q.append(" OFFSET ?", f.offset);
        }
        return q;
    }

    /**
     * The ORDER BY list of the filter's sort (whitelisted expressions): ties broken by date (undated last), then
     * by event id, in the same direction. Breaking ties by date keeps a page's rows together in a store written
     * day after day, which makes reading their columns several times cheaper than rows spread over the store.
     */
    public static String ordering(EventFilter f) {
        String dir = f.descending ? "DESC" : "ASC";
        return f.sort.expression + " " + dir + " NULLS LAST, "
                + (f.sort == SortKey.DATE ? "" : DATE_TIE + " " + dir + " NULLS LAST, ") + "e.event_id " + dir;
    }

    public static SqlQuery count(EventFilter f) {
        return new SqlQuery().append("SELECT count(*) FROM events e").append(where(f));
    }

    /** The cursor that continues after this row (the last of a page). */
    static String cursorAfter(EventFilter f, Object sortValue, String date, String eventId) {
        return new Cursor(f.sort, f.descending, sortValue == null ? null : sortValue.toString(),
                f.sort == SortKey.DATE ? null : date, eventId).encode();
    }
}
