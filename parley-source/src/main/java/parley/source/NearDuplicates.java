package parley.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import parley.model.Article;

/**
 * Groups articles into stories: wire copies of one dispatch (new headline, a sentence added or cut, another
 * byline) share a story id; different stories, even on the same topic, do not. An article joins the story of
 * the nearest known fingerprint within {@link #DEFAULT_MAX_DISTANCE} bits, published within
 * {@link #WINDOW_DAYS} days of it when both dates are known (SimHash of the body's three-word
 * shingles; the headline is left out because outlets rewrite it). The story id is {@code "s"} and the 16 hex
 * digits of the story's first fingerprint, so it is stable for the article that opened the story.
 *
 * <p>For the store: {@link #storyIdOf(Article)} gives the value of {@code articles.story_id}; after a restart,
 * {@link #remember} re-indexes stored articles (story id and body) before new ones are grouped. The lookup
 * is a linear scan (a 64-bit XOR per known article: about a million per millisecond). Not thread-safe.
 */
public final class NearDuplicates {
    /**
     * Measured on the invented wire copies and same-topic stories of NearDuplicatesTest: copies fall within
     * 11 bits, distinct stories differ by 25 or more. Two unrelated texts are this close with a probability
     * of about 3 in 10 million, so within the date window false groupings stay rare.
     */
    public static final int DEFAULT_MAX_DISTANCE = 12;
    /** Below this many words a fingerprint says little; such articles get a story of their own. */
    public static final int MIN_WORDS = 25;

    /** Wire copies appear within days of each other; farther apart, similar texts are not grouped. */
    public static final int WINDOW_DAYS = 7;

    private record Entry(long fingerprint, String storyId, java.time.LocalDate published) {
    }

    private final int maxDistance;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, String> byArticle = new HashMap<>();

    public NearDuplicates() {
        this(DEFAULT_MAX_DISTANCE);
    }

    public NearDuplicates(int maxDistance) {
        this.maxDistance = maxDistance;
    }

    /** The article's story id; the article joins the index. The same article id always gets the same story. */
    public String storyIdOf(Article article) {
        String known = byArticle.get(article.id());
        if (known != null) {
            return known;
        }
        List<String> words = SimHash.words(article.text());
        long fp = SimHash.ofWords(words);
        String story = words.size() < MIN_WORDS ? null : nearest(fp, article.published());
        if (story == null) {
            story = words.size() < MIN_WORDS ? "s" + hex(fp) + "-" + Integer.toHexString(article.id().hashCode())
                    : "s" + hex(fp);
        }
        if (words.size() >= MIN_WORDS) {
            entries.add(new Entry(fp, story, article.published()));
        }
        byArticle.put(article.id(), story);
        return story;
    }

    /** Re-indexes an article already grouped (from the store), keeping its story id. */
    public void remember(String articleId, String storyId, String body, java.time.LocalDate published) {
        List<String> words = SimHash.words(body);
        if (words.size() >= MIN_WORDS) {
            entries.add(new Entry(SimHash.ofWords(words), storyId, published));
        }
        byArticle.put(articleId, storyId);
    }

    private String nearest(long fp, java.time.LocalDate published) {
        String best = null;
        int bestDistance = maxDistance + 1;
        for (Entry e : entries) {
            if (published != null && e.published() != null
                    && Math.abs(published.toEpochDay() - e.published().toEpochDay()) > WINDOW_DAYS) {
                continue;
            }
            int d = SimHash.distance(fp, e.fingerprint());
            if (d < bestDistance) {
                bestDistance = d;
                best = e.storyId();
            }
        }
        return best;
    }

    private static String hex(long v) {
        return String.format("%016x", v);
    }
}
