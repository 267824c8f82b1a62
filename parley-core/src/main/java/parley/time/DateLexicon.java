package parley.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import parley.kb.TsvFile;
import parley.text.Fold;

/**
 * The date words of one language (lang/xx/dates.tsv), looked up by folded word or phrase.
 */
public final class DateLexicon {

    /** What a date word contributes; the names match the file's kind column. */
    public enum Kind {
        MONTH, WEEKDAY, RELATIVE_DAY, PERIOD_PART, UNIT, AGO, LAST, THIS, NUMBER, TIME_OF_DAY, EXCLUDE;

        static Kind of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** One date word: its kind and value as written in the file. */
    public record Entry(Kind kind, String value) {
        public int number() {
            return Integer.parseInt(value);
        }
    }

    /** A phrase found in a word list: how many words it covers. */
    record Match(Entry entry, int length) {
    }

    private static final Map<String, DateLexicon> BUNDLED = new ConcurrentHashMap<>();

    private final Map<String, Entry> byPhrase = new HashMap<>();
    private int longest = 1;

    private DateLexicon() {
    }

    /** The lexicon bundled with Parley for "fr" or "en"; read once and shared, since it never changes. */
    public static DateLexicon bundled(String lang) {
        return BUNDLED.computeIfAbsent(lang,
                l -> of(TsvFile.resource("parley/lang/" + l + "/dates.tsv", 3)));
    }

    /** A lexicon from rows of {@code word kind value}. */
    public static DateLexicon of(List<TsvFile.Row> rows) {
        DateLexicon lex = new DateLexicon();
        for (TsvFile.Row r : rows) {
            lex.add(r);
        }
        return lex;
    }

    private void add(TsvFile.Row r) {
        Entry e;
        try {
            e = new Entry(Kind.of(r.get(1)), r.get(2));
        } catch (IllegalArgumentException ex) {
            throw r.error("unknown date word kind: " + r.get(1));
        }
        if (!DateValues.valid(e)) {
            throw r.error("bad value for " + r.get(1) + ": " + r.get(2));
        }
        List<String> words = words(r.get(0));
        if (byPhrase.put(String.join(" ", words), e) != null) {
            throw r.error("date word listed twice: " + r.get(0));
        }
        longest = Math.max(longest, words.size());
    }

    /** The entry for a word or phrase as written, if it is a date word. */
    public Optional<Entry> lookup(String phrase) {
        return Optional.ofNullable(byPhrase.get(String.join(" ", words(phrase))));
    }

    /** The longest phrase of this lexicon that starts at {@code words[from]}, or null. */
    Match longestAt(List<String> words, int from) {
        for (int n = Math.min(longest, words.size() - from); n > 0; n--) {
            Entry e = byPhrase.get(String.join(" ", words.subList(from, from + n)));
            if (e != null) {
                return new Match(e, n);
            }
        }
        return null;
    }

    /**
     * Folds text into the words lookups run on. A final dot becomes a word of its own, so that "sept."
     * (an abbreviated month) and "sept" (seven) stay apart however the tokenizer split the dot.
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Fold.key(text).split(" ")) {
            if (w.length() > 1 && w.endsWith(".")) {
                out.add(w.substring(0, w.length() - 1));
                out.add(".");
            } else if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Which values each kind accepts, so a typo in the file fails at load time rather than silently. */
    private static final class DateValues {
        private static final Set<String> PARTS = Set.of("start", "end", "middle");
        private static final Set<String> UNITS = Set.of("day", "week", "month", "year");
        private static final Set<String> SIDES = Set.of("before", "after");

        static boolean valid(Entry e) {
            return switch (e.kind()) {
                case PERIOD_PART -> PARTS.contains(e.value());
                case UNIT -> UNITS.contains(e.value());
                case EXCLUDE -> SIDES.contains(e.value());
                case MONTH -> inRange(e.value(), 1, 12);
                case WEEKDAY -> inRange(e.value(), 1, 7);
                case RELATIVE_DAY -> inRange(e.value(), -7, 7);
                case AGO -> e.value().equals("1");
                case LAST -> e.value().equals("-1");
                case THIS, TIME_OF_DAY -> e.value().equals("0");
                case NUMBER -> inRange(e.value(), 0, 1000);
            };
        }

        private static boolean inRange(String v, int min, int max) {
            try {
                int n = Integer.parseInt(v);
                return n >= min && n <= max;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
