package parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @Test
    void createsTheSchemaOnceAndReopensTheSameFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/parley.duckdb");
        try (Database db = Database.open(file)) {
            db.connection().createStatement().execute(
                    "INSERT INTO ingest_log VALUES ('a1', now(), 3)");
        }
        try (Database db = Database.open(file);
             ResultSet rs = db.connection().createStatement().executeQuery(
                     "SELECT (SELECT count(*) FROM ingest_log), (SELECT count(*) FROM schema_version)")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "rows survive reopening");
            assertEquals(1, rs.getInt(2), "the schema version is written once");
        }
    }
}
