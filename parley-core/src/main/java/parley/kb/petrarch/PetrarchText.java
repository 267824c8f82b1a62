package parley.kb.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import parley.kb.KnowledgeFileException;

/** What the PETRARCH dictionary readers share: lines, comments, phrases and the tally of what was ignored. */
final class PetrarchText {
    private static final Pattern XML_COMMENT = Pattern.compile("<!--.*?(-->|$)");
    private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.)+\\p{L}?\\.?");
    private static final Set<String> LOWER = Set.of("of", "the", "and", "for", "in", "on", "at", "to",
            "de", "del", "della", "la", "le", "les", "du", "des", "da", "do", "dos", "das", "el", "al", "y",
            "e", "van", "von", "der", "den", "bin", "ibn", "bint", "a", "an", "or", "with");

    private PetrarchText() {
    }

    /** Reads a file's lines as UTF-8; bytes that are not UTF-8 become U+FFFD rather than an error. */
    static List<String> lines(Path file) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new KnowledgeFileException("cannot read PETRARCH dictionary " + file + ": " + e.getMessage(), e);
        }
        return lines;
    }

    /**
     * The line without its comments: {@code #} or the legacy {@code ;} to the end of the line, one-line
     * {@code <!-- -->} comments, and whole lines starting with {@code <}. Trailing blanks are removed,
     * leading ones are kept (they mark date restriction lines).
     */
    static String stripComment(String line) {
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (line.stripLeading().startsWith("<")) {
            return "";
        }
        String s = line.contains("<!--") ? XML_COMMENT.matcher(line).replaceAll("") : line;
        int cut = s.length();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            cut = hash;
        }
        int semi = s.indexOf(';');
        if (semi >= 0 && semi < cut) {
            cut = semi;
        }
        return s.substring(0, cut).stripTrailing();
    }

    /**
     * The words of a dictionary phrase: underscores and blanks separate words, the final "stop here"
     * underscore is dropped, parentheses and commas become words of their own (as the tokenizer makes
     * them). Returns "" when nothing is left.
     */
    static List<String> words(String raw) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '_' || Character.isWhitespace(c) || c == '(' || c == ')' || c == ',') {
                if (w.length() > 0) {
                    out.add(w.toString());
                    w.setLength(0);
                }
                if (c == '(' || c == ')' || c == ',') {
                    out.add(String.valueOf(c));
                }
            } else if (c == '`') {
                w.append('\'');
            } else if (c != '"') {
                w.append(c);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    /**
     * A phrase as Parley writes names: "VLADIMIR_PUTIN_" gives "Vladimir Putin", "BASHAR_AL_ASSAD" gives
     * "Bashar al Assad". Words stay in capitals when they look like acronyms: a one-word phrase of up to
     * three letters (USA, UN), or a word with a digit, with dotted initials (U.S.) or with no vowel (DPRK).
     * A leading "the" is dropped, as Parley's phrases never start with an article.
     */
    static String name(String raw) {
        List<String> words = words(raw);
        if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
            words = words.subList(1, words.size());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String lower = w.toLowerCase(Locale.ROOT);
            String written;
            if (keepsCapitals(w, words.size())) {
                written = w;
            } else if (i > 0 && LOWER.contains(lower)) {
                written = lower;
            } else {
                written = titleCase(lower);
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(written);
        }
        return out.toString();
    }

    /** A phrase in lower case, as Parley writes agent lemmas: "ARMED_POLICE" gives "armed police". */
    static String lemma(String raw) {
        return String.join(" ", words(raw)).toLowerCase(Locale.ROOT);
    }

    private static boolean keepsCapitals(String w, int phraseWords) {
        int letters = 0;
        boolean vowel = false;
        boolean digit = false;
        for (char c : w.toCharArray()) {
            if (Character.isLetter(c)) {
                letters++;
                vowel |= "AEIOUYaeiouy".indexOf(c) >= 0;
            }
            digit |= Character.isDigit(c);
        }
        if (letters == 0) {
            return true;
        }
        return digit || (phraseWords == 1 && letters <= 3) || (!vowel && letters >= 2)
                || (w.indexOf('.') > 0 && INITIALS.matcher(w).matches());
    }

    /** Capital after the start, a hyphen or a one-letter elision: "PRESIDENT-ELECT", "O'BRIEN". */
    private static String titleCase(String lower) {
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean start = i == 0 || lower.charAt(i - 1) == '-' || lower.charAt(i - 1) == '/'
                    || (i == 2 && lower.charAt(1) == '\'');
            b.append(start ? Character.toUpperCase(c) : c);
        }
        return b.toString();
    }

    /** Counts what a reader or the import could not use, with a few example locations. */
    static final class Tally {
        static final int MAX_WARNINGS = 50;
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final List<String> warnings = new ArrayList<>();

        void add(String reason) {
            counts.merge(reason, 1, Integer::sum);
        }

        void warn(String file, int line, String reason, String detail) {
            add(reason);
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(file + ":" + line + ": " + reason + ": " + detail);
            }
        }
    }
}
