package parley.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * French lemmas from LanguageTool's French dictionary (org.languagetool:french-pos-dict, CC BY-SA 4.0):
 * every analysis of a word form, narrowed by the part of speech CoreNLP gave it. CoreNLP has no French
 * lemmatizer of its own. Not thread-safe (the morfologik lookup is not): one per analyzer thread.
 */
public final class FrenchLemmatizer {
    private static final String DICTIONARY = "/org/languagetool/resource/fr/french.dict";
    /** The first letter of the dictionary's tags for each Universal POS tag. */
    private static final Map<String, String> TAG_PREFIX = Map.of(
            "VERB", "V", "AUX", "V", "NOUN", "N", "ADJ", "J", "ADV", "A", "PROPN", "Z", "PRON", "R", "DET", "D");

    private final DictionaryLookup lookup;

    public FrenchLemmatizer() {
        URL url = FrenchLemmatizer.class.getResource(DICTIONARY);
        if (url == null) {
            throw new IllegalStateException("French dictionary missing from the class path: " + DICTIONARY);
        }
        try {
            lookup = new DictionaryLookup(Dictionary.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the French dictionary", e);
        }
    }

    /** The verb of which {@code word} is a past participle ("défilé" gives "défiler"), or null. */
    public String participleOf(String word) {
        for (WordData wd : lookup.lookup(word.toLowerCase(Locale.ROOT))) {
            if (String.valueOf(wd.getTag()).startsWith("V ppa")) {
                return String.valueOf(wd.getStem()).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * Mood, tense and verb form of a verb, as UD features, from the dictionary's tag ("V ind futu 3 s"
     * gives Tense=Fut; "V con pres" Mood=Cnd): CoreNLP's French tagger gives none, and the coder needs
     * them to tell "rencontrera" and "attaquerait" from facts.
     */
    public Map<String, String> verbFeatures(String word) {
        List<WordData> analyses = lookup.lookup(word.toLowerCase(Locale.ROOT));
        if (analyses.isEmpty() || !analyses.stream().allMatch(wd -> String.valueOf(wd.getTag()).startsWith("V"))) {
            return Map.of();
        }
        String tag = String.valueOf(analyses.get(0).getTag());
        if (tag.startsWith("V ind futu")) {
            return Map.of("Mood", "Ind", "Tense", "Fut");
        }
        if (tag.startsWith("V con")) {
            return Map.of("Mood", "Cnd");
        }
        if (tag.startsWith("V sub")) {
            return Map.of("Mood", "Sub");
        }
        if (tag.startsWith("V ppr") || tag.startsWith("V ppa")) {
            return Map.of("VerbForm", "Part");
        }
        return Map.of();
    }

    /** The lemma of {@code word} tagged {@code upos}, lower case; the word itself when unknown. */
    public String lemma(String word, String upos) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<WordData> analyses = lookup.lookup(lower);
        if (analyses.isEmpty() && !lower.equals(word)) {
            analyses = lookup.lookup(word);
        }
        if (analyses.isEmpty()) {
            return lower;
        }
        String prefix = TAG_PREFIX.get(upos);
        WordData chosen = analyses.get(0);
        if (prefix != null) {
            for (WordData wd : analyses) {
                String tag = String.valueOf(wd.getTag());
                if (tag.startsWith(prefix)) {
                    chosen = wd;
                    break;
                }
            }
        }
        return String.valueOf(chosen.getStem()).toLowerCase(Locale.ROOT);
    }
}
