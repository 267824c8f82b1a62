package parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import parley.store.merge.EventMerger;

/**
 * Opens Parley's DuckDB file (creating it and its folder when missing) and makes sure the schema in
 * {@code parley/store/schema.sql} is there. One open database per file: DuckDB lets one process write.
 */
public final class Database implements AutoCloseable {
    /** Where the store lives when no --db is given, relative to the working directory. */
    public static final Path DEFAULT_PATH = Path.of("parley-data", "parley.duckdb");
    static final int SCHEMA_VERSION = 1;

    private final Path path;
    private final Connection connection;

    private Database(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    /** Opens (or creates) the store at {@code path}. */
    public static Database open(Path path) throws SQLException {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new SQLException("cannot create the folder of " + path + ": " + e.getMessage(), e);
        }
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath());
        Database db = new Database(path, c);
        db.applySchema();
        return db;
    }

    /** An in-memory store, for tests and benchmarks. */
    public static Database inMemory() throws SQLException {
        Database db = new Database(null, DriverManager.getConnection("jdbc:duckdb:"));
        db.applySchema();
        return db;
    }

    /**
     * Creates what is missing, in one transaction. A store made before the word index gets it filled from its
     * mentions here, once: the table and its rows are committed together, so the next opening finds it. Likewise
     * the events' cards ({@link EventCards}) and the mentions' own sides ({@link MentionTable#backfill}).
     */
    private void applySchema() throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long filledCards;
        try (Statement s = connection.createStatement()) {
            boolean hadWordIndex = hasTable(s, "evidence_words");
            for (String statement : schemaStatements()) {
                s.execute(statement);
            }
            try (var rs = s.executeQuery("SELECT count(*) FROM schema_version")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    s.execute("INSERT INTO schema_version VALUES (" + SCHEMA_VERSION + ")");
                }
            }
            if (!hadWordIndex) {
                EvidenceWords.backfill(connection);
            }
            // A store made before mentions had their own sides: they get their event's, and their merge block.
            MentionTable.backfill(connection, new EventMerger(MergeSettings.defaults()));
            // A store made before cards gets the column and all its cards; later, only rows written without one.
            EventCards.addColumn(connection);
            filledCards = EventCards.fillMissing(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        if (filledCards > 0) {
            // Cards of a whole older store are updates DuckDB merges into every scan until they are checkpointed.
            try (Statement s = connection.createStatement()) {
                s.execute("CHECKPOINT");
            }
        }
    }

    private static boolean hasTable(Statement s, String table) throws SQLException {
        try (var rs = s.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main'"
                + " AND table_name = '" + table + "'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    static String[] schemaStatements() {
        try (InputStream in = Database.class.getResourceAsStream("/parley/store/schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("parley/store/schema.sql is missing from the class path");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            return java.util.Arrays.stream(sql.split(";")).map(String::strip).filter(x -> !x.isEmpty())
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives mentions written without their own sides, mode and place (by whatever writes mentions without
     * {@link EventStore}: a generated store) those of their event, and their merge block.
     */
    public static long fillMentionSides(Connection c) throws SQLException {
        return MentionTable.backfill(c, new EventMerger(MergeSettings.defaults()));
    }

    public Connection connection() {
        return connection;
    }

    /** The file, or null for an in-memory store. */
    public Path path() {
        return path;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
