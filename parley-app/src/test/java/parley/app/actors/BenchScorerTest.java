package parley.app.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import parley.kb.ActorKnowledgeBase;
import parley.model.Actor;

/** The benchmark's scoring on hand-built lines: exact codes and country level, per language. */
class BenchScorerTest {
    private static final ActorKnowledgeBase KB = ActorKnowledgeBase.bundled();

    private static BenchItem item(String id, String lang, String... expected) {
        return new BenchItem(id, LocalDate.of(2019, 6, 10), lang, null, "…",
                new LinkedHashSet<>(List.of(expected)), Set.of("test"));
    }

    @Test
    void rightMissedAndExtraAreCountedPerCodeAndPerCountry() {
        BenchScorer scorer = new BenchScorer(new CountryLevel(KB));
        // expected RUSGOV CHNGOV; found RUSGOV and CHN without a sector: one code right, one missed, one extra;
        // at country level both right
        BenchScorer.Outcome o = scorer.add(item("fr-1", "fr", "RUSGOV", "CHNGOV"),
                Set.of(KB.actor("RUS", "GOV"), KB.actor("CHN", null)));
        assertFalse(o.exact());
        assertTrue(o.countryRight());
        ActorTally exact = scorer.exact().get("fr");
        assertEquals(1, exact.right());
        assertEquals(1, exact.missed());
        assertEquals(1, exact.extra());
        assertEquals(0.5, exact.precision());
        assertEquals(0.0, exact.sentenceAccuracy());
        assertEquals(2, scorer.country().get("fr").right());
        assertEquals(1.0, scorer.country().get("fr").sentenceAccuracy());
    }

    @Test
    void aSentenceWithoutActorsIsRightOnlyWhenNothingIsFound() {
        BenchScorer scorer = new BenchScorer(new CountryLevel(KB));
        assertTrue(scorer.add(item("en-1", "en"), Set.of()).exact());
        BenchScorer.Outcome invented = scorer.add(item("en-2", "en"), Set.of(KB.actor("USA", "MED")));
        assertFalse(invented.exact());
        assertEquals(1, scorer.exact().get("en").extra());
        assertEquals(0.5, scorer.exact().get("en").sentenceAccuracy());
        assertEquals(2, scorer.exact().get("all").items());
        assertEquals(1.0, scorer.exact().get("en").recall()); // nothing was expected, so nothing was missed
    }

    @Test
    void organisationCodesAreReadBackToTheirKeys() {
        CountryLevel level = new CountryLevel(KB);
        assertEquals("UN", level.keyOf("IGOUNO"));
        assertEquals("UN", level.keyOf("IGOUNOMIL"));
        assertEquals("IAEA", level.keyOf("IGOUNOIAE"));
        assertEquals("AQ", level.keyOf("AQ"));
        assertEquals("RUS", level.keyOf("RUSGOV"));
        assertEquals("PSE", level.keyOf("PSE"));
        assertEquals(KB.actor("UN", "MIL").code(), "IGOUNOMIL");
        assertThrows(IllegalArgumentException.class, () -> level.keyOf("RUSXYZ"));
        assertThrows(IllegalArgumentException.class, () -> level.keyOf("ZZZGOV"));
    }
}
