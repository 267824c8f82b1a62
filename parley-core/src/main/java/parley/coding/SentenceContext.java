package parley.coding;

import java.util.List;
import parley.coding.TriggerFinder.Trigger;
import parley.kb.LanguagePack;
import parley.model.ActorMention;
import parley.model.AnalyzedArticle;
import parley.model.Sentence;

/**
 * What every pass may read about the sentence being coded: its parse, actor and place mentions, the places
 * that set its scene, its actors as arguments resolve them, its triggers, and the article's discourse memory.
 */
record SentenceContext(AnalyzedArticle article, Sentence s, LanguagePack lang, DiscourseMemory memory,
                       List<ActorMention> mentions, List<PlaceMention> places, List<PlaceMention> scene,
                       List<String> sceneCountries, ArgumentActors actors, ArgumentReader reader,
                       List<Trigger> triggers) {
}
