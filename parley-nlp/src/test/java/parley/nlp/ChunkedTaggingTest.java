package parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.params.ParameterizedTest;
import parley.coding.StopRequest;
import parley.model.Article;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The analyzer tags a few sentences at a time, so that an article's time budget can stop a long article between
 * chunks: the tags, lemmas and names must be those CoreNLP gives the whole document at once.
 */
class ChunkedTaggingTest {

    /** A bundled sample article, repeated so that the text spans several chunks. */
    private static String longText(String sample) throws IOException {
        Path home = Path.of(System.getProperty("parley.home", ".."));
        return (Files.readString(home.resolve("samples").resolve(sample)) + "\n\n").repeat(12);
    }

    @ParameterizedTest
    @CsvSource({"fr, fr-001.txt", "en, en-003.txt"})
    void chunksAreTaggedAsTheWholeDocumentIs(String lang, String sample) throws IOException {
        String text = longText(sample);
        List<CoreSentence> chunked = new CoreNlpAnalyzer().tagged(lang, text);
        CoreDocument whole = new CoreDocument(text);
        new StanfordCoreNLP(CoreNlpSettings.forLanguage(lang)).annotate(whole);

        assertTrue(chunked.size() > 100, "several chunks: " + chunked.size() + " sentences");
        assertEquals(whole.sentences().size(), chunked.size());
        for (int i = 0; i < chunked.size(); i++) {
            assertEquals(describe(whole.sentences().get(i)), describe(chunked.get(i)), "sentence " + i);
        }
    }

    @ParameterizedTest
    @CsvSource({"fr, fr-001.txt", "en, en-003.txt"})
    void aStopRequestStopsTagging(String lang, String sample) throws IOException {
        String text = longText(sample);
        StopRequest.send(Thread.currentThread());
        assertThrows(CancellationException.class, () -> new CoreNlpAnalyzer().tagged(lang, text));
        assertFalse(StopRequest.pending(), "the request was taken, not left for the next job");
    }

    @ParameterizedTest
    @CsvSource({"fr, fr-001.txt", "en, en-003.txt"})
    void theFastParserParsesTheTaggedSentencesAsCoreNlpDoes(String lang, String sample) throws IOException {
        Article article = new Article(sample, null, longText(sample), null, null, lang);
        assertEquals(List.of(), new CoreNlpAnalyzer().parsedDifferently(article));
    }

    private static String describe(CoreSentence s) {
        StringBuilder out = new StringBuilder();
        for (CoreLabel l : s.tokens()) {
            out.append(l.word()).append('/').append(l.tag()).append('/').append(l.lemma()).append('/').append(l.ner())
                    .append(' ');
        }
        return out.toString();
    }
}
