package parley.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash of a text over its three-word shingles. Texts that share most of their shingles (wire
 * copies with a new headline, a sentence added, another byline) get fingerprints a few bits apart; different
 * texts differ in about half their bits.
 */
public final class SimHash {
    /** Words per shingle: three keeps word order without making one edited word change too many shingles. */
    static final int SHINGLE = 3;

    private SimHash() {
    }

    /** The words of a text, lower-cased, without accents or punctuation. */
    public static List<String> words(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : n.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    public static long of(String text) {
        return ofWords(words(text));
    }

    static long ofWords(List<String> words) {
        int[] votes = new int[64];
        int n = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            StringBuilder shingle = new StringBuilder();
            for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
                shingle.append(words.get(j)).append(' ');
            }
            long h = hash(shingle);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += (h >>> bit & 1L) == 1L ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** FNV-1a, then a SplitMix64 finaliser so every bit depends on every character. */
    private static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }
}
