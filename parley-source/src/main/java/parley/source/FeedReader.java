package parley.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.xml.sax.InputSource;

/**
 * Parses RSS (0.9x, 1.0, 2.0) and Atom feeds into items with rome. The XML parser decodes the bytes itself
 * (XML declaration, byte-order mark); doctypes stay refused (rome's default), so a feed cannot pull in
 * external entities.
 */
public final class FeedReader {
    /** Feeds are small; a larger one is not read. */
    public static final int MAX_FEED_BYTES = 5 * 1024 * 1024;

    /**
     * @param feedUrl the feed's address, to make relative item links absolute; null for a file
     */
    public List<FeedItem> parse(byte[] bytes, String feedUrl) throws SourceProblem {
        if (bytes.length > MAX_FEED_BYTES) {
            throw new SourceProblem("too large", "feed of " + bytes.length + " bytes is larger than "
                    + MAX_FEED_BYTES + " bytes");
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new SourceProblem("invalid feed", "not a readable RSS or Atom feed: " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw new SourceProblem("invalid feed", "not a readable RSS or Atom feed: " + e.getClass().getSimpleName());
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = absolute(e.getLink(), feedUrl);
            String guid = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip() : link;
            if (guid == null && e.getTitle() != null) {
                guid = "title:" + e.getTitle().strip();
            }
            if (guid == null) {
                continue;
            }
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            LocalDate published = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            items.add(new FeedItem(guid, link, e.getTitle() == null ? null : e.getTitle().strip(), published,
                    content(e)));
        }
        return items;
    }

    private static String content(SyndEntry e) {
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                return c.getValue();
            }
        }
        return e.getDescription() == null ? null : e.getDescription().getValue();
    }

    private static String absolute(String link, String base) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return base == null ? new URI(link.strip()).toString() : new URI(base).resolve(link.strip()).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
