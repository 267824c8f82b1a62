package parley.model;

import java.util.List;

/** An article with its parsed sentences, in the language they were parsed in. */
public record AnalyzedArticle(Article article, String lang, List<Sentence> sentences) {

    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
    }
}
