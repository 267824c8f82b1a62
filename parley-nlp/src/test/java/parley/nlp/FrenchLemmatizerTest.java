package parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parley.model.Token;

class FrenchLemmatizerTest {
    private final FrenchLemmatizer lemmas = new FrenchLemmatizer();

    @Test
    void verbsGetTheirInfinitiveAndNounsTheirSingular() {
        assertEquals("rencontrer", lemmas.lemma("rencontrés", "VERB"));
        assertEquals("exiger", lemmas.lemma("exigé", "VERB"));
        assertEquals("appeler", lemmas.lemma("appelle", "VERB"));
        assertEquals("sanction", lemmas.lemma("sanctions", "NOUN"));
        assertEquals("américain", lemmas.lemma("américaine", "ADJ"));
        assertEquals("prôner", lemmas.lemma("prône", "VERB"));
    }

    @Test
    void unknownWordsStayAsWritten() {
        assertEquals("xyzzyq", lemmas.lemma("Xyzzyq", "NOUN"));
    }

    @Test
    void participlesAreRecognised() {
        assertEquals("défiler", lemmas.participleOf("défilé"));
        assertNull(lemmas.participleOf("table"));
    }

    @Test
    void futureConditionalAndParticiplesGetTheirFeatures() {
        assertEquals("Fut", lemmas.verbFeatures("rencontrera").get("Tense"));
        assertEquals("Cnd", lemmas.verbFeatures("attaquerait").get("Mood"));
        assertEquals("Part", lemmas.verbFeatures("rencontrant").get("VerbForm"));
        assertEquals(Map.of(), lemmas.verbFeatures("rencontre"));
    }

    private static Token token(int i, String text, String lemma, String upos, int head, String rel) {
        return new Token(i, text, lemma, upos, "O", i * 10, i * 10 + text.length(), head, rel, Map.of());
    }

    @Test
    void participleParsedAsObjectOfAvoirTakesTheVerbsPlace() {
        List<Token> parsed = List.of(token(0, "Ils", "il", "PRON", 1, "nsubj"),
                token(1, "ont", "avoir", "VERB", -1, "root"), token(2, "défilé", "défilé", "NOUN", 1, "obj"),
                token(3, "mardi", "mardi", "NOUN", 1, "obl"));
        List<Token> mended = new FrenchParticipleRepair(lemmas).repair(parsed);
        assertEquals("défiler", mended.get(2).lemma());
        assertEquals("VERB", mended.get(2).upos());
        assertEquals(-1, mended.get(2).head());
        assertEquals("root", mended.get(2).deprel());
        assertEquals(2, mended.get(0).head());
        assertEquals(2, mended.get(1).head());
        assertEquals("aux", mended.get(1).deprel());
        assertEquals(2, mended.get(3).head());
    }

    @Test
    void participleTaggedAsAdjectiveAfterEtreBecomesAPassiveVerb() {
        List<Token> parsed = List.of(token(0, "soldats", "soldat", "NOUN", 3, "nsubj"),
                token(1, "ont", "avoir", "AUX", 3, "aux"), token(2, "été", "être", "AUX", 3, "cop"),
                token(3, "tués", "tué", "ADJ", -1, "root"));
        List<Token> mended = new FrenchParticipleRepair(lemmas).repair(parsed);
        assertEquals("tuer", mended.get(3).lemma());
        assertEquals("VERB", mended.get(3).upos());
        assertEquals("aux:pass", mended.get(2).deprel());
        assertEquals("nsubj:pass", mended.get(0).deprel());
    }
}
