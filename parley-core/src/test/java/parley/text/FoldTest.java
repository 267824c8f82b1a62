package parley.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void foldsAccentsCaseApostrophesAndHyphens() {
        assertEquals("etats unis", Fold.key("États-Unis"));
        assertEquals("quai de orsay", Fold.key("Quai d’Orsay"));
        assertEquals(Fold.key("Quai d'Orsay"), Fold.key("quai d’ orsay"));
        assertEquals("kim jong un", Fold.key("Kim\u00A0Jong-Un"));
        assertEquals(Fold.key("Corée du Nord"), Fold.key("Corée de le Nord"));
    }

    @Test
    void tellsCapitalisedWords() {
        assertTrue(Fold.capitalised("Washington"));
        assertFalse(Fold.capitalised("américaine"));
        assertFalse(Fold.capitalised(""));
    }
}
