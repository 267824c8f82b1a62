package parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.kb.KnowledgeBase;
import parley.model.Sentence;
import parley.model.Token;
import parley.testing.Parses;

/** The gate reads the knowledge files: event lexicon, titles, government nouns. Sentences built by hand, unparsed. */
class LexiconGateTest {
    private static LexiconGate gate;
    private static final Function<Token, String> NO_PARTICIPLES = t -> null;

    @BeforeAll
    static void load() {
        gate = new LexiconGate(KnowledgeBase.bundled());
    }

    /** Rows "word lemma UPOS [NER]", without a tree. */
    private static Sentence unparsed(String... rows) {
        String[] full = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].trim().split("\\s+");
            full[i] = f[0] + " " + f[1] + " " + f[2] + " 0 root " + (f.length > 3 ? f[3] : "O");
        }
        return Parses.sentence(0, 0, full);
    }

    @Test
    void anEventVerbOfTheLexiconIsParsed() {
        assertTrue(gate.mayHoldEvent(unparsed("Russia Russia PROPN LOCATION", "condemned condemn VERB",
                "the the DET", "attack attack NOUN"), "en", NO_PARTICIPLES));
    }

    @Test
    void aSentenceWithoutEventWordTitleOrGovernmentNounIsNot() {
        assertFalse(gate.mayHoldEvent(unparsed("The the DET", "weather weather NOUN", "in in ADP",
                "Geneva Geneva PROPN LOCATION", "was be AUX", "mild mild ADJ"), "en", NO_PARTICIPLES));
    }

    @Test
    void anEntrysExtraWordsMustBeInTheSentence() {
        // en.arrive is "arrive in|at": arriving is a visit only somewhere
        assertFalse(gate.mayHoldEvent(unparsed("He he PRON", "arrived arrive VERB", "late late ADV"), "en",
                NO_PARTICIPLES));
        assertTrue(gate.mayHoldEvent(unparsed("He he PRON", "arrived arrive VERB", "in in ADP",
                "Kyiv Kyiv PROPN LOCATION"), "en", NO_PARTICIPLES));
    }

    @Test
    void theLemmaMustHaveAPartOfSpeechItsEntryAccepts() {
        assertFalse(gate.mayHoldEvent(unparsed("very very ADV", "kill kill ADV"), "en", NO_PARTICIPLES));
    }

    @Test
    void aTitleIsParsedForWhoHoldsItLater() {
        assertTrue(gate.mayHoldEvent(unparsed("Le le DET", "président président NOUN", "russe russe ADJ",
                "est être AUX", "âgé âgé ADJ"), "fr", NO_PARTICIPLES));
    }

    @Test
    void aParticipleReadAsAnAdjectiveCountsAsItsVerb() {
        Sentence s = unparsed("Trois trois NUM", "manifestants manifestant NOUN", "ont avoir AUX", "été être AUX",
                "tués tué ADJ");
        assertTrue(gate.mayHoldEvent(s, "fr", t -> t.text().equals("tués") ? "tuer" : null));
    }
}
