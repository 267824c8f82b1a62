package parley.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Parley's tab-separated knowledge files: `#` starts a comment line, blank lines are skipped,
 * every other line must have exactly the expected number of columns, and `-` stands for an empty cell.
 */
public final class TsvFile {

    /** One data line, with its origin for error messages. */
    public record Row(String file, int line, List<String> cells) {
        public String get(int i) {
            return cells.get(i);
        }

        /** The cell, or null when it is `-`. */
        public String optional(int i) {
            String v = cells.get(i);
            return v.equals("-") || v.isEmpty() ? null : v;
        }

        public KnowledgeFileException error(String message) {
            return new KnowledgeFileException(file + ":" + line + ": " + message);
        }
    }

    private TsvFile() {
    }

    /** Reads a file bundled with Parley, from the class path. */
    public static List<Row> resource(String path, int columns) {
        InputStream in = TsvFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new KnowledgeFileException("bundled knowledge file missing from the class path: " + path);
        }
        return read(path, in, columns);
    }

    /** Reads a file given by the user. */
    public static List<Row> file(Path path, int columns) {
        try {
            return read(path.toString(), Files.newInputStream(path), columns);
        } catch (IOException e) {
            throw new KnowledgeFileException("cannot read knowledge file " + path + ": " + e.getMessage(), e);
        }
    }

    private static List<Row> read(String name, InputStream in, int columns) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (cells.size() != columns) {
                    throw new KnowledgeFileException(name + ":" + n + ": expected " + columns
                            + " tab-separated columns, found " + cells.size() + ": " + line);
                }
                rows.add(new Row(name, n, cells.stream().map(String::strip).toList()));
            }
        } catch (IOException e) {
            throw new KnowledgeFileException("cannot read knowledge file " + name + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
