package parley.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import net.dankito.readability4j.Readability4J;
import org.junit.jupiter.api.Test;

/**
 * Measures Parley's extractor against readability4j on the test pages: key sentences kept and furniture
 * strings left, counted over every page's expectations. readability4j is a test-only dependency; this test
 * is why Parley uses its own scorer (see docs/sources.md for the figures).
 */
class ExtractorComparisonTest {

    @Test
    void parleysExtractorKeepsMoreTextAndLessFurnitureThanReadability4j() throws Exception {
        int[] parley = new int[2];
        int[] readability = new int[2];
        int expectedSentences = 0;
        int furnitureStrings = 0;
        int readabilityFailures = 0;
        for (Path page : TestPages.pages()) {
            TestPages.Expectation x = TestPages.expectation(page);
            byte[] bytes = Files.readAllBytes(page);
            String ours = new PageExtractor().extract(bytes, null, null, "p", null, null).article().text();
            String theirs;
            try {
                String html = PageDecoder.decode(bytes, null).text();
                theirs = new Readability4J("https://example.org/", html).parse().getTextContent();
                theirs = theirs == null ? "" : theirs.replaceAll("\\s+", " ");
            } catch (RuntimeException | LinkageError e) {
                readabilityFailures++;
                theirs = "";
            }
            String oursFlat = ours.replaceAll("\\s+", " ");
            expectedSentences += x.has().size();
            furnitureStrings += x.not().size();
            for (String s : x.has()) {
                parley[0] += oursFlat.contains(s) ? 1 : 0;
                readability[0] += theirs.contains(s) ? 1 : 0;
            }
            for (String s : x.not()) {
                parley[1] += oursFlat.contains(s) ? 1 : 0;
                readability[1] += theirs.contains(s) ? 1 : 0;
            }
        }
        String report = String.format("on %d pages: key sentences kept: parley %d/%d, readability4j %d/%d; furniture left:"
                        + " parley %d/%d, readability4j %d/%d; readability4j failures: %d", TestPages.pages().size(), parley[0],
                expectedSentences, readability[0], expectedSentences, parley[1], furnitureStrings, readability[1],
                furnitureStrings, readabilityFailures);
        System.out.println("extractor comparison " + report);
        assertTrue(parley[0] >= readability[0] && parley[1] <= readability[1], report);
    }
}
