package parley.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Paragraphs that are page furniture although they sit inside the article's container: "Publicité",
 * "Lire aussi", bylines, photo credits, share and newsletter prompts. The patterns are data
 * ({@code parley/source/furniture-lines.tsv}); each must match the whole paragraph, so a real sentence that
 * merely starts like furniture is kept.
 */
final class FurnitureLines {
    /** Furniture is short; a long paragraph is text whatever its first words. */
    private static final int MAX_FURNITURE_LENGTH = 500;
    private static final List<Pattern> PATTERNS = load();

    boolean isFurniture(String paragraph) {
        String p = paragraph.strip();
        if (p.length() > MAX_FURNITURE_LENGTH) {
            return false;
        }
        for (Pattern pattern : PATTERNS) {
            if (pattern.matcher(p).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> load() {
        List<Pattern> out = new ArrayList<>();
        try (InputStream in = FurnitureLines.class.getResourceAsStream("/parley/source/furniture-lines.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource parley/source/furniture-lines.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(Pattern.compile(line.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
