package parley.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.kb.EventDirections.Direction;

/** kb/directions.tsv: the one place that says which events have no direction. */
class EventDirectionsTest {
    private final EventDirections bundled = EventDirections.bundled();

    @Test
    void theLongestDeclaredPrefixDecides() {
        assertEquals(Direction.UNDIRECTED, bundled.of("0431"), "a visit is a consultation");
        assertEquals(Direction.MUTUAL, bundled.of("051"), "praise names a target");
        assertEquals(Direction.UNDIRECTED, bundled.of("057"), "signing binds both, within mutual 05");
        assertEquals(Direction.MUTUAL, bundled.of("193"));
        assertEquals(Direction.DIRECTED, bundled.of("112"), "an accusation has a direction");
        assertTrue(bundled.undirected("06"));
        assertFalse(bundled.undirected("190"));
    }

    @Test
    void theCoderPairsCoordinatedSubjectsForTheRootsItDidBefore() {
        for (String root : List.of("04", "05", "06", "19")) {
            assertTrue(bundled.reciprocal(root), root);
        }
        for (String root : List.of("01", "03", "11", "18", "20")) {
            assertFalse(bundled.reciprocal(root), root);
        }
    }

    @Test
    void badRowsAreRefusedWithTheirLine() {
        assertThrows(KnowledgeFileException.class, () -> EventDirections.fromRows(List.of(
                new TsvFile.Row("d.tsv", 3, List.of("04", "sideways")))));
        assertThrows(KnowledgeFileException.class, () -> EventDirections.fromRows(List.of(
                new TsvFile.Row("d.tsv", 3, List.of("4x", "mutual")))));
    }
}
