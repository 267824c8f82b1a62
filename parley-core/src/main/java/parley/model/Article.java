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

    /**
     * The most bytes (UTF-8) an article's title and text may hold together, wherever it comes from (files, feeds,
     * the API): news articles are a few kilobytes, and anything this large is not one.
     */
    public static final int MAX_TEXT_BYTES = 2_000_000;

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

    /** The size of its title and text in UTF-8 bytes, to compare with {@link #MAX_TEXT_BYTES}. */
    public long textBytes() {
        return utf8Bytes(title) + utf8Bytes(text);
    }

    private static long utf8Bytes(String s) {
        if (s == null) {
            return 0;
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
