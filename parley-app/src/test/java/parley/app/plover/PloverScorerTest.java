package parley.app.plover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.kb.CameoTable;
import parley.model.Actor;
import parley.model.Event;
import parley.model.Mode;

/** The scoring rules on hand-written gold records and events (no CoreNLP): the codes' PLOVER types come from the real CAMEO table. */
class PloverScorerTest {
    private static final CameoTable CAMEO = CameoTable.bundled();

    private static Actor actor(String key) {
        return key.length() == 3 ? Actor.ofCountry(key, key, "GOV") : Actor.ofOrg(key, key, null, null);
    }

    private static Event event(String src, String tgt, String code) {
        return new Event("e", "a", "en", 0, "", actor(src), src, actor(tgt), tgt, CAMEO.get(code), Mode.ASSERTED, null,
                null, null, null, "x", 0, 1, "rule", 0.9);
    }

    private static String side(String... codes) {
        StringBuilder b = new StringBuilder("[");
        for (String c : codes) {
            b.append(b.length() > 1 ? "," : "").append("{\"actorText\":\"x\",\"code\":\"").append(c).append("\"}");
        }
        return b.append("]").toString();
    }

    /** One gold record as the file writes it; a null side is written as JSON null, as the file does. */
    private static String record(String id, String type, String text, String sources, String targets) {
        return "{\"id\":\"" + id + "\",\"date\":\"2000-01-01\",\"event\":\"" + type + "\",\"text\":\"" + text
                + "\",\"source\":" + sources + ",\"target\":" + targets + "}";
    }

    private static List<GsrSentence> sentences(String... records) {
        String doc = "{\"id\":\"DOC\",\"event\":\"DOCUMENT\",\"comment\":\"documentation, no text\"}";
        return GsrSentence.group(GsrFile.parse("t.json", "[" + doc + "," + String.join(",", records) + "]"));
    }

    private static PloverScorer scorer() {
        return new PloverScorer(PloverCorrespondence.bundled());
    }

    @Test
    void consultIsUndirectedAndOtherTypesAreNot() {
        List<GsrSentence> s = sentences(record("c", "CONSULT", "Talks.", side("USA"), side("RUS")),
                record("d", "DISAPPROVE", "Criticism.", side("PRK"), side("USA")));
        PloverScorer scorer = scorer();
        PloverScorer.SentenceResult consult = scorer.add(s.get(0), List.of(event("RUS", "USA", "040")));
        PloverScorer.SentenceResult disapprove = scorer.add(s.get(1), List.of(event("USA", "PRK", "111")));
        assertTrue(consult.gold().get(0).found());
        assertTrue(consult.events().get(0).right());
        assertFalse(disapprove.gold().get(0).found(), "criticism is directed: USA->PRK is not PRK->USA");
        assertTrue(disapprove.gold().get(0).typeFound(), "the type alone is right");
        assertFalse(disapprove.events().get(0).right());
        TypeTally all = scorer.overall();
        assertEquals(0.5, all.precision());
        assertEquals(0.5, all.recall());
        assertEquals(1.0, all.typeRecall());
    }

    @Test
    void eachSourceTargetPairIsOneGoldEvent() {
        List<GsrSentence> s = sentences(record("t", "THREATEN", "Threats.", side("IGO", "FRA"), side("SRB", "MNE")));
        PloverScorer scorer = scorer();
        PloverScorer.SentenceResult r = scorer.add(s.get(0), List.of(event("FRA", "SRB", "138"), event("EU", "MNE", "1312")));
        assertEquals(4, r.gold().size(), r.gold().toString());
        assertEquals(2, scorer.overall().found(), "FRA->SRB and ORG->MNE (the gold's IGO is any organisation)");
        assertEquals(1.0, scorer.overall().precision());
        assertEquals(0.5, scorer.byType().get("THREATEN").recall());
    }

    @Test
    void aWrongTypeIsMissedAndWrongEvenWithTheRightActors() {
        List<GsrSentence> s = sentences(record("a", "AGREE", "A pact.", side("USA"), side("JOR")));
        PloverScorer scorer = scorer();
        PloverScorer.SentenceResult r = scorer.add(s.get(0), List.of(event("USA", "JOR", "057")));
        assertFalse(r.gold().get(0).found());
        assertFalse(r.gold().get(0).typeFound());
        assertEquals("SUPPORT", r.events().get(0).type());
        assertEquals(1, scorer.byType().get("SUPPORT").parley());
        assertEquals(0, scorer.byType().get("SUPPORT").right());
        assertEquals(1, scorer.byType().get("AGREE").gold());
    }

