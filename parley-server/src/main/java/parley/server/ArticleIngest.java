package parley.server;

import parley.model.Article;

/**
 * What {@code POST /api/articles} hands the article to: code it and store it with its events. The server knows
 * nothing of how; the command that starts the server chooses the implementation. Calls are serialised by the
 * server (one article at a time), so an implementation need not be thread-safe.
 */
public interface ArticleIngest {
    /**
     * Ingests one article. An {@link IllegalArgumentException} means the article itself is unacceptable (the
     * client gets a 400 with its message); any other exception is the server's fault (500).
     */
    IngestOutcome ingest(Article article) throws Exception;
}
