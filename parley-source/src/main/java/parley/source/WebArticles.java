package parley.source;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import parley.model.Article;

/**
 * Articles from the web: a page URL gives its article; a feed URL (or a feed file) gives the article of each
 * item, fetched from the item's link. When an item's page cannot be read but the feed carries the item's
 * full text, that text is used.
 */
public final class WebArticles {
    private final PageFetcher fetcher;
    private final PageExtractor extractor = new PageExtractor();
    private final FeedReader feeds = new FeedReader();
    private final String langOverride;

    public WebArticles(PageFetcher fetcher, String langOverride) {
        this.fetcher = fetcher;
        this.langOverride = langOverride;
    }

    public PageFetcher fetcher() {
        return fetcher;
    }

    /** Reads a URL given as input: a page, or a feed whose items are each read. */
    public void read(String url, ArticleSink sink) {
        PageFetcher.Response r;
        try {
            r = fetcher.get(url);
        } catch (SourceProblem p) {
            sink.problem(url, p.reason(), p.getMessage());
            return;
        }
        if (r.cut()) {
            sink.note(url + ": larger than " + fetcher.settings().maxBytes() + " bytes; only the beginning is read");
        }
        InputKind kind = kindOf(r);
        if (kind == InputKind.FEED) {
            try {
                readFeedItems(url, feeds.parse(r.body(), r.url()), sink);
            } catch (SourceProblem p) {
                sink.problem(url, p.reason(), p.getMessage());
            }
            return;
        }
        if (kind != InputKind.HTML) {
            sink.problem(url, "not html", "not an HTML page or a feed (content type "
                    + (r.contentType() == null ? "not given" : r.contentType()) + ")");
            return;
        }
        try {
            sink.article(url, extractor.extract(r.body(), r.contentType(), r.url(), url, null, langOverride).article());
        } catch (SourceProblem p) {
            sink.problem(url, p.reason(), p.getMessage());
        }
    }

    /** Reads each item of a parsed feed. */
    public void readFeedItems(String feedName, List<FeedItem> items, ArticleSink sink) {
        for (FeedItem item : items) {
            String where = item.link() != null ? item.link() : feedName + "#" + item.guid();
            try {
                sink.article(where, item(item));
            } catch (SourceProblem p) {
                sink.problem(where, p.reason(), p.getMessage());
            }
        }
    }

    /** The article of a feed item: its page, else the feed's own text for it. */
    public Article item(FeedItem item) throws SourceProblem {
        SourceProblem pageProblem = null;
        if (item.link() != null) {
            try {
                PageFetcher.Response r = fetcher.get(item.link());
                if (kindOf(r) != InputKind.HTML) {
                    throw new SourceProblem("not html", "item page is not HTML (content type " + r.contentType() + ")");
                }
                Article a = extractor.extract(r.body(), r.contentType(), r.url(), item.link(), item.published(),
                        langOverride).article();
                return a.title() == null && item.title() != null
                        ? new Article(a.id(), item.title(), a.text(), a.published(), a.url(), a.lang(), a.outlet()) : a;
            } catch (SourceProblem p) {
                pageProblem = p;
            }
        }
        String text = item.content() == null ? "" : textOf(item.content());
        if (text.length() >= PageExtractor.MIN_TEXT_CHARS * 4) {
            String id = item.link() != null ? item.link() : item.guid();
            return new Article(id, item.title(), text, item.published(), item.link(), langOverride);
        }
        throw pageProblem != null ? pageProblem : new SourceProblem("no article text", "feed item " + item.guid()
                + " has no link and too little text of its own");
    }

    /** A feed item's HTML content as paragraphs. */
    private static String textOf(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        StringBuilder sb = new StringBuilder();
        doc.body().select("p, li, blockquote, h2, h3").forEach(p -> {
            String t = p.text().strip();
            if (!t.isEmpty() && p.select("p, li, blockquote").size() <= 1) {
                sb.append(sb.length() == 0 ? "" : "\n\n").append(t);
            }
        });
        return sb.length() > 0 ? sb.toString() : doc.body().text();
    }

    /** From the content type, else from the bytes. */
    static InputKind kindOf(PageFetcher.Response r) {
        String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("rss") || type.contains("atom")) {
            return InputKind.FEED;
        }
        byte[] head = java.util.Arrays.copyOf(r.body(), Math.min(r.body().length, InputKind.SNIFF_BYTES));
        InputKind sniffed = InputKind.detect(head, null);
        if (sniffed == InputKind.FEED || sniffed == InputKind.HTML) {
            return sniffed;
        }
        if (type.contains("html")) {
            return InputKind.HTML;
        }
        if (type.startsWith("text/plain") && new String(head, StandardCharsets.ISO_8859_1).contains("<")) {
            return InputKind.HTML;
        }
        return sniffed;
    }
}
