package parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.source.ArticleReader;
import parley.model.Article;
import parley.model.Sentence;
import parley.pipeline.CodingResult;
import parley.pipeline.ParallelCoding;
import parley.pipeline.Parley;

/**
 * Parse gating and threads never change the events: the bundled samples and every behaviour sentence (its
 * two-sentence lines included, where the first sets up what the second points back to) are coded with the
 * gate (sentences without an event word left unparsed and not searched for events), without it (every sentence
 * parsed and searched, as if there were no gate), and with two threads; the events, in every mode, must be the
 * same, field for field.
 */
class ParseGateTest {
    private static List<Article> articles;

    @BeforeAll
    static void read() throws IOException {
        articles = new ArrayList<>(new ArticleReader(null).articles(List.of(Shared.home().resolve("samples").toString()),
                System.err));
        for (String lang : List.of("fr", "en")) {
            for (SentenceSuiteTest.Case c : SentenceSuiteTest.cases(lang)) {
                articles.add(new Article(c.id(), null, c.text().replace(" || ", " "), c.date(), null, lang));
            }
        }
    }

    @Test
    void gatedUngatedAndThreadedGiveTheSameEvents() {
        Parley gated = new Parley(Engine.analyzer(), Engine.guesser(), Engine.knowledge(), true, true);
        Parley open = new Parley(Engine.fullAnalyzer(), Engine.guesser(), Engine.knowledge(), true, true);
        List<String> once = lines(ParallelCoding.codeAll(gated, articles, 1));
        assertTrue(once.size() > 400, "the inputs give events: " + once.size());
        List<String> everySentence = lines(ParallelCoding.codeAll(open, articles, 1));
        assertEquals(List.of(), EventDiff.missing(everySentence, once), "events the gate loses");
        assertEquals(List.of(), EventDiff.missing(once, everySentence), "events only the gate gives");
        assertEquals(once, everySentence, "gated and every sentence open, in the same order");
        assertEquals(once, lines(ParallelCoding.codeAll(gated, articles, 2)), "one thread and two");
    }

    @Test
    void sentencesWithoutAnEventWordAreLeftUnparsedAndStillNameTheirActors() {
        Article a = new Article("gate", null, "The weather in Geneva was mild on Tuesday. Russia condemned the sanctions.",
                null, null, "en");
        List<Sentence> sentences = Engine.analyzer().analyze(a).sentences();
        assertEquals(2, sentences.size());
        Sentence weather = sentences.get(0);
        assertTrue(!weather.eventCandidate() && weather.tokens().stream().allMatch(t -> t.head() == -1),
                "not parsed: " + weather.tokens());
        assertEquals("LOCATION", weather.token(3).ner(), "names are still read: " + weather.token(3));
        Sentence condemned = sentences.get(1);
        assertTrue(condemned.eventCandidate() && condemned.tokens().stream().anyMatch(t -> t.deprel().equals("nsubj")),
                "parsed: " + condemned.tokens());
    }

    private static List<String> lines(List<CodingResult> results) {
        EventJson json = new EventJson();
        return results.stream().flatMap(r -> r.events().stream()).map(json::line).toList();
    }
}
