package parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishTagRepairTest {

    /** Tokens from "word/TAG" pairs. */
    private static List<CoreLabel> tagged(String text) {
        List<CoreLabel> out = new ArrayList<>();
        for (String pair : text.split(" ")) {
            int slash = pair.lastIndexOf('/');
            CoreLabel l = new CoreLabel();
            l.setWord(pair.substring(0, slash));
            l.setTag(pair.substring(slash + 1));
            out.add(l);
        }
        return out;
    }

    @Test
    void aPluralNounEndingASecondConjunctIsNoVerb() {
        List<CoreLabel> tokens = tagged("announced/VBN travel/NN bans/NNS and/CC asset/NN freezes/VBZ against/IN officials/NNS");
        assertTrue(new EnglishTagRepair().repair(tokens));
        assertEquals("NNS", tokens.get(5).tag());
    }

    @Test
    void aVerbWithItsObjectStaysAVerb() {
        List<CoreLabel> tokens = tagged("rebels/NNS and/CC army/NN controls/VBZ the/DT city/NN");
        assertFalse(new EnglishTagRepair().repair(tokens));
        assertEquals("VBZ", tokens.get(3).tag());
    }

    @Test
    void aVerbAfterASingularSubjectStaysAVerb() {
        List<CoreLabel> tokens = tagged("the/DT government/NN freezes/VBZ against/IN");
        assertFalse(new EnglishTagRepair().repair(tokens));
    }
}
