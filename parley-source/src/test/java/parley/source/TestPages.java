package parley.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The test pages written for Parley (src/test/resources/pages) and what each must give. */
final class TestPages {

    /** One page's expectations, from its .expect file (key: value lines; has/not repeatable). */
    record Expectation(Path page, String title, String date, String lang, String outlet, String url,
                       List<String> has, List<String> not, Integer paragraphs) {
    }

    private TestPages() {
    }

    static Path folder() {
        try {
            return Path.of(TestPages.class.getResource("/pages").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> pages() {
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".htm")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Expectation expectation(Path page) throws IOException {
        String base = page.getFileName().toString().replaceFirst("\\.html?$", "");
        Path file = page.resolveSibling(base + ".expect");
        String title = null;
        String date = null;
        String lang = null;
        String outlet = null;
        String url = null;
        Integer paragraphs = null;
        List<String> has = new ArrayList<>();
        List<String> not = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(": ");
            if (line.isBlank() || line.startsWith("#") || colon < 0) {
                continue;
            }
            String key = line.substring(0, colon);
            String value = line.substring(colon + 2).strip();
            value = value.equals("null") ? null : value;
            switch (key) {
                case "title" -> title = value;
                case "date" -> date = value;
                case "lang" -> lang = value;
                case "outlet" -> outlet = value;
                case "url" -> url = value;
                case "has" -> has.add(value);
                case "not" -> not.add(value);
                case "paragraphs" -> paragraphs = Integer.parseInt(value);
                default -> throw new IllegalStateException(file + ": unknown key " + key);
            }
        }
        return new Expectation(page, title, date, lang, outlet, url, has, not, paragraphs);
    }
}
