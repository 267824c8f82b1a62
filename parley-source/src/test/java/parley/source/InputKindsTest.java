package parley.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kind of an input comes from its first bytes, then its name; a folder mixes every kind. */
class InputKindsTest {
    @TempDir
    Path dir;

    private static InputKind kind(String head, String name) {
        return InputKind.detect(head.getBytes(StandardCharsets.ISO_8859_1), name);
    }

    @Test
    void firstBytesThenName() {
        assertEquals(InputKind.HTML, kind("\u00EF\u00BB\u00BF  <!DOCTYPE html><html>", "x.txt"));
        assertEquals(InputKind.HTML, kind("<html lang=fr>", null));
        assertEquals(InputKind.HTML, kind("<!-- saved page --><html>", null));
        assertEquals(InputKind.WARC, kind("WARC/1.1\r\nWARC-Type: warcinfo", "crawl.bin"));
        assertEquals(InputKind.GZIP, kind("\u001f\u008b\u0008\u0000", "crawl.warc.gz"));
        assertEquals(InputKind.FEED, kind("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "feed.html"));
        assertEquals(InputKind.FEED, kind("<feed xmlns=\"http://www.w3.org/2005/Atom\">", null));
        assertEquals(InputKind.JSONL, kind("{\"id\": 1}", "batch.jsonl"));
        assertEquals(InputKind.JSON, kind("{\"id\": 1}", "one.json"));
        assertEquals(InputKind.TEXT, kind("Le gouvernement a annoncé", "a.txt"));
        assertEquals(InputKind.HTML, kind("<div>fragment", "saved.htm"));
        assertEquals(InputKind.BINARY, kind("\u0089PNG\r\n\u001a\n\u0000\u0000", "photo.txt"));
    }

    @Test
    void charsetsAreDecodedAsDeclaredOrSniffed() {
        byte[] latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body>Ã©tÃ© Ã  PÃ©kin</body></html>"
                .getBytes(StandardCharsets.UTF_8);
        // Declared Latin-1: the UTF-8 bytes are read as windows-1252, as a browser would.
        assertTrue(PageDecoder.decode(latin1, null).text().contains("Ã"));
        byte[] undeclared = "<p>été à Pékin</p>".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertTrue(PageDecoder.decode(undeclared, null).text().contains("été à Pékin"));
        byte[] utf8 = "<p>été à Pékin</p>".getBytes(StandardCharsets.UTF_8);
        assertTrue(PageDecoder.decode(utf8, null).text().contains("été à Pékin"));
        assertTrue(PageDecoder.decode(undeclared, "text/html; charset=windows-1252").text().contains("été"));
        // A page labelled UTF-8 whose bytes are not: read as windows-1252 rather than with replacement marks.
        assertTrue(PageDecoder.decode(undeclared, "text/html; charset=UTF-8").text().contains("été à Pékin"));
    }

    @Test
    void aFolderOfPagesArchivesAndArticlesIsReadByKind() throws Exception {
        Files.copy(TestPages.folder().resolve("en-ap-like.html"), dir.resolve("a.html"));
        Files.copy(TestPages.folder().resolve("fr-amp.html"), dir.resolve("b.htm"));
        Files.writeString(dir.resolve("c.jsonl"), "{\"id\": \"c1\", \"text\": \"Un texte.\"}\n");
        Files.writeString(dir.resolve("d.txt"), "Titre\n\nCorps du texte.");
        Files.writeString(dir.resolve("e.html"), "<html><body><nav>Menu</nav></body></html>");
        Files.writeString(dir.resolve("ignored.css"), "body { color: red }");
        List<InputItem> items = new ArrayList<>();
        new ArticleReader(null).read(List.of(dir.toString()), items::add);
        assertEquals(5, items.size(), items.toString());
        assertEquals("Flooding forces thousands from homes in northern Bangladesh", items.get(0).article().title());
        assertEquals("a", items.get(0).article().id());
        assertEquals("fr", items.get(1).article().lang());
        assertEquals("c1", items.get(2).article().id());
        assertEquals("Titre", items.get(3).article().title());
        assertNull(items.get(4).article());
        assertEquals("no article text", items.get(4).reason());
        assertTrue(items.get(4).problem().contains("e.html: no article text found"), items.get(4).problem());
    }
}
