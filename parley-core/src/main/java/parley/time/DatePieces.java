package parley.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.model.Sentence;
import parley.model.Token;
import parley.time.DateLexicon.Kind;

/**
 * Cuts a parsed sentence into {@link DatePiece}s. Matching runs on folded words rather than tokens, so
 * "mi-mars" (one token) and "il y a" (three) are found however the tokenizer cut them.
 */
final class DatePieces {
    /** Digits, possibly with an ordinal ending: "14", "1er", "3rd". */
    private static final Pattern DIGITS = Pattern.compile("(\\d{1,4})(?:er|re|e|st|nd|rd|th)?");
    private static final Set<String> TRANSPARENT_POS = Set.of("DET", "PUNCT");
    private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    private record Word(String text, Token token) {
    }

    private DatePieces() {
    }

    static List<DatePiece> read(Sentence s, DateLexicon lexicon) {
        List<Word> words = words(s);
        List<String> texts = words.stream().map(Word::text).toList();
        List<DatePiece> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            DateLexicon.Match m = lexicon.longestAt(texts, i);
            if (m != null && usable(m, words.get(i).token())) {
                out.add(new DatePiece(DatePiece.Shape.LEXICON, m.entry(), 0,
                        words.get(i).token().index(), words.get(i + m.length() - 1).token().index()));
                i += m.length();
            } else {
                out.add(plain(words.get(i)));
                i++;
            }
        }
        return out;
    }

    private static List<Word> words(Sentence s) {
        List<Word> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            for (String w : DateLexicon.words(t.text())) {
                out.add(new Word(w, t));
            }
        }
        return out;
    }

    /**
     * English "may" and "march" are also a modal and a verb, and "May" a name ("Theresa May"): a month word
     * tagged as a verb or a name is not a month.
     */
    private static boolean usable(DateLexicon.Match m, Token first) {
        return m.entry().kind() != Kind.MONTH || !(first.isVerb() || NAMES.contains(first.ner()));
    }

    private static DatePiece plain(Word w) {
        int at = w.token().index();
        Matcher d = DIGITS.matcher(w.text());
        if (d.matches()) {
            return new DatePiece(DatePiece.Shape.DIGITS, null, Integer.parseInt(d.group(1)), at, at);
        }
        DatePiece.Shape shape = DatePiece.Shape.OTHER;
        if (w.token().upos().equals("ADP")) {
            shape = DatePiece.Shape.CASE;
        } else if (TRANSPARENT_POS.contains(w.token().upos()) || w.text().equals(".")) {
            shape = DatePiece.Shape.SKIP;
        }
        return new DatePiece(shape, null, 0, at, at);
    }
}
