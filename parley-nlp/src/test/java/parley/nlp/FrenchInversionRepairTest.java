package parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parley.model.Token;

class FrenchInversionRepairTest {

    private static Token token(int i, String text, String lemma, String upos, int head, String rel) {
        return new Token(i, text, lemma, upos, "O", 0, 0, head, rel, Map.of());
    }

    @Test
    void anInvertedCliticReadAsObjectBecomesTheSubject() {
        // "a-t-il déclaré": the parser hangs "-t-il" on the verb as its object
        List<Token> parsed = List.of(token(0, "a", "avoir", "AUX", 2, "aux"),
                token(1, "-t-il", "il", "PRON", 2, "obj"), token(2, "déclaré", "déclarer", "VERB", -1, "root"));
        List<Token> mended = new FrenchInversionRepair().repair(parsed);
        assertEquals("nsubj", mended.get(1).deprel());
        assertEquals(2, mended.get(1).head());
        assertEquals("il", mended.get(1).lemma());
    }

    @Test
    void theObjectOfAVerbAfterQuotedWordsIsItsSubject() {
        // "« C'est inacceptable », a dénoncé le ministre"
        List<Token> parsed = List.of(token(0, "inacceptable", "inacceptable", "ADJ", 2, "ccomp"),
                token(1, "a", "avoir", "AUX", 2, "aux"), token(2, "dénoncé", "dénoncer", "VERB", -1, "root"),
                token(3, "ministre", "ministre", "NOUN", 2, "obj"));
        assertEquals("nsubj", new FrenchInversionRepair().repair(parsed).get(3).deprel());
    }

    @Test
    void anObjectAfterAVerbWithItsOwnSubjectStaysAnObject() {
        // "« ... », Paris a convoqué l'ambassadeur"
        List<Token> parsed = List.of(token(0, "inacceptable", "inacceptable", "ADJ", 2, "ccomp"),
                token(1, "Paris", "Paris", "PROPN", 2, "nsubj"), token(2, "convoqué", "convoquer", "VERB", -1, "root"),
                token(3, "ambassadeur", "ambassadeur", "NOUN", 2, "obj"));
        assertEquals("obj", new FrenchInversionRepair().repair(parsed).get(3).deprel());
    }

    @Test
    void anObjectCliticBeforeTheVerbStaysAnObject() {
        List<Token> parsed = List.of(token(0, "le", "le", "PRON", 1, "obj"), token(1, "voit", "voir", "VERB", -1, "root"));
        assertEquals("obj", new FrenchInversionRepair().repair(parsed).get(0).deprel());
    }

    @Test
    void aSubjectBeforeAVerbWithItsSubjectInvertedIsTheQuotedClauses() {
        // "« Le Tchad paiera », a-t-il menacé": the parser hangs "Tchad" on "menacé" as a subject, "paiera" on "Tchad"
        List<Token> parsed = List.of(token(0, "Tchad", "Tchad", "PROPN", 4, "nsubj"),
                token(1, "paiera", "payer", "VERB", 0, "acl"), token(2, "a", "avoir", "AUX", 4, "aux"),
                token(3, "-t-il", "il", "PRON", 4, "nsubj"), token(4, "menacé", "menacer", "VERB", -1, "root"));
        List<Token> mended = new FrenchInversionRepair().repair(parsed);
        assertEquals("ccomp", mended.get(1).deprel());
        assertEquals(4, mended.get(1).head());
        assertEquals("nsubj", mended.get(0).deprel());
        assertEquals(1, mended.get(0).head());
        assertEquals("nsubj", mended.get(3).deprel());
    }
}
