package parley.source;

import parley.model.Article;

/** Receives what a source yields: articles, problems (an item gave no article) and notes (for the user). */
public interface ArticleSink {
    void article(String where, Article article);

    /**
     * @param where the item: a file, a URL, {@code file@offset} for a WARC record
     * @param reason a short category for summaries
     * @param message what went wrong, in words a user can act on
     */
    void problem(String where, String reason, String message);

    /** Something worth telling that is not a failure (records passed over, a body cut at the size limit). */
    void note(String message);
}
