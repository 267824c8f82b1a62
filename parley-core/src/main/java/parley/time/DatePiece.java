package parley.time;

import parley.time.DateLexicon.Entry;
import parley.time.DateLexicon.Kind;

/**
 * One unit of a sentence as the date reader sees it: a date word or phrase, a number written in digits,
 * a word that may sit inside a date without changing it ("le", "on", ","), or any other word.
 *
 * @param shape what the piece is
 * @param entry the date word's entry, for {@link Shape#LEXICON} only
 * @param digits the number's value, for {@link Shape#DIGITS} only
 * @param first index of its first token
 * @param last index of its last token
 */
record DatePiece(Shape shape, Entry entry, int digits, int first, int last) {

    enum Shape {
        LEXICON, DIGITS,
        /** an adposition ("en", "in", "on"): transparent, and it tells that a bare month or year is a date */
        CASE,
        /** a determiner or punctuation: transparent */
        SKIP,
        OTHER
    }

    boolean is(Kind kind) {
        return shape == Shape.LEXICON && entry.kind() == kind;
    }

    boolean transparent() {
        return shape == Shape.CASE || shape == Shape.SKIP;
    }
}
