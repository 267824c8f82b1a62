package parley.server;

import java.sql.SQLException;
import parley.store.Database;

/** A server on a free loopback port over an in-memory store holding {@link StoreFixture}, posting with token "t". */
final class FixtureServer implements AutoCloseable {
    static final String TOKEN = "t";
    final Database db;
    final ParleyServer server;

    FixtureServer() throws SQLException {
        db = Database.inMemory();
        StoreFixture.fill(db.connection());
        server = new ParleyServer(db.connection(), new ArticleRowIngest(db.connection()), ApiToken.of(TOKEN))
                .start("127.0.0.1", 0);
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() throws SQLException {
        server.close();
        db.close();
    }
}
