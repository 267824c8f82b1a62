package parley.app.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import parley.kb.ActorKnowledgeBase;

/** The actor benchmark file as shipped: its format, its size, and codes the knowledge base explains. */
class BenchFileTest {
    private static final Path BENCH = Path.of(System.getProperty("parley.home", "..")).resolve("bench/actors.tsv");

    @Test
    void theBenchmarkHasTwoHundredSentencesInBothLanguagesWithKnownCodes() throws IOException {
        List<BenchItem> items = BenchFile.read(BENCH);
        assertTrue(items.size() >= 200, "only " + items.size() + " sentences");
        long french = items.stream().filter(i -> i.lang().equals("fr")).count();
        assertTrue(french >= 90 && items.size() - french >= 90, french + " French of " + items.size());
        CountryLevel level = new CountryLevel(ActorKnowledgeBase.bundled());
        for (BenchItem i : items) {
            i.expected().forEach(level::keyOf); // throws, naming the code, on one the knowledge base cannot read
            assertTrue(i.id().startsWith(i.lang() + "-"), i.id());
        }
    }

    @Test
    void theBenchmarkCoversWhatTheIssueAsksFor() throws IOException {
        Set<String> tags = new HashSet<>();
        BenchFile.read(BENCH).forEach(i -> tags.addAll(i.tests()));
        for (String needed : List.of("title-at-date", "counterpart", "counterpart-unknown", "coref", "compound", "seat",
                "armed-group", "igo-holder", "person-out-of-office", "agent", "abbreviation", "adjective")) {
            assertTrue(tags.contains(needed), "no sentence tests " + needed);
        }
    }

    @Test
    void aBadLineIsRefusedWithItsLineAndReason() {
        String ok = "fr-1\t2019-06-10\tfr\t-\tLe Kremlin a réagi.\tRUSGOV\tseat";
        assertEquals(1, BenchFile.parse("t.tsv", List.of("# comment", ok)).size());
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
                () -> BenchFile.parse("t.tsv", List.of("# c", "fr-1\t2019-06-10\tfr\tLe Kremlin a réagi.\tRUSGOV")));
        assertEquals("t.tsv:2: expected 7 tab-separated columns, found 5", columns.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BenchFile.parse("t.tsv", List.of(ok.replace("2019-06-10", "10/06/2019"))));
        assertThrows(IllegalArgumentException.class, () -> BenchFile.parse("t.tsv", List.of(ok.replace("\tfr\t", "\tde\t"))));
        assertThrows(IllegalArgumentException.class, () -> BenchFile.parse("t.tsv", List.of(ok.replace("RUSGOV", "rusgov"))));
        assertThrows(IllegalArgumentException.class, () -> BenchFile.parse("t.tsv", List.of(ok, ok)));
    }
}
