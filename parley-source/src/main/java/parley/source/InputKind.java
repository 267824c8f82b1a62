package parley.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file or download holds, known from its first bytes first and its name second: a page's name can
 * lie (a feed saved as .html, a WARC without extension), its first bytes rarely do.
 */
public enum InputKind {
    HTML, WARC, GZIP, FEED, JSON, JSONL, TEXT, BINARY;

    /** How many leading bytes {@link #detect} looks at. */
    public static final int SNIFF_BYTES = 1024;

    /**
     * @param head the first bytes (up to {@link #SNIFF_BYTES}; fewer is fine)
     * @param name file name or URL path, or null
     */
    public static InputKind detect(byte[] head, String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[0 + 1] & 0xFF) == 0x8B) {
            return GZIP;
        }
        String start = new String(head, 0, Math.min(head.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        String s = stripLeading(start).toLowerCase(Locale.ROOT);
        if (s.startsWith("warc/1.") || s.startsWith("warc/0.")) {
            return WARC;
        }
        if (s.startsWith("<?xml") || s.startsWith("<rss") || s.startsWith("<feed") || s.startsWith("<rdf:rdf")) {
            if (s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:rdf")) {
                return FEED;
            }
            if (s.contains("<html")) {
                return HTML;
            }
        }
        if (s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head") || s.startsWith("<!--")
                && (s.contains("<html") || n.endsWith(".html") || n.endsWith(".htm"))) {
            return HTML;
        }
        if (hasNul(head)) {
            return BINARY;
        }
        if (n.endsWith(".jsonl")) {
            return JSONL;
        }
        if (n.endsWith(".json")) {
            return JSON;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return HTML;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom")) {
            return FEED;
        }
        if (s.startsWith("{")) {
            return JSONL;
        }
        return TEXT;
    }

    private static boolean hasNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Skips a byte-order mark and whitespace. */
    private static String stripLeading(String s) {
        int i = 0;
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            i = 3;
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }
}
