package parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.server.StoreFixture;
import parley.store.Database;
import parley.store.export.Exporter;
import parley.store.export.GdeltColumns;
import picocli.CommandLine;

/** {@code parley export} in every format, on a real store file holding {@link StoreFixture}. */
class ExportCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void fill() throws Exception {
        store = dir.resolve("store.duckdb");
        try (Database db = Database.open(store)) {
            StoreFixture.fill(db.connection());
        }
    }

    /** Runs the command; returns its exit code. */
    static int export(String... args) {
        return new CommandLine(new ExportCommand()).execute(args);
    }

    static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void gdeltRowsHaveSixtyOneFieldsInGdeltsOrder() throws Exception {
        assertEquals(61, GdeltColumns.NAMES.size());
        Path out = dir.resolve("events.gdelt.tsv");
        assertEquals(0, export("--format", "gdelt", "--db", store.toString(), "--out", out.toString()));
        List<String> rows = lines(out);
        assertEquals(6, rows.size(), "the asserted events, no header");
        for (String row : rows) {
            assertEquals(61, row.split("\t", -1).length, row);
        }
        String[] e1 = rows.get(1).split("\t", -1); // date order: E2 then E1
        assertEquals("20240514", e1[col("SQLDATE")]);
        assertEquals("202405", e1[col("MonthYear")]);
        assertEquals("2024", e1[col("Year")]);
        assertEquals("RUSGOV", e1[col("Actor1Code")]);
        assertEquals("RUSSIA", e1[col("Actor1Name")]);
        assertEquals("GOV", e1[col("Actor1Type1Code")]);
        assertEquals("UKRGOV", e1[col("Actor2Code")]);
        assertEquals("036", e1[col("EventCode")]);
        assertEquals("036", e1[col("EventBaseCode")]);
        assertEquals("03", e1[col("EventRootCode")]);
        assertEquals("1", e1[col("QuadClass")]);
        assertEquals("4", e1[col("GoldsteinScale")]);
        assertEquals("2", e1[col("NumMentions")]);
        assertEquals("2", e1[col("NumSources")]);
        assertEquals("0", e1[col("AvgTone")]);
        assertEquals("4", e1[col("ActionGeo_Type")]);
        assertEquals("Istanbul", e1[col("ActionGeo_FullName")]);
        assertEquals("41.01", e1[col("ActionGeo_Lat")]);
        assertEquals("28.97", e1[col("ActionGeo_Long")]);
        assertEquals("20240516080000", e1[col("DATEADDED")]);
        assertEquals("https://afp.example/a1", e1[col("SOURCEURL")]);
        assertEquals("1", e1[col("IsRootEvent")], "its first mention is the first sentence after the title");
        String[] undated = rows.get(5).split("\t", -1);
        assertEquals("", undated[col("SQLDATE")], "E6 has no date");
        assertEquals("0", undated[col("ActionGeo_Type")], "and no place");
    }

    private static int col(String name) {
        return GdeltColumns.NAMES.indexOf(name);
    }

    @Test
    void csvHasAHeaderAndOneRowPerEvent() throws Exception {
        Path out = dir.resolve("events.csv");
        assertEquals(0, export("--format", "csv", "--db", store.toString(), "--out", out.toString(), "--mode", "all"));
        List<String> rows = lines(out);
        assertEquals(String.join(",", Exporter.flatColumns()), rows.get(0));
        assertEquals(1 + 7, rows.size());
        Path fights = dir.resolve("fights.csv");
        assertEquals(0, export("--format", "csv", "--db", store.toString(), "--out", fights.toString(), "--root", "19"));
        List<String> fightRows = lines(fights);
        assertEquals(2, fightRows.size());
        assertTrue(fightRows.get(1).startsWith("E2,2024-05-15,day,RUSMIL,Russian military,RUS,"), fightRows.get(1));
    }

    @Test
    void parquetIsReadBackByDuckDbWithEveryRow() throws Exception {
        Path out = dir.resolve("events it's.parquet"); // a quote in the name must not break COPY
        assertEquals(0, export("--format", "parquet", "--db", store.toString(), "--out", out.toString(),
                "--country", "RUS"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement ps = c.prepareStatement("SELECT count(*), min(event_id), max(source_url IS NOT NULL::INT)"
                     + " FROM read_parquet(?)")) {
            ps.setString(1, out.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(5, rs.getInt(1), "E1, E2, E3, E5, E6 involve a Russian actor");
                assertEquals("E1", rs.getString(2));
            }
        }
        assertEquals(2, export("--format", "parquet", "--db", store.toString()), "parquet needs --out");
    }

    @Test
    void ploverObjectsParseWithTypeActorsAndMentions() throws Exception {
        Path out = dir.resolve("events.plover.jsonl");
        assertEquals(0, export("--format", "plover", "--db", store.toString(), "--out", out.toString()));
        List<JsonNode> events = new ArrayList<>();
        for (String line : lines(out)) {
            events.add(JSON.readTree(line));
        }
        assertEquals(6, events.size());
        JsonNode e1 = events.get(1);
        assertEquals("E1", e1.get("id").asText());
        assertEquals("CONSULT", e1.get("event_type").asText());
        assertEquals("asserted", e1.get("event_mode").asText());
        assertEquals("RUSGOV", e1.get("actors").get("source").get("code").asText());
        assertEquals(2, e1.get("mentions").size());
        assertEquals("AFP", e1.get("mentions").get(0).get("outlet").asText());
        assertEquals("Istanbul", e1.get("location").get("name").asText());
    }

    @Test
    void jsonlToStandardOutputAndFiltersLikeTheApi() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, export("--format", "jsonl", "--db", store.toString(), "--dyad", "RUSGOV,UKRGOV",
                    "--either-order"));
        } finally {
            System.setOut(saved);
        }
        List<String> ids = new ArrayList<>();
        for (String line : buffer.toString(StandardCharsets.UTF_8).split("\n")) {
            ids.add(JSON.readTree(line).get("event_id").asText());
        }
        assertEquals(List.of("E1", "E6"), ids);
    }

    @Test
    void badOptionsAreRefusedNamingTheOption() throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, export("--format", "csv", "--db", store.toString(), "--quad-class", "9"));
            assertEquals(2, export("--format", "xml", "--db", store.toString()));
            assertEquals(1, export("--format", "csv", "--db", dir.resolve("missing.duckdb").toString()));
        } finally {
            System.setErr(saved);
        }
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("--quad-class: expected 1, 2, 3 or 4"), messages);
        assertTrue(messages.contains("--format: expected one of"), messages);
        assertTrue(messages.contains("no store at"), messages);
        assertTrue(!Files.exists(dir.resolve("missing.duckdb")), "a missing store is not created");
    }
}