    @Test
    void severalSourcesAndNoTargetAreOneReciprocalEventAndAnOpenSideMatchesAnyone() {
        List<GsrSentence> s = sentences(record("r", "AGREE", "Hungary and Romania agreed.", side("HUN", "ROU"), "null"),
                record("o", "AGREE", "He agreed to resign.", side("KGZ"), "\"\""));
        PloverScorer scorer = scorer();
        PloverScorer.SentenceResult reciprocal = scorer.add(s.get(0), List.of(event("ROU", "HUN", "030")));
        PloverScorer.SentenceResult open = scorer.add(s.get(1), List.of(event("KGZ", "RUS", "030")));
        assertEquals(1, reciprocal.gold().size());
        assertTrue(reciprocal.gold().get(0).found(), "ROU->HUN finds the reciprocal HUN/ROU agreement");
        assertTrue(open.gold().get(0).found());
        assertEquals(PloverGold.ANY, open.gold().get(0).gold().target());
    }

    @Test
    void goldNamesOfVersionHalfAndOldActorCodesLineUpWithParleys() {
        List<GsrSentence> s = sentences(record("f", "FIGHT", "Fighting.", side("JAP"), side("IMG")),
                record("q", "DEMAND", "A demand.", side("ITL"), side("NGO")),
                record("i", "INVESTIGATE", "An inquiry.", side("IGO"), side("VTN")));
        PloverScorer scorer = scorer();
        assertTrue(scorer.add(s.get(0), List.of(event("JPN", "AQ", "190"))).gold().get(0).found());
        assertTrue(scorer.add(s.get(1), List.of(event("ITA", "AMNESTY", "100"))).gold().get(0).found());
        assertTrue(scorer.add(s.get(2), List.of(event("UN", "VNM", "091"))).gold().get(0).found());
        assertEquals(3, scorer.byType().get("ASSAULT").gold() + scorer.byType().get("REQUEST").gold()
                + scorer.byType().get("ACCUSE").gold());
        assertEquals(1, scorer.byGsrType().get("INVESTIGATE").found());
    }

    @Test
    void codesThe2021TableMovedAreComparedUnderTheirVersionHalfType() {
        List<GsrSentence> s = sentences(record("s", "SANCTION", "Sanctions.", side("USA"), side("AFG")),
                record("f", "FIGHT", "A village retaken.", side("VTN"), side("KHM")));
        PloverScorer scorer = scorer();
        PloverScorer.SentenceResult sanction = scorer.add(s.get(0), List.of(event("USA", "AFG", "163")));
        PloverScorer.SentenceResult fight = scorer.add(s.get(1), List.of(event("VNM", "KHM", "192")));
        assertEquals("COERCE", CAMEO.get("163").plover(), "the 2021 table's type");
        assertEquals("SANCTION", sanction.events().get(0).type());
        assertTrue(sanction.gold().get(0).found());
        assertTrue(fight.gold().get(0).found(), "192 occupy was FIGHT in 0.5, compared as ASSAULT");
        assertTrue(sanction.events().get(0).toString().contains("(2021: COERCE)"));
    }

    @Test
    void anEventWithoutPloverTypeCountsAgainstPrecision() {
        List<GsrSentence> s = sentences(record("d", "DEMAND", "An appeal.", side("USA"), side("IRN")));
        PloverScorer scorer = scorer();
        PloverScorer.SentenceResult r = scorer.add(s.get(0), List.of(event("USA", "IRN", "020")));
        assertEquals(PloverScorer.UNTYPED, r.events().get(0).type());
        assertEquals(0.0, scorer.overall().precision());
        assertEquals(0, scorer.overall().found());
    }

    @Test
    void aSentenceUsedByTwoRecordsIsScoredOnceAgainstBoth() {
        List<GsrSentence> s = sentences(record("x1", "COERCE", "Police fired and arrested.", side("EGY"), side("EGY")),
                record("x2", "FIGHT", "Police fired and arrested.", side("EGY"), side("EGY")));
        assertEquals(1, s.size());
        assertEquals("x1+x2", s.get(0).id());
        PloverScorer scorer = scorer();
        scorer.add(s.get(0), List.of(event("EGY", "EGY", "173"), event("EGY", "EGY", "190")));
        assertEquals(1.0, scorer.overall().precision());
        assertEquals(1.0, scorer.overall().recall());
        assertEquals(2, scorer.overall().gold());
    }
}
