package parley.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvFileTest {

    @TempDir
    Path dir;

    @Test
    void skipsCommentsAndBlankLinesAndReadsDashAsEmpty() throws IOException {
        Path f = Files.writeString(dir.resolve("a.tsv"), "# header\n\nFrance\tFRA\t-\n");
        List<TsvFile.Row> rows = TsvFile.file(f, 3);
        assertEquals(1, rows.size());
        assertEquals("FRA", rows.get(0).get(1));
        assertEquals(null, rows.get(0).optional(2));
    }

    @Test
    void badLineIsReportedWithFileAndLineNumber() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.tsv"), "# header\nFrance\tFRA\n");
        KnowledgeFileException e = assertThrows(KnowledgeFileException.class, () -> TsvFile.file(f, 3));
        assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
        assertTrue(e.getMessage().contains("expected 3"), e.getMessage());
    }

    @Test
    void missingBundledFileIsAPackagingError() {
        KnowledgeFileException e = assertThrows(KnowledgeFileException.class,
                () -> TsvFile.resource("parley/no-such-file.tsv", 2));
        assertTrue(e.getMessage().contains("parley/no-such-file.tsv"));
    }
}
