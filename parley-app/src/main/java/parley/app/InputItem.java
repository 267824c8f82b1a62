package parley.app;

import parley.model.Article;

/**
 * One item read from the input: an article, or a problem with the item named (file, or file:line).
 */
public record InputItem(String name, Article article, String problem) {

    public static InputItem ok(String name, Article article) {
        return new InputItem(name, article, null);
    }

    public static InputItem bad(String name, String problem) {
        return new InputItem(name, null, name + ": " + problem);
    }
}
