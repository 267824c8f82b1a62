package parley.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventSqlTest {

    @Test
    void valuesAreBoundNeverWrittenIntoTheSql() {
        Map<String, String> p = new HashMap<>();
        p.put("q", "it's 100% DROP_TABLE");
        p.put("actor", "rusgov");
        p.put("from", "2024-01-01");
        p.put("bbox", "1.5,2,3,4");
        p.put("sort", "goldstein");
        SqlQuery q = EventSql.page(FilterParams.parse(p, false), EventSql.EVENT_COLUMNS);
        String sql = q.sql();
        for (String value : new String[] {"it's", "100%", "drop_table", "RUSGOV", "2024-01-01", "1.5"}) {
            assertFalse(sql.toLowerCase().contains(value.toLowerCase()), value + " in " + sql);
        }
        assertTrue(q.params().containsAll(java.util.List.of("it", "s", "100", "DROP", "TABLE")),
                "q's words, split as the word index splits sentences, bound one by one: " + q.params());
        assertTrue(q.params().contains("RUSGOV"));
        assertEquals(sql.chars().filter(ch -> ch == '?').count(), q.params().size());
        assertTrue(sql.contains("ORDER BY e.goldstein DESC NULLS LAST, e.event_date DESC NULLS LAST, e.event_id DESC"),
                "ties broken by date, then id: " + sql);
    }

    @Test
    void aPageOfEitherOrFiltersIsAUnionOfBranchesWithEveryValueBound() {
        Map<String, String> p = new HashMap<>();
        p.put("actor", "rusgov");
        p.put("country", "ukr");
        p.put("root", "19");
        p.put("offset", "40");
        p.put("limit", "20");
        SqlQuery q = EventSql.pageByRowId(FilterParams.parse(p, false), EventSql.EVENT_COLUMNS);
        String sql = q.sql();
        assertEquals(4, sql.split(" UNION ", -1).length, "actor x country: four branches: " + sql);
        assertFalse(sql.contains(" OR "), "no OR left for DuckDB to evaluate outside the scan: " + sql);
        assertFalse(sql.contains("RUSGOV") || sql.contains("UKR") || sql.contains("19"), sql);
        assertEquals(sql.chars().filter(ch -> ch == '?').count(), q.params().size());
        assertEquals(4, q.params().stream().filter(v -> v.equals(60L)).count(), "each branch keeps offset + limit rows");
    }

    @Test
    void aCursorIsBranchesTooAndTheirNumberIsBounded() {
        String cursor = new Cursor(SortKey.GOLDSTEIN, true, "-2.0", "2024-05-14", "ev'1").encode();
        Map<String, String> p = new HashMap<>();
        p.put("sort", "goldstein");
        p.put("cursor", cursor);
        SqlQuery q = EventSql.pageByRowId(FilterParams.parse(p, false), EventSql.EVENT_COLUMNS);
        // below the value; at it and older; at both and a lower id; at the value and undated
        assertEquals(4, q.sql().split(" UNION ", -1).length, q.sql());
        assertFalse(q.sql().contains(" OR ") || q.sql().contains("ev'1"), q.sql());
        assertEquals(q.sql().chars().filter(ch -> ch == '?').count(), q.params().size());
        p.put("actor", "RUSGOV");
        assertEquals(8, EventSql.pageByRowId(FilterParams.parse(p, false), EventSql.EVENT_COLUMNS).sql()
                .split(" UNION ", -1).length, "two roles times four");
        p.put("country", "UKR");
        SqlQuery many = EventSql.pageByRowId(FilterParams.parse(p, false), EventSql.EVENT_COLUMNS);
        assertFalse(many.sql().contains(" UNION "), "16 branches: one query with ORs instead");
        assertEquals(many.sql().chars().filter(ch -> ch == '?').count(), many.params().size());
    }

    @Test
    void invalidValuesNameTheirParameter() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> FilterParams.parse(Map.of("min_sources", "many"), false));
        assertEquals("min_sources", e.parameter());
        assertEquals("sort", assertThrows(InvalidParameterException.class,
                () -> FilterParams.parse(Map.of("sort", "event_id; DROP TABLE events"), false)).parameter());
    }

    @Test
    void aCursorRoundTripsAndAForgedOneIsRefused() {
        Cursor c = new Cursor(SortKey.DATE, true, "2024-05-14", "ev'1");
        assertEquals(c, Cursor.decode(c.encode()));
        Cursor undated = new Cursor(SortKey.DATE, false, null, "E6");
        assertEquals(undated, Cursor.decode(undated.encode()));
        Cursor tie = new Cursor(SortKey.GOLDSTEIN, false, "-10.0", "2024-05-14", "E2");
        assertEquals(tie, Cursor.decode(tie.encode()));
        Cursor undatedTie = new Cursor(SortKey.NUM_SOURCES, true, "3", null, "E6");
        assertEquals(undatedTie, Cursor.decode(undatedTie.encode()));
        String dateWithTie = java.util.Base64.getUrlEncoder().encodeToString("date\ndesc\n2024-05-14\n2024-05-14\nx"
                .getBytes());
        assertEquals("cursor", assertThrows(InvalidParameterException.class, () -> Cursor.decode(dateWithTie)).parameter());
        String badTie = java.util.Base64.getUrlEncoder().encodeToString("goldstein\ndesc\n1.0\n1 OR 1=1\nx".getBytes());
        assertEquals("cursor", assertThrows(InvalidParameterException.class, () -> Cursor.decode(badTie)).parameter());
        String forged = java.util.Base64.getUrlEncoder().encodeToString("goldstein\ndesc\n1 OR 1=1\n\nx".getBytes());
        assertEquals("cursor", assertThrows(InvalidParameterException.class, () -> Cursor.decode(forged)).parameter());
    }
}
