package parley.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import parley.model.Article;

/** Each test page gives its headline, date, language, outlet and main text, without its furniture. */
class PageExtractorTest {

    static Stream<Path> pages() {
        return TestPages.pages().stream();
    }

    @Test
    void thereAreAtLeastTwentyPagesInBothLanguages() throws IOException {
        assertTrue(TestPages.pages().size() >= 20, "pages: " + TestPages.pages().size());
        long fr = 0;
        long en = 0;
        for (Path p : TestPages.pages()) {
            String lang = TestPages.expectation(p).lang();
            fr += "fr".equals(lang) ? 1 : 0;
            en += "en".equals(lang) ? 1 : 0;
        }
        assertTrue(fr >= 9 && en >= 9, "fr " + fr + ", en " + en);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageGivesItsArticle(Path page) throws Exception {
        TestPages.Expectation x = TestPages.expectation(page);
        Article a = new PageExtractor().extract(Files.readAllBytes(page), null, null, "test", null, null).article();
        String text = a.text();
        String name = page.getFileName().toString();
        assertEquals(x.title(), a.title(), name + " title");
        assertEquals(x.date(), a.published() == null ? null : a.published().toString(), name + " date");
        assertEquals(x.lang(), a.lang(), name + " lang");
        if (x.outlet() != null) {
            assertEquals(x.outlet(), a.outlet(), name + " outlet");
        }
        if (x.url() != null) {
            assertEquals(x.url(), a.url(), name + " url");
        }
        for (String s : x.has()) {
            assertTrue(text.contains(s), name + ": missing «" + s + "» in:\n" + text);
        }
        for (String s : x.not()) {
            assertFalse(text.contains(s), name + ": furniture «" + s + "» left in:\n" + text);
        }
        if (x.paragraphs() != null) {
            assertEquals(x.paragraphs(), text.split("\n\n").length, name + " paragraphs in:\n" + text);
        }
        assertFalse(text.contains("\n\n\n"), name);
        for (String p : text.split("\n\n")) {
            assertFalse(p.isBlank() || p.contains("\n"), name + ": a paragraph is blank or broken: " + p);
        }
    }
}
