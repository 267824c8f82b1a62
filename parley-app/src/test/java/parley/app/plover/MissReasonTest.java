package parley.app.plover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.kb.CameoTable;
import parley.model.Actor;
import parley.model.Event;
import parley.model.Mode;

/** Why a gold event was missed, from hand-built events of every mode. */
class MissReasonTest {
    private static final CameoTable CAMEO = CameoTable.bundled();
    private static final PloverCorrespondence C = PloverCorrespondence.bundled();
    private static final PloverGold THREAT = new PloverGold("t", "THREATEN", "THREATEN", "IRN", "AZE", false);

    private static Event event(String tgt, String code, Mode mode) {
        return new Event("e", "a", "en", 0, "", Actor.ofCountry("Iran", "IRN", null), "Iran",
                tgt == null ? null : Actor.ofCountry(tgt, tgt, null), tgt, CAMEO.get(code), mode, null, null, null, null,
                "threaten", 0, 1, "rule", 0.9);
    }

    @Test
    void eachReasonIsToldApart() {
        assertEquals("no event", MissReason.of(THREAT, List.of(), C));
        assertEquals("other types only", MissReason.of(THREAT, List.of(event("AZE", "111", Mode.ASSERTED)), C));
        assertEquals("type right, hypothetical", MissReason.of(THREAT, List.of(event("AZE", "138", Mode.HYPOTHETICAL)), C));
        assertEquals("type right, no target", MissReason.of(THREAT,
                List.of(event(null, "130", Mode.ASSERTED), event("AZE", "163", Mode.HYPOTHETICAL)), C));
        assertEquals("type right, other actors", MissReason.of(THREAT, List.of(event("ARM", "130", Mode.ASSERTED)), C));
    }
}
