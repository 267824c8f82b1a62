package parley.model;

import java.util.Map;

/**
 * One word of a parsed sentence, as the NLP adapter delivers it.
 *
 * @param index position in its sentence, from 0
 * @param text the word as written
 * @param lemma dictionary form, lower case (French from the LanguageTool dictionary, English from CoreNLP)
 * @param upos Universal POS tag (NOUN, VERB, PROPN, ...)
 * @param ner named-entity class (PERSON, LOCATION, ORGANIZATION, MISC or O)
 * @param begin character offset of the first character in the article's full text
 * @param end character offset after the last character
 * @param head index of the syntactic head in the same sentence, -1 for the root
 * @param deprel Universal Dependencies relation to the head ("nsubj", "obl:agent", "root", ...)
 * @param feats morphological features (Mood=Cnd, Tense=Fut, VerbForm=Part, ...), possibly empty
 */
public record Token(int index, String text, String lemma, String upos, String ner,
                    int begin, int end, int head, String deprel, Map<String, String> feats) {

    public Token {
        feats = Map.copyOf(feats);
    }

    /** The relation without its subtype: "obl" for "obl:agent". */
    public String baseRel() {
        int colon = deprel.indexOf(':');
        return colon < 0 ? deprel : deprel.substring(0, colon);
    }

    public boolean isVerb() {
        return upos.equals("VERB") || upos.equals("AUX");
    }

    public String feat(String name) {
        return feats.getOrDefault(name, "");
    }
}
