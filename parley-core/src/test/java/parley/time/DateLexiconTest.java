package parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.kb.KnowledgeFileException;
import parley.kb.TsvFile;
import parley.time.DateLexicon.Kind;

class DateLexiconTest {

    @Test
    void bundledWordsAreFoundFolded() {
        DateLexicon fr = DateLexicon.bundled("fr");
        assertEquals(Kind.MONTH, fr.lookup("Février").orElseThrow().kind());
        assertEquals(2, fr.lookup("fevrier").orElseThrow().number());
        assertEquals(9, fr.lookup("sept.").orElseThrow().number(), "sept. is September");
        assertEquals(Kind.NUMBER, fr.lookup("sept").orElseThrow().kind(), "sept is seven");
        assertEquals(-2, fr.lookup("avant-hier").orElseThrow().number());
        assertEquals(Kind.AGO, fr.lookup("il y a").orElseThrow().kind());
        DateLexicon en = DateLexicon.bundled("en");
        assertEquals(2, en.lookup("Tuesday").orElseThrow().number());
        assertEquals("end", en.lookup("late").orElseThrow().value());
        assertTrue(en.lookup("meeting").isEmpty());
    }

    @Test
    void badKindOrValueIsReported() {
        assertThrows(KnowledgeFileException.class, () -> DateLexicon.of(
                List.of(new TsvFile.Row("x.tsv", 3, List.of("mai", "moth", "5")))));
        assertThrows(KnowledgeFileException.class, () -> DateLexicon.of(
                List.of(new TsvFile.Row("x.tsv", 3, List.of("mai", "month", "13")))));
    }
}
