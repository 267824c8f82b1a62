package parley.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import parley.time.DateLexicon.Kind;

/**
 * Turns a {@link DateExpression} into a date, counting from the publication day. Every rule keeps the
 * event on or before that day: news reports what has happened, so a bare weekday is the latest such day,
 * and a day or month without a year that would fall later belongs to the year before.
 */
final class DateArithmetic {

    private DateArithmetic() {
    }

    /** The date, or empty when the expression needs a publication day that is unknown, or is impossible. */
    static Optional<EventDate> resolve(DateExpression e, LocalDate published) {
        EventDate d;
        try {
            d = compute(e, published);
        } catch (DateTimeException ex) {
            return Optional.empty(); // "30 février": no such day
        }
        if (d == null || (published != null && d.firstDay().isAfter(published))) {
            return Optional.empty();
        }
        return Optional.of(d);
    }

    private static EventDate compute(DateExpression e, LocalDate published) {
        DateExpression.Form form = e.form();
        boolean absolute = e.year() != null && (form == DateExpression.Form.CALENDAR_DAY
                || form == DateExpression.Form.MONTH || form == DateExpression.Form.YEAR);
        if (published == null && !absolute) {
            return null;
        }
        return switch (form) {
            case CALENDAR_DAY -> calendarDay(e, published);
            case MONTH -> month(e, published);
            case YEAR -> EventDate.year(e.year());
            case AGO -> ago(e.value(Kind.UNIT), e.count(), published);
            case RELATIVE_DAY -> EventDate.day(published.plusDays(e.number(Kind.RELATIVE_DAY)));
            case WEEKDAY -> weekday(e, published);
            case PREVIOUS_UNIT -> ago(e.value(Kind.UNIT), 1, published);
            case CURRENT_UNIT -> ago(e.value(Kind.UNIT), 0, published);
            case TIME_OF_DAY -> EventDate.day(e.has(Kind.LAST) ? published.minusDays(1) : published);
            case NONE -> null;
        };
    }

    private static EventDate calendarDay(DateExpression e, LocalDate published) {
        int month = e.number(Kind.MONTH);
        if (e.year() != null) {
            return EventDate.day(LocalDate.of(e.year(), month, e.dayNumber()));
        }
        LocalDate d = LocalDate.of(published.getYear(), month, e.dayNumber());
        return EventDate.day(d.isAfter(published) ? d.minusYears(1) : d);
    }

    /** "mai dernier" in a May article is last year's May; a bare "en mai" is this year's. */
    private static EventDate month(DateExpression e, LocalDate published) {
        int month = e.number(Kind.MONTH);
        if (e.year() != null) {
            return EventDate.month(YearMonth.of(e.year(), month));
        }
        YearMonth current = YearMonth.from(published);
        YearMonth m = YearMonth.of(published.getYear(), month);
        boolean tooLate = e.has(Kind.LAST) ? !m.isBefore(current) : m.isAfter(current);
        return EventDate.month(tooLate ? m.minusYears(1) : m);
    }

    /** A bare weekday may be the publication day itself; "lundi dernier" / "last Monday" is strictly before. */
    private static EventDate weekday(DateExpression e, LocalDate published) {
        DayOfWeek day = DayOfWeek.of(e.number(Kind.WEEKDAY));
        LocalDate d = e.has(Kind.LAST)
                ? published.with(TemporalAdjusters.previous(day))
                : published.with(TemporalAdjusters.previousOrSame(day));
        return EventDate.day(d);
    }

    /** {@code count} units before publication, as precise as the unit. */
    private static EventDate ago(String unit, int count, LocalDate published) {
        return switch (unit) {
            case "day" -> EventDate.day(published.minusDays(count));
            case "week" -> EventDate.week(published.minusWeeks(count));
            case "month" -> EventDate.month(YearMonth.from(published).minusMonths(count));
            default -> EventDate.year(published.getYear() - count);
        };
    }
}
