package parley.source;

import parley.model.Article;

/**
 * One item read from the input: an article, or a problem with the item named (file, file:line, URL, or
 * WARC file@offset).
 *
 * @param reason a short category of the problem for the summary line ("no article text", "fetch failed",
 *               "invalid JSON"...), or null for an article
 */
public record InputItem(String name, Article article, String problem, String reason) {

    public InputItem(String name, Article article, String problem) {
        this(name, article, problem, problem == null ? null : "unreadable");
    }

    public static InputItem ok(String name, Article article) {
        return new InputItem(name, article, null, null);
    }

    public static InputItem bad(String name, String problem) {
        return new InputItem(name, null, name + ": " + problem, "unreadable");
    }

    public static InputItem bad(String name, String reason, String problem) {
        return new InputItem(name, null, name + ": " + problem, reason);
    }
}
