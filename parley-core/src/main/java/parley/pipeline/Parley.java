package parley.pipeline;

import java.util.List;
import java.util.Optional;
import parley.coding.EventCoder;
import parley.kb.KnowledgeBase;
import parley.model.AnalyzedArticle;
import parley.model.Article;
import parley.model.Event;
import parley.model.Mode;
import parley.time.DateLexicon;
import parley.time.Dateline;

/**
 * The main job in one place: article in, coded events out. Detects the language unless the article
 * states it, takes the publication date from a wire dateline when the input gives none, parses, codes, and keeps asserted events unless all modes are asked for. A bad article
 * becomes a {@link CodingResult} with a problem, never an exception that stops a batch.
 */
public final class Parley {
    private final Analyzer analyzer;
    private final LanguageGuesser guesser;
    private final EventCoder coder;
    private final boolean allModes;
    private final boolean untargeted;

    /**
     * @param allModes also keep negated, hypothetical, future... events
     * @param untargeted also keep events whose target the text does not name (CAMEO events are dyadic;
     *     one-sided statements are kept out of the data by default, as PETRARCH does)
     */
    public Parley(Analyzer analyzer, LanguageGuesser guesser, KnowledgeBase kb, boolean allModes,
                  boolean untargeted) {
        this.analyzer = analyzer;
        this.guesser = guesser;
        this.coder = new EventCoder(kb);
        this.allModes = allModes;
        this.untargeted = untargeted;
    }

    /** Codes one article; a failure of the coder becomes a skipped result naming it, not an exception. */
    public CodingResult codeSafely(Article article) {
        return codeSafely(article.id(), article);
    }

    /** As {@link #codeSafely(Article)}, naming the item {@code name} (a file, a URL) in the problem. */
    public CodingResult codeSafely(String name, Article article) {
        try {
            return code(article);
        } catch (RuntimeException e) {
            return CodingResult.skipped(article.id(), name + ": coding failed: " + e);
        }
    }

    /** Codes one article. Safe to call from several threads at once (see {@link ParallelCoding}). */
    public CodingResult code(Article article) {
        if (article.text().isBlank() && (article.title() == null || article.title().isBlank())) {
            return CodingResult.skipped(article.id(), article.id() + ": empty article, nothing to code");
        }
        if (article.textBytes() > Article.MAX_TEXT_BYTES) {
            return CodingResult.skipped(article.id(), article.id() + ": text of " + article.textBytes()
                    + " bytes is larger than an article can be (" + Article.MAX_TEXT_BYTES + " bytes)");
        }
        String lang = article.lang();
        if (lang == null) {
            Optional<String> guessed = guesser.guess(article.fullText());
            if (guessed.isEmpty()) {
                return CodingResult.skipped(article.id(), article.id() + ": language could not be identified");
            }
            lang = guessed.get();
        }
        if (!KnowledgeBase.LANGUAGES.contains(lang)) {
            return CodingResult.skipped(article.id(), article.id() + ": language '" + lang
                    + "' is not coded (Parley codes fr and en)");
        }
        Article dated = article.published() != null ? article : article.withPublished(
                Dateline.publicationDate(article.fullText(), DateLexicon.bundled("fr"), DateLexicon.bundled("en"))
                        .orElse(null));
        AnalyzedArticle analyzed = analyzer.analyze(dated.withLang(lang));
        List<Event> events = coder.code(analyzed).stream()
                .filter(e -> allModes || e.mode() == Mode.ASSERTED)
                .filter(e -> untargeted || e.target() != null)
                .toList();
        return new CodingResult(article.id(), lang, analyzed.sentences().size(), events, null);
    }
}
