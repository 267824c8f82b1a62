package parley.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import parley.text.Fold;

/**
 * Finds the longest phrase starting at a token, by folded key. Phrases are stored once per folded form;
 * a phrase with several meanings keeps them all, in file order.
 */
public final class PhraseIndex<T> {
    private final Map<String, List<T>> byKey = new HashMap<>();
    private final boolean joinsPossessives;
    private int longest = 1;

    /** An index matched word by word. */
    public PhraseIndex() {
        this(false);
    }

    private PhraseIndex(boolean joinsPossessives) {
        this.joinsPossessives = joinsPossessives;
    }

    /**
     * An index of names that may hold a possessive ("Tigray People's Liberation Front", "New People's Army"): the
     * token CoreNLP splits off ("'s") joins the word before, as in the folded phrase. Only for the names of actors:
     * places with a possessive ("Cox's Bazar") stay unmatched, so that a town named inside an aside sets no scene.
     */
    public static <T> PhraseIndex<T> withPossessives() {
        return new PhraseIndex<>(true);
    }

    public void add(String phrase, T value) {
        String key = Fold.key(phrase);
        if (key.isEmpty()) {
            return;
        }
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        longest = Math.max(longest, key.split(" ").length);
    }

    public List<T> get(String phrase) {
        return byKey.getOrDefault(Fold.key(phrase), List.of());
    }

    /** A phrase found at a token position: it covers tokens [start, end). */
    public record Match<T>(int start, int end, List<T> values) {
    }

    /**
     * The longest phrase starting at {@code start}, where each token's words are given by {@code word}.
     * Returns null when none matches.
     */
    public <W> Match<T> longestAt(List<W> tokens, int start, Function<W, String> word) {
        Match<T> best = null;
        StringBuilder key = new StringBuilder();
        int words = 0;
        for (int end = start; end < tokens.size() && words < longest; end++) {
            String w = Fold.key(word.apply(tokens.get(end)));
            if (w.isEmpty()) {
                if (end == start) {
                    return null;
                }
                continue; // a lone hyphen: "Kim Jong - un" is "Kim Jong-un"
            }
            if (key.length() > 0 && !(joinsPossessives && w.startsWith("'"))) {
                key.append(' '); // a clitic token ("'s") joins its word, as in the folded phrase "people' s army"
            }
            key.append(w);
            words = key.toString().split(" ").length;
            List<T> values = byKey.get(key.toString());
            if (values != null) {
                best = new Match<>(start, end + 1, values);
            }
        }
        return best;
    }

    public int size() {
        return byKey.size();
    }
}
