package parley.coding;

import parley.kb.LanguagePack;
import parley.model.Sentence;
import parley.model.Token;

/**
 * A state's or a city's name inside the name of a street or square ("place d'Espagne", "rue de Rome",
 * "Tiananmen Square", "Pennsylvania Avenue") names neither an actor nor where an event happened. French
 * writes the street word first, in lower case, then "de" with no article ("la place de la France dans le
 * monde" is France's standing); English writes it after the name, capitalised. Street words have the role
 * {@code street} in syntax.tsv.
 */
final class StreetNames {
    private StreetNames() {
    }

    /** True when the words [start, end) are the proper part of a street's or a square's name. */
    static boolean inStreetName(Sentence s, int start, int end, LanguagePack lang) {
        if (start >= 2 && isOf(s.token(start - 1)) && isStreet(s.token(start - 2), lang, false)) {
            return true;
        }
        return end < s.size() && isStreet(s.token(end), lang, true);
    }

    private static boolean isOf(Token t) {
        return t.text().equalsIgnoreCase("de") || t.text().equalsIgnoreCase("d'") || t.text().equals("d’");
    }

    private static boolean isStreet(Token t, LanguagePack lang, boolean capitalised) {
        return lang.is("street", t.text()) && Character.isUpperCase(t.text().charAt(0)) == capitalised;
    }
}
