package parley.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * What to tell a user whose command cannot open a store because another process holds it: DuckDB lets one process
 * open a file for writing, and while it does no other process may open it at all, even to read. Its own message
 * names the lock and the process; this one says what to do instead.
 */
public final class StoreInUse {
    private StoreInUse() {
    }

    /** True when opening failed because another process holds the file. */
    public static boolean isLocked(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("Could not set lock") || m.contains("Conflicting lock");
    }

    /**
     * The message for a failed opening: the lock explained with what to do instead when the store is held by
     * another process, else DuckDB's own message.
     *
     * @param command what could not run ("ingest", "export", "serve", "watch")
     */
    public static String message(String command, Path store, SQLException e) {
        if (!isLocked(e)) {
            return "cannot open the store " + store + ": " + e.getMessage();
        }
        String held = "the store " + store + " is open in another process (a running parley serve, ingest or watch;"
                + " DuckDB lets one process use a store file while it writes to it)";
        String instead = switch (command) {
            case "export" -> "export from a copy (cp " + store + " copy.duckdb; parley export --db copy.duckdb ...),"
                    + " or read the events through the running server's API (GET /api/events, same filters)";
            case "ingest", "watch" -> "while parley serve runs, post articles to it (POST /api/articles with the API"
                    + " token); otherwise wait for the other ingest to end, or use another --db";
            default -> "stop the other process, or use another --db";
        };
        return held + ". Instead: " + instead + ". (DuckDB: " + firstLine(e.getMessage()) + ")";
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }
}
