package parley.store.merge;

import java.util.Objects;
import parley.model.Actor;
import parley.store.DateSpan;
import parley.store.Spot;

/**
 * One report of an event, as merging sees it: what the coder found in one clause of one article.
 *
 * @param id the mention's id (the coder's event id), unique in a set of mentions
 * @param articleId the article it comes from
 * @param sentenceIndex the sentence it was coded from: two mentions of one sentence with mirrored dyads were
 *     coded from one symmetric pair ("A and B clashed")
 * @param source who acted
 * @param target whom it concerned, or null for an untargeted event
 * @param cameo its CAMEO code ("040", "0431")
 * @param mode asserted, negated, ... (mentions of different modes are never one event)
 * @param date the days it can mean, or null when undated
 * @param place where the coder placed it, or null
 */
public record MergeMention(String id, String articleId, int sentenceIndex, Actor source, Actor target,
                           String cameo, String mode, DateSpan date, Spot place) {
    public MergeMention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(mode, "mode");
    }
}
