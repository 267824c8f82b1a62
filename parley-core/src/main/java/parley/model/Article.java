package parley.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as read from input, before analysis.
 *
 * @param id stable identifier (file name, or the record's id)
 * @param title headline, or null when the input gives none
 * @param text the body
 * @param published publication date, or null when unknown
 * @param url where it came from, or null
 * @param lang "fr" or "en" when the input says so, else null (detected later)
 */
public record Article(String id, String title, String text, LocalDate published, String url, String lang) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The text Parley analyses and that every offset indexes: the title, a blank line, then the body.
     */
    public String fullText() {
        return title == null || title.isBlank() ? text : title + "\n\n" + text;
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, title, text, date, url, lang);
    }

    public Article withLang(String newLang) {
        return new Article(id, title, text, published, url, newLang);
    }
}
