package parley.app.actors;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import parley.coding.EventCoder;
import parley.kb.KnowledgeBase;
import parley.model.Actor;
import parley.model.AnalyzedArticle;
import parley.model.Article;
import parley.model.Event;
import parley.pipeline.Analyzer;

/**
 * Runs the real pipeline on one benchmark line: the context and the sentence are one article published on
 * the line's date, parsed by CoreNLP and coded; the actors found are those of the scored sentence's
 * subjects, objects and passive agents (resolved in context) and the named sources and targets of its
 * events in every mode. Actors the coder infers without words (the civilians of an attack with unnamed
 * victims, the government protesters address) are not counted: the benchmark scores what the words name.
 */
public final class BenchRunner {
    private final Analyzer analyzer;
    private final EventCoder coder;

    public BenchRunner(Analyzer analyzer, KnowledgeBase kb) {
        this.analyzer = analyzer;
        this.coder = new EventCoder(kb);
    }

    public Set<Actor> found(BenchItem item) {
        String text = item.context() == null ? item.sentence() : item.context() + " " + item.sentence();
        int scoredFrom = item.context() == null ? 0 : item.context().length() + 1;
        AnalyzedArticle analyzed = analyzer.analyze(new Article(item.id(), null, text, item.date(), null,
                item.lang()));
        Set<Actor> found = new LinkedHashSet<>();
        Set<Integer> scored = new HashSet<>();
        List<Event> events = coder.code(analyzed, (s, actors) -> {
            if (s.begin() >= scoredFrom) {
                scored.add(s.index());
                found.addAll(actors);
            }
        });
        for (Event e : events) {
            if (!scored.contains(e.sentenceIndex())) {
                continue;
            }
            if (e.sourceText() != null) {
                found.add(e.source());
            }
            if (e.target() != null && e.targetText() != null) {
                found.add(e.target());
            }
        }
        return found;
    }
}
