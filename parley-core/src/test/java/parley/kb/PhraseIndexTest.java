package parley.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Phrases found at a token, whatever the tokenizer made of hyphens and the possessive "'s". */
class PhraseIndexTest {
    private static PhraseIndex<String> index() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("New People's Army", "PHL");
        index.add("Kim Jong-un", "PRK");
        return index;
    }

    @Test
    void aPossessiveTokenJoinsItsWord() {
        PhraseIndex.Match<String> m = index().longestAt(List.of("The", "New", "People", "'s", "Army", "attacked"), 1,
                Function.identity());
        assertEquals(1, m.start());
        assertEquals(5, m.end());
        assertEquals(List.of("PHL"), m.values());
        assertNull(index().longestAt(List.of("New", "People", "Army"), 0, Function.identity()));
    }

    @Test
    void aLoneHyphenIsPassedOver() {
        assertEquals(4, index().longestAt(List.of("Kim", "Jong", "-", "un"), 0, Function.identity()).end());
    }
}
