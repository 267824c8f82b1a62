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
 * @param outlet who published it ("AFP", "lemonde.fr"), or null; see {@link #outletOrHost()}
 */
public record Article(String id, String title, String text, LocalDate published, String url, String lang,
                      String outlet) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** An article whose outlet is not given (it falls back to the URL's host). */
    public Article(String id, String title, String text, LocalDate published, String url, String lang) {
        this(id, title, text, published, url, lang, null);
    }

    /**
     * The outlet as given, else the host of the URL without "www.", else null. Merging counts sources by
     * this name, so two reports from one outlet are one source.
     */
    public String outletOrHost() {
        if (outlet != null && !outlet.isBlank()) {
            return outlet.strip();
        }
        if (url == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The text Parley analyses and that every offset indexes: the title, a blank line, then the body.
     */
    public String fullText() {
        return title == null || title.isBlank() ? text : title + "\n\n" + text;
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, title, text, date, url, lang, outlet);
    }

    public Article withLang(String newLang) {
        return new Article(id, title, text, published, url, newLang, outlet);
    }
}
