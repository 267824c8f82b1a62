package parley.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parley.model.Actor;
import parley.model.CameoCode;
import parley.model.Event;
import parley.model.Mode;
import parley.model.Place;

class ScorerTest {
    private static final Place SOCHI = new Place("gn:491422", "Sochi", "RUS", 43.6, 39.73, 400000, "city");

    private static Event event(String src, String tgt, String code, Place place) {
        Actor s = src.length() == 3 ? Actor.ofCountry(src, src, "GOV") : Actor.ofOrg(src, src, null, null);
        Actor t = tgt == null ? null : Actor.ofCountry(tgt, tgt, null);
        return new Event("id", "a1", "fr", 0, "", s, src, t, tgt, new CameoCode(code, "", 0, 1, null),
                Mode.ASSERTED, place, null, null, null, "x", 0, 1, "rule", 0.9);
    }

    private static GoldEvent gold(String src, String tgt, boolean required, String... roots) {
        return new GoldEvent(src, tgt, List.of(roots), required, "", null, null, null);
    }

    private static Tally score(List<GoldEvent> gold, List<Event> events) {
        Scorer.Report r = new Scorer().score(Map.of("a1", new GoldArticle("a1", "fr", gold)), Map.of("a1", events));
        return r.byLanguage().get("fr");
    }

    @Test
    void consultIsUndirectedAndOtherRootsAreNot() {
        Tally t = score(List.of(gold("USA", "RUS", true, "04"), gold("PRK", "USA", true, "11")),
                List.of(event("RUS", "USA", "040", null), event("USA", "PRK", "111", null)));
        assertEquals(1, t.found());
        assertEquals(1, t.missed());
        assertEquals(1, t.wrong());
    }

    @Test
    void optionalEventsAreNeitherRightNorWrongAndOrgAliasesMatch() {
        Tally t = score(List.of(gold("IGOUNO", "PRK", false, "16"), gold("USA", "PRK", true, "04")),
                List.of(event("UN", "PRK", "163", null), event("USA", "PRK", "042", null)));
        assertEquals(1, t.found());
        assertEquals(0, t.wrong());
        assertEquals(1.0, t.precision());
    }

    @Test
    void placeCountsWithinOneHundredKilometres() {
        GoldEvent g = new GoldEvent("USA", "RUS", List.of("04"), true, "", "Sotchi", 43.60, 39.73);
        assertEquals(1.0, score(List.of(g), List.of(event("USA", "RUS", "040", SOCHI))).placeAccuracy());
        Place moscow = new Place("gn:524901", "Moscow", "RUS", 55.75, 37.62, 10000000, "capital");
        assertEquals(0.0, score(List.of(g), List.of(event("USA", "RUS", "040", moscow))).placeAccuracy());
    }

    @Test
    void oneTripleMaySatisfyTwoGoldEventsThatDifferOnlyInRoots() {
        Tally t = score(List.of(gold("USA", "RUS", true, "01", "03"), gold("USA", "RUS", true, "03")),
                List.of(event("USA", "RUS", "036", null)));
        assertEquals(2, t.found());
        assertEquals(0, t.missed());
    }
}
