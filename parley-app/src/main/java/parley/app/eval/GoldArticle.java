package parley.app.eval;

import java.util.List;

/** The gold events of one article. */
public record GoldArticle(String id, String lang, List<GoldEvent> events) {
}
