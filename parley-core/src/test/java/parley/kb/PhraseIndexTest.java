package parley.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Phrases found at a token, whatever the tokenizer made of hyphens and of the possessive "'s". */
class PhraseIndexTest {

    @Test
    void aNameIndexJoinsThePossessiveTokenToItsWord() {
        PhraseIndex<String> names = PhraseIndex.withPossessives();
        names.add("Tigray People's Liberation Front", "ETH");
        PhraseIndex.Match<String> m = names.longestAt(
                List.of("The", "Tigray", "People", "'s", "Liberation", "Front", "attacked"), 1, Function.identity());
        assertEquals(1, m.start());
        assertEquals(6, m.end());
        assertEquals(List.of("ETH"), m.values());
        assertNull(names.longestAt(List.of("Tigray", "People", "Liberation", "Front"), 0, Function.identity()));
    }

    @Test
    void aWordByWordIndexLeavesPossessiveNamesUnmatched() {
        PhraseIndex<String> places = new PhraseIndex<>();
        places.add("Cox's Bazar", "BGD");
        assertNull(places.longestAt(List.of("Cox", "'s", "Bazar"), 0, Function.identity()));
    }

    @Test
    void aLoneHyphenIsPassedOver() {
        PhraseIndex<String> names = new PhraseIndex<>();
        names.add("Kim Jong-un", "PRK");
        assertEquals(4, names.longestAt(List.of("Kim", "Jong", "-", "un"), 0, Function.identity()).end());
    }
}
