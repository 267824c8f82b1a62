package parley.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text in whatever charset it is written: a byte-order mark first, then the
 * charset the HTTP header declares, then the one the page declares in its first kilobytes ({@code <meta
 * charset>} or {@code http-equiv}), and when nothing is declared: UTF-8 if the bytes are valid UTF-8, else
 * windows-1252 (the usual charset of undeclared Western European pages).
 */
public final class PageDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    /** Pages declare their charset near the top; looking further only finds charsets quoted in text. */
    private static final int META_WINDOW = 4096;

    private PageDecoder() {
    }

    /** The decoded text and the charset that was used, for reports. */
    public record Decoded(String text, Charset charset) {
    }

    /**
     * @param contentType the HTTP Content-Type header, or null (files)
     */
    public static Decoded decode(byte[] bytes, String contentType) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        Charset declared = contentType == null ? null : charsetIn(contentType);
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
            declared = declaredInMarkup(head);
        }
        if (declared != null) {
            if (declared.equals(StandardCharsets.UTF_8)) {
                String strict = strictUtf8(bytes);
                // A page labelled UTF-8 that is not is nearly always windows-1252 mislabelled by its server.
                return strict != null ? new Decoded(strict, declared) : new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
            }
            return new Decoded(new String(bytes, declared), declared);
        }
        String utf8 = strictUtf8(bytes);
        return utf8 != null ? new Decoded(utf8, StandardCharsets.UTF_8) : new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
    }

    /** The charset a Content-Type value names, or null when it names none (or one Java does not know). */
    public static Charset charsetIn(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? known(m.group(1)) : null;
    }

    private static Charset declaredInMarkup(String head) {
        Matcher meta = Pattern.compile("<meta[^>]*>", Pattern.CASE_INSENSITIVE).matcher(head);
        while (meta.find()) {
            String tag = meta.group();
            String lower = tag.toLowerCase(Locale.ROOT);
            if (lower.contains("charset")) {
                Charset c = charsetIn(tag);
                if (c != null) {
                    return c;
                }
            }
        }
        Matcher xml = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)").matcher(head);
        return xml.find() ? known(xml.group(1)) : null;
    }

    private static Charset known(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        // As browsers do (WHATWG Encoding): Latin-1 labels mean windows-1252, its superset.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii")
                || n.equals("ascii") || n.equals("iso8859-1") || n.equals("iso_8859-1")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
