package parley.server;

import parley.model.Article;

/**
 * What {@code POST /api/articles} hands the article to: code it and store it with its events. The server knows
 * nothing of how; the command that starts the server chooses the implementation. Calls are serialised by the
 * server (one article at a time, on its ingest thread), so an implementation need not be thread-safe. When an
 * article's time budget is spent the ingest thread is sent a {@link parley.coding.StopRequest}: the article fails
 * whatever the call returns, so an implementation must not commit it once {@code StopRequest.pending()} is true.
 */
public interface ArticleIngest {
    /**
     * Ingests one article. An {@link IllegalArgumentException} means the article itself is unacceptable (the
     * client gets a 400 with its message); an {@link ApiException} is answered as it says (409 for an id already
     * stored with another text); any other exception is the server's fault (500).
     */
    IngestOutcome ingest(Article article) throws Exception;
}
