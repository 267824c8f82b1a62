package parley.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import parley.model.Article;

/**
 * A real, minimal ingest for the server's tests: stores the article row (same id or same text: already there)
 * and codes nothing. The application plugs in the coder-and-store ingest instead.
 */
final class ArticleRowIngest implements ArticleIngest {
    private final Connection connection;

    ArticleRowIngest(Connection connection) {
        this.connection = connection;
    }

    @Override
    public IngestOutcome ingest(Article a) throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(a.fullText().strip().getBytes(StandardCharsets.UTF_8)));
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT count(*) FROM articles WHERE article_id = ? OR content_hash = ?")) {
            ps.setString(1, a.id());
            ps.setString(2, hash);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return new IngestOutcome(a.id(), false, 0, "already stored");
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO articles (article_id, content_hash, url,"
                + " outlet, title, body, lang, published, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())")) {
            ps.setString(1, a.id());
            ps.setString(2, hash);
            ps.setString(3, a.url());
            ps.setString(4, a.outletOrHost());
            ps.setString(5, a.title());
            ps.setString(6, a.text());
            ps.setString(7, a.lang());
            ps.setObject(8, a.published() == null ? null : java.sql.Date.valueOf(a.published()));
            ps.executeUpdate();
        }
        return new IngestOutcome(a.id(), true, 0, "stored");
    }
}
