package parley.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds words to the keys that knowledge files are matched on: lower case, no accents, typographic
 * apostrophes and non-breaking spaces made plain, hyphens as spaces, and elided French articles spelled
 * out ("l'" becomes "le"), so "Quai d’Orsay", "quai d'Orsay" and the tokens [Quai, d', Orsay] meet.
 */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Fold() {
    }

    /** Folds one word or a whole phrase. */
    public static String key(String s) {
        String t = s.replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u00A0', ' ')
                .replace('\u202F', ' ').replace('-', ' ').replace('\u2011', ' ');
        t = Normalizer.normalize(t, Normalizer.Form.NFKD);
        t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
        t = t.replace("'", "' ");
        StringBuilder out = new StringBuilder();
        for (String w : SPACES.split(t.trim())) {
            if (w.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(expandElision(w));
        }
        return out.toString();
    }

    private static String expandElision(String w) {
        return switch (w) {
            case "l'" -> "le";
            case "d'" -> "de";
            case "qu'" -> "que";
            case "j'" -> "je";
            case "n'" -> "ne";
            case "s'" -> "se";
            case "m'" -> "me";
            case "t'" -> "te";
            case "c'" -> "ce";
            // French contractions, which CoreNLP splits into two words ("du" -> "de le")
            case "du" -> "de le";
            case "des" -> "de les";
            case "au" -> "a le";
            case "aux" -> "a les";
            default -> w;
        };
    }

    /** True when the word as written starts with a capital letter (names must, to be taken as names). */
    public static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
