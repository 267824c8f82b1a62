package parley.time;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import parley.time.DateLexicon.Kind;

/**
 * Reads the longest run of date words that starts at one piece, stopping at the first word that is not
 * a date word, lies outside the clause, or repeats a kind already read ("du 3 au 5 mai" gives "3" alone,
 * then "5 mai").
 */
final class DateExpressionReader {

    /** An expression and the pieces it was read from. */
    record Found(DateExpression expression, int firstPiece, int lastPiece) {
    }

    private DateExpressionReader() {
    }

    /** The expression starting at {@code pieces[start]}, or null when no date word starts there. */
    static Found readAt(List<DatePiece> pieces, int start, IntPredicate inClause) {
        if (!startsExpression(pieces.get(start), inClause)) {
            return null;
        }
        Slots slots = new Slots();
        int end = start;
        for (int j = start; j < pieces.size(); j++) {
            DatePiece p = pieces.get(j);
            if (p.shape() == DatePiece.Shape.CASE && !opensComplement(pieces.get(end))) {
                break;
            }
            if (p.transparent()) {
                continue;
            }
            if (!inClause.test(p.first()) || !slots.accept(p)) {
                break;
            }
            end = j;
        }
        DateExpression e = slots.build(casedBefore(pieces, start),
                pieces.get(start).first(), pieces.get(end).last());
        return new Found(e, start, end);
    }

    /** True when a word that makes the date something else than the event's day stands next to it. */
    static boolean excluded(List<DatePiece> pieces, Found f) {
        DatePiece before = neighbour(pieces, f.firstPiece(), -1);
        DatePiece after = neighbour(pieces, f.lastPiece(), 1);
        return excludes(before, "before") || excludes(after, "after");
    }

    private static boolean excludes(DatePiece p, String side) {
        return p != null && p.is(Kind.EXCLUDE) && p.entry().value().equals(side);
    }

    /** The nearest piece that is not transparent, stepping by {@code step} from {@code from}. */
    private static DatePiece neighbour(List<DatePiece> pieces, int from, int step) {
        for (int i = from + step; i >= 0 && i < pieces.size(); i += step) {
            if (!pieces.get(i).transparent()) {
                return pieces.get(i);
            }
        }
        return null;
    }

    /**
     * Only a part or a unit takes an adposition inside a date ("fin de mai", "end of May", "au mois de
     * mai"); elsewhere an adposition starts another phrase ("Theresa May in 2019" is no May 2019).
     */
    private static boolean opensComplement(DatePiece p) {
        return p.is(Kind.PERIOD_PART) || p.is(Kind.UNIT);
    }

    private static boolean startsExpression(DatePiece p, IntPredicate inClause) {
        boolean dateWord = p.shape() == DatePiece.Shape.DIGITS
                || (p.shape() == DatePiece.Shape.LEXICON && !p.is(Kind.EXCLUDE));
        return dateWord && inClause.test(p.first());
    }

    private static boolean casedBefore(List<DatePiece> pieces, int start) {
        for (int i = start - 1; i >= 0 && pieces.get(i).transparent(); i--) {
            if (pieces.get(i).shape() == DatePiece.Shape.CASE) {
                return true;
            }
        }
        return false;
    }

    /** The words read so far; a second word of a kind already filled ends the expression. */
    private static final class Slots {
        private final Map<Kind, String> words = new EnumMap<>(Kind.class);
        private Integer dayNumber;
        private Integer year;

        boolean accept(DatePiece p) {
            if (p.shape() == DatePiece.Shape.DIGITS) {
                return acceptDigits(p.digits());
            }
            if (p.shape() != DatePiece.Shape.LEXICON || p.is(Kind.EXCLUDE) || words.containsKey(p.entry().kind())) {
                return false;
            }
            words.put(p.entry().kind(), p.entry().value());
            return true;
        }

        private boolean acceptDigits(int n) {
            if (n >= 1 && n <= 31 && dayNumber == null) {
                dayNumber = n;
                return true;
            }
            if (n >= 1000 && n <= 2999 && year == null) {
                year = n;
                return true;
            }
            return false;
        }

        DateExpression build(boolean cased, int firstToken, int lastToken) {
            return new DateExpression(words, dayNumber, year, cased, firstToken, lastToken);
        }
    }
}
