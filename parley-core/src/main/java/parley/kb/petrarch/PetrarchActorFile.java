package parley.kb.petrarch;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.kb.KnowledgeFileException;

/**
 * Reads a PETRARCH (TABARI-style) actor dictionary, such as Phoenix.Countries.actors.txt, into entries.
 *
 * <p>An entry starts with a primary phrase line; lines starting with {@code +} add synonyms; codes in
 * square brackets follow the phrase on the same line or on indented lines of their own:
 * {@code [RUS]} (undated, the default), {@code [USAGOV >090120]} (from that day on),
 * {@code [RUSGOV <000507]} (up to that day), {@code [RUSGOV 000507-080507]} (between the two days,
 * both included). Dates are YYMMDD or YYYYMMDD. Phrases are words joined by {@code _} or blanks; a final
 * {@code _} ("stop here") is dropped. {@code #} and {@code ;} start comments. See docs/kb-actors.md.
 *
 * <p>A line that breaks the structure (a synonym or code before any phrase, an unclosed bracket, a code
 * that cannot be read) is an error naming the file and line. Codes Parley cannot date (a malformed or
 * impossible date, a range that ends before it starts, a date without {@code <}, {@code >} or a range)
 * and the null code {@code [---]} are left out and counted in {@link Result#ignored()}.
 */
public final class PetrarchActorFile {

    /**
     * Two-digit years up to this one are 20xx, later ones 19xx. The Phoenix dictionaries (2014) write
     * 00-13 for this century and 31-99 for the last; a pivot of 49 would turn 1931-1949 into the future.
     */
    public static final int TWO_DIGIT_YEAR_PIVOT = 30;

    /** One code of an entry; {@code from} and {@code to} are null when open (both null: undated). */
    public record DatedCode(String code, LocalDate from, LocalDate to) {
        public boolean dated() {
            return from != null || to != null;
        }
    }

    /** One actor: its phrases in ordinary words (the primary first) and its codes, in file order. */
    public record Entry(int line, List<String> phrases, List<DatedCode> codes) {
    }

    /** The entries of a file, with what was left out (reason to count) and a few example locations. */
    public record Result(String file, List<Entry> entries, Map<String, Integer> ignored, List<String> warnings) {
    }

    private static final Pattern CODE = Pattern.compile("([A-Za-z0-9]+|---)(?:\\s+(.+))?");
    private static final Pattern BEFORE_AFTER = Pattern.compile("([<>])\\s*(\\d+)");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");

    private final String file;
    private final PetrarchText.Tally tally = new PetrarchText.Tally();
    private final List<Entry> entries = new ArrayList<>();
    private List<String> phrases;
    private List<DatedCode> codes;
    private int entryLine;

    private PetrarchActorFile(String file) {
        this.file = file;
    }

    public static Result read(Path file) {
        return parse(file.toString(), PetrarchText.lines(file));
    }

    /** Reads the lines of a dictionary; {@code name} is used in messages. */
    public static Result parse(String name, List<String> lines) {
        PetrarchActorFile r = new PetrarchActorFile(name);
        for (int i = 0; i < lines.size(); i++) {
            r.line(lines.get(i), i + 1);
        }
        r.finish();
        return new Result(name, List.copyOf(r.entries), Map.copyOf(r.tally.counts), List.copyOf(r.tally.warnings));
    }

    private void line(String raw, int n) {
        String s = PetrarchText.stripComment(raw);
        if (s.isBlank()) {
            return;
        }
        String body = s.strip();
        if (body.startsWith("+")) {
            if (phrases == null) {
                throw error(n, "synonym line before any actor phrase: " + raw.strip());
            }
            phraseAndCodes(body.substring(1), n);
        } else if (body.startsWith("[")) {
            if (phrases == null) {
                throw error(n, "code line before any actor phrase: " + raw.strip());
            }
            codes(body, n);
        } else {
            finish();
            phrases = new ArrayList<>();
            codes = new ArrayList<>();
            entryLine = n;
            phraseAndCodes(body, n);
        }
    }

    private void finish() {
        if (phrases != null) {
            entries.add(new Entry(entryLine, List.copyOf(phrases), List.copyOf(codes)));
        }
        phrases = null;
        codes = null;
    }

    private void phraseAndCodes(String body, int n) {
        int bracket = body.indexOf('[');
        String phrase = bracket < 0 ? body : body.substring(0, bracket);
        if (phrase.indexOf('\uFFFD') >= 0) {
            tally.warn(file, n, "phrase with characters that are not UTF-8", phrase.strip());
        } else {
            String name = PetrarchText.name(phrase);
            if (!name.isEmpty()) {
                phrases.add(name);
            }
        }
        if (bracket >= 0) {
            codes(body.substring(bracket), n);
        }
    }

    private void codes(String s, int n) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '[') {
                int close = s.indexOf(']', i);
                if (close < 0) {
                    throw error(n, "code bracket is not closed: " + s.strip());
                }
                code(s.substring(i + 1, close).strip(), n);
                i = close + 1;
            } else {
                tally.add("text after the codes of a line");
                return;
            }
        }
    }

    private void code(String content, int n) {
        Matcher m = CODE.matcher(content);
        if (!m.matches()) {
            throw error(n, "cannot read code [" + content + "]");
        }
        String code = m.group(1).toUpperCase(java.util.Locale.ROOT);
        if (code.equals("---")) {
            tally.add("null code [---]");
            return;
        }
        String restriction = m.group(2);
        if (restriction == null) {
            codes.add(new DatedCode(code, null, null));
            return;
        }
        restriction = restriction.strip();
        try {
            char first = restriction.charAt(0);
            Matcher ba = BEFORE_AFTER.matcher(restriction);
            Matcher range = RANGE.matcher(restriction);
            if ((first == '<' || first == '>') && ba.matches()) {
                LocalDate d = date(ba.group(2));
                codes.add(ba.group(1).equals("<") ? new DatedCode(code, null, d) : new DatedCode(code, d, null));
            } else if (range.matches()) {
                LocalDate from = date(range.group(1));
                LocalDate to = date(range.group(2));
                if (to.isBefore(from)) {
                    tally.warn(file, n, "date range that ends before it starts", "[" + content + "]");
                    return;
                }
                codes.add(new DatedCode(code, from, to));
            } else if (restriction.matches("\\d+")) {
                tally.warn(file, n, "date without <, > or a range", "[" + content + "]");
            } else {
                throw error(n, "cannot read date restriction [" + content + "]");
            }
        } catch (DateTimeException e) {
            tally.warn(file, n, "bad date", "[" + content + "]");
        }
    }

    /** YYMMDD or YYYYMMDD; anything else, or an impossible day, throws DateTimeException. */
    static LocalDate date(String digits) {
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
        }
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            int year = yy <= TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
            return LocalDate.of(year, Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4, 6)));
        }
        throw new DateTimeException("a date has 6 or 8 digits: " + digits);
    }

    private KnowledgeFileException error(int n, String message) {
        return new KnowledgeFileException(file + ":" + n + ": " + message);
    }
}
