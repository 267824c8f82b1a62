package parley.kb.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.kb.KnowledgeFileException;

/**
 * Reads a PETRARCH agents dictionary, such as Phoenix.agents.txt, into (phrase, code) pairs.
 *
 * <p>Lines are {@code NOUN_PHRASE {PLURALS} [~CODE]}: the plural part is optional and not used (Parley
 * matches agents on lemmas); {@code [~GOV]} puts the code after the actor's code, {@code [IGO~]} before
 * it. Substitution sets are defined with {@code !PERSON! = MAN, MEN, WOMAN} and every member replaces
 * the marker wherever it is used ({@code CONGRESS!PERSON!} gives CONGRESSMAN, CONGRESSMEN...). Phrases
 * come back in lower case with spaces, as Parley writes agent lemmas. Words separated by a blank (which
 * PETRARCH lets other words come between) are read as consecutive words.
 *
 * <p>An undefined or empty substitution set, or a code without {@code ~}, is an error naming the file and
 * line. A line without a code or with an unclosed bracket is left out and counted.
 */
public final class PetrarchAgentFile {

    /** One agent phrase; {@code code} is the CAMEO agent code without the ~ (GOV, GOVMED, IGO). */
    public record Agent(int line, String phrase, String code, boolean prefix) {
    }

    public record Result(String file, List<Agent> agents, Map<String, Integer> ignored, List<String> warnings) {
    }

    private static final Pattern SET = Pattern.compile("!([A-Za-z0-9_]+)!\\s*=(.*)");
    private static final Pattern MARKER = Pattern.compile("!([A-Za-z0-9_]+)!");
    private static final Pattern AGENT_CODE = Pattern.compile("~([A-Za-z]+)|([A-Za-z]+)~");

    private PetrarchAgentFile() {
    }

    public static Result read(Path file) {
        return parse(file.toString(), PetrarchText.lines(file));
    }

    /** Reads the lines of an agents dictionary; {@code name} is used in messages. */
    public static Result parse(String name, List<String> lines) {
        PetrarchText.Tally tally = new PetrarchText.Tally();
        Map<String, List<String>> sets = new HashMap<>();
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String s = PetrarchText.stripComment(lines.get(i)).strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher set = SET.matcher(s);
            if (set.matches()) {
                List<String> members = new ArrayList<>();
                for (String m : set.group(2).split(",")) {
                    if (!m.isBlank()) {
                        members.add(m.strip());
                    }
                }
                if (members.isEmpty()) {
                    throw new KnowledgeFileException(name + ":" + n + ": empty substitution set !" + set.group(1) + "!");
                }
                sets.put(set.group(1), members);
                continue;
            }
            int open = s.indexOf('[');
            if (open < 0) {
                tally.warn(name, n, "agent line without a code", s);
                continue;
            }
            int close = s.indexOf(']', open);
            if (close < 0) {
                tally.warn(name, n, "agent code bracket not closed", s);
                continue;
            }
            Matcher code = AGENT_CODE.matcher(s.substring(open + 1, close).strip());
            if (!code.matches()) {
                throw new KnowledgeFileException(name + ":" + n + ": an agent code is ~CODE or CODE~: "
                        + s.substring(open, close + 1));
            }
            boolean prefix = code.group(1) == null;
            String agentCode = (prefix ? code.group(2) : code.group(1)).toUpperCase(java.util.Locale.ROOT);
            String phrase = s.substring(0, open);
            int brace = phrase.indexOf('{');
            if (brace >= 0) {
                phrase = phrase.substring(0, brace);
            }
            if (phrase.indexOf('\uFFFD') >= 0) {
                tally.warn(name, n, "phrase with characters that are not UTF-8", phrase.strip());
                continue;
            }
            for (String expanded : expand(phrase, sets, name, n)) {
                String lemma = PetrarchText.lemma(expanded);
                if (!lemma.isEmpty()) {
                    agents.add(new Agent(n, lemma, agentCode, prefix));
                }
            }
        }
        return new Result(name, List.copyOf(agents), Map.copyOf(tally.counts), List.copyOf(tally.warnings));
    }

    /** Every phrase the substitution markers stand for (the phrase itself when it has none). */
    private static List<String> expand(String phrase, Map<String, List<String>> sets, String name, int n) {
        Matcher m = MARKER.matcher(phrase);
        if (!m.find()) {
            return List.of(phrase);
        }
        List<String> members = sets.get(m.group(1));
        if (members == null) {
            throw new KnowledgeFileException(name + ":" + n + ": substitution set !" + m.group(1)
                    + "! is not defined before this line");
        }
        List<String> out = new ArrayList<>();
        for (String member : members) {
            String once = phrase.substring(0, m.start()) + member + phrase.substring(m.end());
            out.addAll(expand(once, sets, name, n));
        }
        return out;
    }
}
