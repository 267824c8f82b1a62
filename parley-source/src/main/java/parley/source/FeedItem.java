package parley.source;

import java.time.LocalDate;

/**
 * One item of an RSS or Atom feed.
 *
 * @param guid the item's stable id (RSS guid, Atom id), else its link
 * @param link the article's page, absolute, or null
 * @param published publication (else update) date, or null
 * @param content the item's own text (content:encoded, Atom content, else description) as HTML, or null
 */
public record FeedItem(String guid, String link, String title, LocalDate published, String content) {
}
