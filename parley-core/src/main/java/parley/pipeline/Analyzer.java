package parley.pipeline;

import parley.model.AnalyzedArticle;
import parley.model.Article;

/** Turns an article whose language is known into parsed sentences. Implemented by the NLP adapter. */
public interface Analyzer {

    /** Parses {@code article.fullText()} in the article's language; every offset indexes that text. */
    AnalyzedArticle analyze(Article article);
}
