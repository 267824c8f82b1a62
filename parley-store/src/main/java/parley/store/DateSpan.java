package parley.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/**
 * The days an event date can mean: one day for "day" and "published" dates, the seven days from the
 * Monday for "week", the whole month or year for coarser dates. Merging compares spans, so "in May" is
 * compatible with any day of May.
 */
public record DateSpan(LocalDate first, LocalDate last, String precision) {
    /** Higher is more precise; an event keeps the most precise date among its mentions. */
    private static final Map<String, Integer> RANK = Map.of("day", 5, "week", 4, "published", 3, "month", 2, "year", 1);

    /** The span of an ISO date ("2019-05-14", "2019-05", "2019") with its precision; null when there is no date. */
    public static DateSpan of(String iso, String precision) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        String p = precision == null ? defaultPrecision(iso) : precision;
        LocalDate start = parseStart(iso);
        return switch (p) {
            case "week" -> new DateSpan(start, start.plusDays(6), p);
            case "month" -> new DateSpan(start.withDayOfMonth(1), start.with(TemporalAdjusters.lastDayOfMonth()), p);
            case "year" -> new DateSpan(start.withDayOfYear(1), start.with(TemporalAdjusters.lastDayOfYear()), p);
            default -> new DateSpan(start, start, p);
        };
    }

    private static String defaultPrecision(String iso) {
        return iso.length() == 4 ? "year" : iso.length() == 7 ? "month" : "day";
    }

    private static LocalDate parseStart(String iso) {
        String s = iso.strip();
        if (s.length() == 4) {
            return LocalDate.of(Integer.parseInt(s), 1, 1);
        }
        if (s.length() == 7) {
            return LocalDate.parse(s + "-01");
        }
        return LocalDate.parse(s.substring(0, 10));
    }

    /** Days between the spans: 0 when they overlap. */
    public long daysApart(DateSpan other) {
        if (other.first.isAfter(last)) {
            return ChronoUnit.DAYS.between(last, other.first);
        }
        if (first.isAfter(other.last)) {
            return ChronoUnit.DAYS.between(other.last, first);
        }
        return 0;
    }

    public int rank() {
        return RANK.getOrDefault(precision, 0);
    }
}
