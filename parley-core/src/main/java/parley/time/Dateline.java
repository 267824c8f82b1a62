package parley.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a wire story: "Sotchi (Russie), 14 mai 2019 (AFP) -",
 * "MOSCOW, May 14, 2019 (Reuters) -", "BRUSSELS, Oct 2 -".
 */
public final class Dateline {
    /** How far into the text a dateline may start: after a title and a byline at most. */
    private static final int SEARCH = 300;
    private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
    /** Place words are capitalised and on one line, so a title above the dateline is not taken in. */
    private static final String PLACE = "(?<place>" + WORD
            + "(?:[ \\t]+(?:(?:de|du|la|le|of)[ \\t]+)?" + WORD + "){0,3})";
    private static final String NOTE = "(?:\\([^()\\n]{1,40}\\)[ \\t]*)?";
    private static final String DAY_FIRST = "(?:le[ \\t]+)?\\d{1,2}(?:er)?[ \\t]+\\p{L}+\\.?(?:[ \\t]+\\d{4})?";
    private static final String MONTH_FIRST = "\\p{L}+\\.?[ \\t]+\\d{1,2}(?:,?[ \\t]+\\d{4})?";
    private static final Pattern DATED = Pattern.compile("(?<![\\p{L}\\d])" + PLACE + "[ \\t]*" + NOTE
            + ",[ \\t]*(?<date>" + DAY_FIRST + "|" + MONTH_FIRST + ")[ \\t]*" + NOTE + "[-–—]");
    /**
     * "WASHINGTON (Reuters) -", "LA PAZ, Bolivia —", "MANILA: ...", "SYDNEY • ...": no date, and a place only
     * when written in capitals at the start of a line, as agencies and papers do; the country after a comma
     * and the agency are optional.
     */
    private static final Pattern UNDATED = Pattern.compile(
            "(?m)^[ \\t]*(?<place>\\p{Lu}[\\p{Lu}'’. -]*\\p{Lu})(?:,[ \\t]+" + WORD + "(?:[ \\t]+" + WORD + "){0,2})?"
                    + "[ \\t]*" + NOTE + "[-–—:•]");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,4})(?:er)?");

    private Dateline() {
    }

    /** The dateline's date; empty when there is no dateline or it gives no year ("BRUSSELS, Oct 2 -"). */
    public static Optional<LocalDate> publicationDate(String text, DateLexicon fr, DateLexicon en) {
        Matcher m = DATED.matcher(head(text));
        while (m.find()) {
            Optional<LocalDate> d = parse(m.group("date"), fr, en);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The place a dateline names ("Sotchi", "MOSCOW"), or empty. */
    public static Optional<String> place(String text) {
        String head = head(text);
        Matcher m = DATED.matcher(head);
        while (m.find()) {
            if (hasMonth(m.group("date"))) {
                return Optional.of(m.group("place").strip());
            }
        }
        Matcher u = UNDATED.matcher(head);
        return u.find() ? Optional.of(u.group("place").strip()) : Optional.empty();
    }

    private static String head(String text) {
        return text == null ? "" : text.substring(0, Math.min(SEARCH, text.length()));
    }

    /** "14 mai 2019", "May 14, 2019": one month word and two numbers, a day and a year, in either order. */
    static Optional<LocalDate> parse(String date, DateLexicon fr, DateLexicon en) {
        Integer day = null;
        Integer year = null;
        Integer month = null;
        for (String w : date.split("[\\s,]+")) {
            Matcher n = NUMBER.matcher(w);
            if (n.matches()) {
                int v = Integer.parseInt(n.group(1));
                if (v <= 31 && day == null) {
                    day = v;
                } else if (v >= 1000) {
                    year = v;
                }
            } else if (!w.equalsIgnoreCase("le")) {
                month = month == null ? monthOf(w, fr, en) : month;
            }
        }
        return build(year, month, day);
    }

    /** Keeps "Emmanuel Macron, 42 ans -" from passing for a dateline: the date must name a month. */
    private static boolean hasMonth(String date) {
        DateLexicon fr = DateLexicon.bundled("fr");
        DateLexicon en = DateLexicon.bundled("en");
        for (String w : date.split("[\\s,]+")) {
            if (monthOf(w, fr, en) != null) {
                return true;
            }
        }
        return false;
    }

    private static Integer monthOf(String word, DateLexicon fr, DateLexicon en) {
        for (DateLexicon lex : new DateLexicon[] {fr, en}) {
            Optional<DateLexicon.Entry> e = lex == null ? Optional.empty() : lex.lookup(word);
            if (e.isPresent() && e.get().kind() == DateLexicon.Kind.MONTH) {
                return e.get().number();
            }
        }
        return null;
    }

    private static Optional<LocalDate> build(Integer year, Integer month, Integer day) {
        if (year == null || month == null || day == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
