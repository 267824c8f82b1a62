package parley.source;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import parley.model.Article;

/**
 * One HTML page to one article: decodes the bytes in their charset, reads the metadata, then extracts the
 * main text without page furniture. Stateless and thread-safe.
 */
public final class PageExtractor {
    /** Larger pages are cut here: a news page's text is in its first megabytes, and parsing costs memory. */
    public static final int MAX_PAGE_BYTES = 5 * 1024 * 1024;
    /** Shorter main texts are not articles (error pages, index pages, empty templates). */
    public static final int MIN_TEXT_CHARS = 80;
    /** Deeper nesting is malformed or hostile; the parser closes elements beyond it. */
    private static final int MAX_DEPTH = 256;

    /** A page's article and how its bytes were decoded. */
    public record Page(Article article, PageMetadata metadata, String charset) {
    }

    /**
     * @param bytes the page (cut at {@link #MAX_PAGE_BYTES} when larger)
     * @param contentType the HTTP Content-Type, or null for a file
     * @param url where the page was fetched or archived from, or null for a file
     * @param id the article id to give
     * @param fallbackDate the date to use when the page states none (a WARC capture date), or null
     * @param langOverride a language forced by the user, or null
     */
    public Page extract(byte[] bytes, String contentType, String url, String id, LocalDate fallbackDate,
                        String langOverride) throws SourceProblem {
        byte[] page = bytes.length > MAX_PAGE_BYTES ? java.util.Arrays.copyOf(bytes, MAX_PAGE_BYTES) : bytes;
        PageDecoder.Decoded decoded = PageDecoder.decode(page, contentType);
        if (looksBinary(decoded.text())) {
            throw new SourceProblem("binary", "binary content, not an HTML page");
        }
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        Document doc = parser.parseInput(decoded.text(), url == null ? "" : url);
        PageMetadata meta = PageMetadata.of(doc, url);
        String text = new MainText().extract(doc, meta.title());
        if (text.length() < MIN_TEXT_CHARS) {
            throw new SourceProblem("no article text", "no article text found on the page ("
                    + (text.isEmpty() ? "none" : text.length() + " characters") + " outside page furniture)");
        }
        String lang = langOverride != null ? langOverride : meta.lang();
        LocalDate published = meta.published() != null ? meta.published() : fallbackDate;
        Article article = new Article(id, meta.title(), text, published, meta.canonicalUrl(), lang, meta.outlet());
        return new Page(article, meta, decoded.charset().name());
    }

    /** Control characters in quantity mean an image or archive, whatever its name says. */
    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0 || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }
}
