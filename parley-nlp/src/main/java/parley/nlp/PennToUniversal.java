package parley.nlp;

import java.util.Map;
import java.util.Set;

/**
 * Maps the Penn Treebank tags of CoreNLP's English tagger to Universal POS tags, which the coder reads
 * in both languages. Forms of be, have and do and the modals are AUX when they help another verb; the
 * coder never needs that distinction, so they stay AUX always.
 */
final class PennToUniversal {
    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"), Map.entry("NNP", "PROPN"),
            Map.entry("NNPS", "PROPN"), Map.entry("VB", "VERB"), Map.entry("VBD", "VERB"),
            Map.entry("VBG", "VERB"), Map.entry("VBN", "VERB"), Map.entry("VBP", "VERB"),
            Map.entry("VBZ", "VERB"), Map.entry("MD", "AUX"), Map.entry("JJ", "ADJ"), Map.entry("JJR", "ADJ"),
            Map.entry("JJS", "ADJ"), Map.entry("RB", "ADV"), Map.entry("RBR", "ADV"), Map.entry("RBS", "ADV"),
            Map.entry("WRB", "ADV"), Map.entry("IN", "ADP"), Map.entry("TO", "PART"), Map.entry("RP", "ADP"),
            Map.entry("DT", "DET"), Map.entry("PDT", "DET"), Map.entry("WDT", "DET"), Map.entry("PRP", "PRON"),
            Map.entry("PRP$", "PRON"), Map.entry("WP", "PRON"), Map.entry("WP$", "PRON"), Map.entry("EX", "PRON"),
            Map.entry("CC", "CCONJ"), Map.entry("CD", "NUM"), Map.entry("POS", "PART"), Map.entry("UH", "INTJ"),
            Map.entry("SYM", "SYM"), Map.entry("FW", "X"), Map.entry("LS", "X"));
    private static final Set<String> AUXILIARIES = Set.of("be", "is", "are", "was", "were", "been", "being",
            "am", "'s", "'re", "'m", "have", "has", "had", "having", "'ve", "'d", "do", "does", "did");

    private PennToUniversal() {
    }

    static String map(String tag, String word) {
        String upos = TAGS.getOrDefault(tag, "PUNCT");
        if (upos.equals("VERB") && AUXILIARIES.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return "AUX";
        }
        return upos;
    }
}
