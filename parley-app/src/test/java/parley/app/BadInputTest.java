package parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.source.ArticleReader;

/** A batch with bad items: each is reported by name, the good article is still coded. */
@Tag("slow")
class BadInputTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private BatchCoder.Summary run(List<String> inputs) {
        return new BatchCoder(Engine.parley(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).run(inputs, new ArticleReader(null));
    }

    @Test
    void badItemsAreNamedAndTheRestIsCoded() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, (byte) 0xff});
        Files.writeString(dir.resolve("huge.txt"), "La France condamne la Russie. ".repeat(1_700_000));
        Files.writeString(dir.resolve("batch.jsonl"), String.join("\n",
                "{\"id\": \"good\", \"title\": \"La France condamne la Russie\", \"text\": \"Paris a vivement condamné"
                        + " mardi l'attaque russe contre l'Ukraine.\", \"published\": \"2022-03-01\", \"lang\": \"fr\"}",
                "{\"id\": \"broken\", \"text\": ",
                "{\"id\": \"notext\"}",
                "{\"id\": \"baddate\", \"text\": \"x\", \"published\": \"yesterday\"}"));
        BatchCoder.Summary s = run(List.of(dir.toString()));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, s.coded(), errors);
        assertTrue(errors.contains("empty.txt: empty file"), errors);
        assertTrue(errors.contains("binary.txt: binary file"), errors);
        assertTrue(errors.contains("huge.txt: file of"), errors);
        assertTrue(errors.contains("batch.jsonl:2: invalid JSON"), errors);
        assertTrue(errors.contains("batch.jsonl:3: article notext has no \"text\""), errors);
        assertTrue(errors.contains("batch.jsonl:4: article baddate: \"published\" is not an ISO date"), errors);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"article_id\":\"good\""));
    }

    @Test
    void otherLanguagesAreReportedAndSkipped() throws IOException {
        Path de = Files.writeString(dir.resolve("de.txt"), "Die Bundesregierung hat am Dienstag neue Sanktionen gegen"
                + " Russland beschlossen, teilte ein Sprecher in Berlin mit.");
        BatchCoder.Summary s = run(List.of(de.toString()));
        assertEquals(0, s.coded());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("language 'de' is not coded"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missingFileIsNamed() {
        BatchCoder.Summary s = run(List.of(dir.resolve("nope.txt").toString()));
        assertEquals(1, s.skipped());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nope.txt: no such file"));
    }
}
