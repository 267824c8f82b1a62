package parley.server;

/**
 * What became of a posted article.
 *
 * @param articleId the article's id
 * @param stored true when it was new and is now stored; false when the store already had it (same id or text)
 * @param events events coded from it (0 when it was already stored)
 * @param message a short human-readable account
 */
public record IngestOutcome(String articleId, boolean stored, int events, String message) {
}
