package parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * When an event happened, as precisely as its words say.
 *
 * @param iso "2019-05-14" for a day or a week (a week is named by its Monday), "2019-05" for a month,
 *            "2019" for a year
 * @param precision day, week, month or year
 */
public record EventDate(String iso, String precision) {
    private static final Set<String> PRECISIONS = Set.of("day", "week", "month", "year");

    public EventDate {
        if (!PRECISIONS.contains(precision)) {
            throw new IllegalArgumentException("unknown date precision: " + precision);
        }
    }

    public static EventDate day(LocalDate d) {
        return new EventDate(d.toString(), "day");
    }

    /** The week holding {@code d}; named by its Monday so that every week has one spelling. */
    public static EventDate week(LocalDate d) {
        return new EventDate(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(), "week");
    }

    public static EventDate month(YearMonth m) {
        return new EventDate(m.toString(), "month");
    }

    public static EventDate year(int y) {
        return new EventDate(String.format("%04d", y), "year");
    }

    /** The first day of the period, which must not fall after the article that reports it. */
    public LocalDate firstDay() {
        return switch (precision) {
            case "year" -> LocalDate.of(Integer.parseInt(iso), 1, 1);
            case "month" -> YearMonth.parse(iso).atDay(1);
            default -> LocalDate.parse(iso);
        };
    }
}
