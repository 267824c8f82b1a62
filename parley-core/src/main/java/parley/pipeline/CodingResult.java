package parley.pipeline;

import java.util.List;
import parley.model.Event;

/**
 * What became of one article: its events, or why it was skipped.
 *
 * @param sentences number of sentences parsed (0 when skipped)
 * @param problem a message naming the article and what was wrong, or null when it was coded
 */
public record CodingResult(String articleId, String lang, int sentences, List<Event> events, String problem) {

    public static CodingResult skipped(String articleId, String problem) {
        return new CodingResult(articleId, null, 0, List.of(), problem);
    }

    public boolean coded() {
        return problem == null;
    }
}
