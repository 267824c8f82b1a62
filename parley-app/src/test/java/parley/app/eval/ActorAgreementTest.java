package parley.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parley.model.Actor;
import parley.model.CameoCode;
import parley.model.Event;
import parley.model.Mode;

/** Country-level agreement of the actors of events matched on article and root, on hand-built events. */
class ActorAgreementTest {

    private static Event event(String src, String tgt, String code) {
        return new Event("id", "a1", "en", 0, "a sentence", Actor.ofCountry(src, src, "GOV"), src,
                Actor.ofCountry(tgt, tgt, null), tgt, new CameoCode(code, "", 0, 1, null), Mode.ASSERTED, null, null,
                null, null, "x", 0, 1, "rule", 0.9);
    }

    private static GoldEvent gold(String src, String tgt, String root) {
        return new GoldEvent(src, tgt, List.of(root), true, "", null, null, null);
    }

    @Test
    void onlyEventsWithAGoldRootCountAndEachSideIsJudged() {
        GoldArticle article = new GoldArticle("a1", "en", List.of(gold("SYR", "UN", "11"), gold("USA", "RUS", "04")));
        ActorAgreement.Counts c = ActorAgreement.measure(Map.of("a1", article), Map.of("a1", List.of(
                event("TUR", "UN", "112"),   // root 11 matched, source wrong: 1 of 2 actors right
                event("RUS", "USA", "040"),  // 04 either way round: both right
                event("FRA", "DEU", "190")))) // no gold event of root 19: not counted
                .get("en");
        assertEquals(2, c.matched());
        assertEquals(1, c.bothRight());
        assertEquals(0.75, c.actorAccuracy());
        assertEquals(1, c.disagreements().size());
        assertEquals("a1: coded TUR->UN 11, gold SYR->UN  a sentence", c.disagreements().get(0));
    }
}
