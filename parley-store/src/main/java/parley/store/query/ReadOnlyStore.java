package parley.store.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.duckdb.DuckDBDriver;

/** Opens an existing store for reading only, so an export never changes it and never creates an empty file. */
public final class ReadOnlyStore {
    private ReadOnlyStore() {
    }

    public static Connection open(Path path) throws SQLException {
        if (!Files.isRegularFile(path)) {
            throw new SQLException("no store at " + path + " (give --db PATH, or fill one with parley ingest)");
        }
        Properties p = new Properties();
        p.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
        return DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), p);
    }
}
