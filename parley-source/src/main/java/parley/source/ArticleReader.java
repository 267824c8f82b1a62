package parley.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import parley.model.Article;

/**
 * Reads articles from files, folders, URLs or standard input: {@code .txt} (one article; a first line
 * followed by a blank line is the title), {@code .json} (one article), {@code .jsonl} (one per line), HTML
 * pages (files or http/https URLs), WARC and WARC.gz archives, and RSS/Atom feeds (each item's page is
 * fetched). The kind is known from the first bytes, then from the name (see {@link InputKind}).
 * Each bad item (empty, binary, too large, invalid JSON, a page without article text, a failed download)
 * is handed on as a problem naming it; the rest of the batch is still read.
 */
public final class ArticleReader {
    /** News articles are a few kilobytes; anything this large is not an article (the limit of every input). */
    public static final long MAX_ARTICLE_BYTES = parley.model.Article.MAX_TEXT_BYTES;
    /** A JSON Lines file may hold many articles; each line is checked against the article limit. */
    public static final long MAX_FILE_BYTES = 2_000_000_000L;
    private final ObjectMapper json = new ObjectMapper();
    private final String langOverride;
    private final WebArticles web;
    private final PageExtractor pages = new PageExtractor();
    private Consumer<String> notes = note -> System.err.println("parley: " + note);

    public ArticleReader(String langOverride) {
        this(langOverride, PageFetcher.Settings.defaults());
    }

    /**
     * @param fetching limits of downloads, and whether private addresses may be fetched
     */
    public ArticleReader(String langOverride, PageFetcher.Settings fetching) {
        this.langOverride = langOverride;
        this.web = new WebArticles(new PageFetcher(fetching), langOverride);
    }

    /** Where notes go (records passed over in a WARC, a page cut at the size limit); stderr by default. */
    public ArticleReader withNotes(Consumer<String> notes) {
        this.notes = notes;
        return this;
    }

    /** Every readable article of the inputs; each bad item is reported on {@code problems}, naming it. */
    public List<Article> articles(List<String> inputs, PrintStream problems) {
        List<Article> out = new ArrayList<>();
        read(inputs, item -> {
            if (item.article() != null) {
                out.add(item.article());
            } else {
                problems.println("parley: skipped " + item.problem());
            }
        });
        return out;
    }

