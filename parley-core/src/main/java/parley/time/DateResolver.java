package parley.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parley.model.Sentence;
import parley.model.Token;

/**
 * Dates an event from the words of its own clause ("hier", "le 14 mai", "last Tuesday", "two days
 * ago"), counted from the article's publication day.
 */
public final class DateResolver {
    /** Finer dates win when a clause holds several ("en mai, le 14"). */
    private static final Map<String, Integer> RANK = Map.of("day", 4, "week", 3, "month", 2, "year", 1);

    private final DateLexicon lexicon;

    public DateResolver(DateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    private record Candidate(EventDate date, int distance) {
    }

    /**
     * The event's date, or empty when its clause says none, or says only a relative date ("hier") and
     * {@code published} is null. The finest date wins; among equals, the one nearest the trigger.
     */
    public Optional<EventDate> resolve(Sentence s, Token trigger, LocalDate published) {
        List<DatePiece> pieces = DatePieces.read(s, lexicon);
        Set<Integer> scope = ClauseScope.of(s, trigger, dateTokens(pieces));
        return candidates(pieces, scope, trigger, published).stream()
                .max(Comparator.comparingInt((Candidate c) -> RANK.get(c.date().precision()))
                        .thenComparing(Comparator.comparingInt(Candidate::distance).reversed()))
                .map(Candidate::date);
    }

    private static List<Candidate> candidates(List<DatePiece> pieces, Set<Integer> scope, Token trigger,
                                              LocalDate published) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            DateExpressionReader.Found f = DateExpressionReader.readAt(pieces, i, scope::contains);
            if (f == null || f.expression().form() == DateExpression.Form.NONE) {
                i = nextStart(f, i);
                continue;
            }
            if (!DateExpressionReader.excluded(pieces, f)) {
                DateArithmetic.resolve(f.expression(), published)
                        .ifPresent(d -> out.add(new Candidate(d, distance(f.expression(), trigger))));
            }
            i = f.lastPiece() + 1;
        }
        return out;
    }

    /**
     * Where to read next after words that make no date. Words with a unit that make no date tell a stretch
     * of time ("ces derniers jours", "for two weeks"): none of their words is read again, lest "derniers
     * jours" alone pass for yesterday. Otherwise the next word may start a date ("mai, mardi").
     */
    private static int nextStart(DateExpressionReader.Found f, int i) {
        return f != null && f.expression().has(DateLexicon.Kind.UNIT) ? f.lastPiece() + 1 : i + 1;
    }

    private static int distance(DateExpression e, Token trigger) {
        int t = trigger.index();
        return t < e.firstToken() ? e.firstToken() - t : Math.max(0, t - e.lastToken());
    }

    /** Tokens of "il y a" / "ago", which parsers may make a clause of its own that the walk must enter. */
    private static Set<Integer> dateTokens(List<DatePiece> pieces) {
        Set<Integer> out = new HashSet<>();
        for (DatePiece p : pieces) {
            if (p.is(DateLexicon.Kind.AGO)) {
                for (int i = p.first(); i <= p.last(); i++) {
                    out.add(i);
                }
            }
        }
        return out;
    }
}
