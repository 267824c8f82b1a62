package parley.app.actors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the actor benchmark (bench/actors.tsv; format in docs/kb-actors.md): seven tab-separated columns,
 * '#' comments, '-' for an empty cell. A bad line fails the whole read with the file, line and reason:
 * a benchmark with a silently skipped line would report a number about other sentences.
 */
public final class BenchFile {
    private static final int COLUMNS = 7;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{1,14}");
    private static final Set<String> LANGUAGES = Set.of("fr", "en");

    private BenchFile() {
    }

    public static List<BenchItem> read(Path file) throws IOException {
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static List<BenchItem> parse(String name, List<String> lines) {
        List<BenchItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = name + ":" + (n + 1) + ": ";
            String[] c = line.split("\t", -1);
            if (c.length != COLUMNS) {
                throw new IllegalArgumentException(where + "expected " + COLUMNS + " tab-separated columns, found "
                        + c.length);
            }
            for (int i = 0; i < COLUMNS; i++) {
                if (c[i].isBlank() || !c[i].equals(c[i].strip())) {
                    throw new IllegalArgumentException(where + "column " + (i + 1)
                            + " is empty or has spaces around it (write - for an empty cell)");
                }
            }
            if (!ids.add(c[0])) {
                throw new IllegalArgumentException(where + "id " + c[0] + " appears twice");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(c[1]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + "date must be YYYY-MM-DD: " + c[1]);
            }
            if (!LANGUAGES.contains(c[2])) {
                throw new IllegalArgumentException(where + "language must be fr or en: " + c[2]);
            }
            if (c[4].equals("-")) {
                throw new IllegalArgumentException(where + "the sentence is missing");
            }
            Set<String> expected = new LinkedHashSet<>();
            if (!c[5].equals("-")) {
                for (String code : c[5].split(" ")) {
                    if (!CODE.matcher(code).matches() || !expected.add(code)) {
                        throw new IllegalArgumentException(where + "bad or repeated actor code: '" + code + "'");
                    }
                }
            }
            items.add(new BenchItem(c[0], date, c[2], c[3].equals("-") ? null : c[3], c[4], expected,
                    new LinkedHashSet<>(List.of(c[6].split(" ")))));
        }
        return items;
    }
}