    public void read(List<String> inputs, Consumer<InputItem> sink) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStdin(sink);
                continue;
            }
            if (isUrl(input)) {
                web.read(input, adapter(sink));
                continue;
            }
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                readDirectory(p, sink);
            } else if (!Files.exists(p)) {
                sink.accept(InputItem.bad(input, "missing", "no such file or directory"));
            } else {
                readFile(p, sink);
            }
        }
    }

    private void readDirectory(Path dir, Consumer<InputItem> sink) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().forEach(files::add);
        } catch (IOException e) {
            sink.accept(InputItem.bad(dir.toString(), "unreadable", "cannot list folder: " + e.getMessage()));
        }
        files.forEach(f -> readFile(f, sink));
    }

    /** The files a folder's walk reads: articles, pages, archives and feeds by their names. */
    public static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".html")
                || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".warc") || n.endsWith(".warc.gz")
                || n.endsWith(".rss") || n.endsWith(".atom");
    }

    /** Anything with a scheme: http and https are fetched, other schemes are refused with a clear message. */
    public static boolean isUrl(String input) {
        return input.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*://.*");
    }

    /** Hands the sources' articles and problems on as input items. */
    private ArticleSink adapter(Consumer<InputItem> sink) {
        return new ArticleSink() {
            @Override
            public void article(String where, Article article) {
                sink.accept(InputItem.ok(where, article));
            }

            @Override
            public void problem(String where, String reason, String message) {
                sink.accept(InputItem.bad(where, reason, message));
            }

            @Override
            public void note(String message) {
                notes.accept(message);
            }
        };
    }

    private void readFile(Path p, Consumer<InputItem> sink) {
        String name = p.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            InputKind kind = InputKind.detect(head(p), name);
            if (kind == InputKind.WARC || kind == InputKind.GZIP) {
                new WarcArticles(langOverride).read(p, adapter(sink));
                return;
            }
            if (kind == InputKind.HTML) {
                readPage(p, sink);
                return;
            }
            if (kind == InputKind.FEED) {
                byte[] bytes = readCapped(p, FeedReader.MAX_FEED_BYTES + 1);
                try {
                    web.readFeedItems(name, new FeedReader().parse(bytes, null), adapter(sink));
                } catch (SourceProblem e) {
                    sink.accept(InputItem.bad(name, e.reason(), e.getMessage()));
                }
                return;
            }
            long size = Files.size(p);
            if (lower.endsWith(".jsonl")) {
                if (size > MAX_FILE_BYTES) {
                    sink.accept(InputItem.bad(name, "too large", "file of " + size + " bytes is too large"));
                    return;
                }
                try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
                    readJsonLines(name, lines.iterator(), sink);
                } catch (java.io.UncheckedIOException e) {
                    sink.accept(InputItem.bad(name, "not text", "not UTF-8 text (binary, or another encoding)"));
                }
                return;
            }
            if (size > MAX_ARTICLE_BYTES) {
                sink.accept(InputItem.bad(name, "too large", "file of " + size + " bytes is larger than an article can be ("
                        + MAX_ARTICLE_BYTES + " bytes); skipped"));
                return;
            }
            String text = decode(Files.readAllBytes(p));
            if (lower.endsWith(".json")) {
                sink.accept(fromJson(name, text, baseName(p)));
            } else {
                sink.accept(fromText(name, baseName(p), text));
            }
        } catch (NotText e) {
            sink.accept(InputItem.bad(name, "not text", e.getMessage()));
        } catch (IOException e) {
            sink.accept(InputItem.bad(name, "unreadable", "cannot read: " + e.getMessage()));
        }
    }

    private void readPage(Path p, Consumer<InputItem> sink) throws IOException {
        String name = p.toString();
        byte[] bytes = readCapped(p, PageExtractor.MAX_PAGE_BYTES + 1);
        if (bytes.length > PageExtractor.MAX_PAGE_BYTES) {
            notes.accept(name + ": page larger than " + PageExtractor.MAX_PAGE_BYTES + " bytes; only its beginning is read");
        }
        try {
            sink.accept(InputItem.ok(name, pages.extract(bytes, null, null, baseName(p), null, langOverride).article()));
        } catch (SourceProblem e) {
            sink.accept(InputItem.bad(name, e.reason(), e.getMessage()));
        }
    }

    private static byte[] head(Path p) throws IOException {
        return readCapped(p, InputKind.SNIFF_BYTES);
    }

    private static byte[] readCapped(Path p, int max) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return in.readNBytes(max);
        }
    }

    private void readStdin(Consumer<InputItem> sink) {
        try {
            InputStream in = System.in;
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_FILE_BYTES));
            InputKind kind = InputKind.detect(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, InputKind.SNIFF_BYTES)), null);
            if (kind == InputKind.HTML) {
                try {
                    sink.accept(InputItem.ok("stdin", pages.extract(bytes, null, null, "stdin", null, langOverride).article()));
                } catch (SourceProblem e) {
                    sink.accept(InputItem.bad("stdin", e.reason(), e.getMessage()));
                }
                return;
            }
            if (kind == InputKind.FEED) {
                try {
                    web.readFeedItems("stdin", new FeedReader().parse(bytes, null), adapter(sink));
                } catch (SourceProblem e) {
                    sink.accept(InputItem.bad("stdin", e.reason(), e.getMessage()));
                }
                return;
            }
            String text = decode(bytes);
            String trimmed = text.stripLeading();
            if (trimmed.startsWith("{")) {
                readJsonLines("stdin", text.lines().iterator(), sink);
            } else {
                sink.accept(fromText("stdin", "stdin", text));
            }
        } catch (NotText e) {
            sink.accept(InputItem.bad("stdin", "not text", e.getMessage()));
        } catch (IOException e) {
            sink.accept(InputItem.bad("stdin", "unreadable", "cannot read: " + e.getMessage()));
        }
    }

    private void readJsonLines(String name, Iterator<String> lines, Consumer<InputItem> sink) {
        int n = 0;
        boolean any = false;
        while (lines.hasNext()) {
            String line = lines.next();
            n++;
            if (line.isBlank()) {
                continue;
            }
            any = true;
            String where = name + ":" + n;
            if (line.length() > MAX_ARTICLE_BYTES) {
                sink.accept(InputItem.bad(where, "too large", "line of " + line.length() + " characters is larger than an "
                        + "article can be; skipped"));
                continue;
            }
            sink.accept(fromJson(where, line, null));
        }
        if (!any) {
            sink.accept(InputItem.bad(name, "empty", "empty file, no article in it"));
        }
    }

    public InputItem fromJson(String where, String text, String defaultId) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            return InputItem.bad(where, "invalid JSON", "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return InputItem.bad(where, "invalid JSON", "expected a JSON object with at least \"text\"");
        }
        String id = field(node, "id");
        id = id != null ? id : defaultId;
        if (id == null) {
            return InputItem.bad(where, "invalid JSON", "missing \"id\"");
        }
        String body = field(node, "text");
        if (body == null || body.isBlank()) {
            return InputItem.bad(where, "empty", "article " + id + " has no \"text\"");
        }
        LocalDate published;
        try {
            published = parseDate(field(node, "published"));
        } catch (DateTimeParseException e) {
            return InputItem.bad(where, "invalid JSON", "article " + id + ": \"published\" is not an ISO date: "
                    + field(node, "published"));
        }
        String lang = langOverride != null ? langOverride : field(node, "lang");
        return InputItem.ok(where, new Article(id, field(node, "title"), body, published, field(node, "url"), lang,
                outletField(node)));
    }

    public InputItem fromText(String where, String id, String text) {
        if (text.isBlank()) {
            return InputItem.bad(where, "empty", "empty file, nothing to code");
        }
        String title = null;
        String body = text;
        int firstBreak = text.indexOf("\n\n");
        if (firstBreak > 0 && text.indexOf('\n') == firstBreak && !text.substring(0, firstBreak).isBlank()) {
            // Title and body joined by exactly one blank line: fullText() gives back the file, so offsets hold.
            title = text.substring(0, firstBreak);
            body = text.substring(firstBreak + 2);
        }
        return InputItem.ok(where, new Article(id, title, body, null, null, langOverride));
    }

    /** The outlet under any of the names feeds and crawls use for it. */
    private static String outletField(JsonNode node) {
        for (String name : new String[] {"outlet", "source", "site_name", "publisher"}) {
            String v = field(node, name);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** ISO date or date-time ("2019-05-14", "2019-05-14T08:00:00Z"); a bare year-month means its first day. */
    static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        if (v.matches("\\d{4}-\\d{2}")) {
            v = v + "-01";
        }
        return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Strict UTF-8: a file that is not text is reported, not coded as garbage. */
    static String decode(byte[] bytes) throws NotText {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new NotText("binary file (contains NUL bytes), not a text article");
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new NotText("not UTF-8 text (binary, or another encoding)");
        }
    }

    static final class NotText extends Exception {
        NotText(String message) {
            super(message);
        }
    }
}
