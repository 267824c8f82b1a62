package parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import parley.model.Article;

/**
 * The fingerprint that makes two inputs the same article: SHA-256 (hex) of the full text after Unicode NFC,
 * with every run of white space made one space and the ends trimmed. Re-encoded or re-wrapped copies of a text
 * therefore count once, whatever id they come with.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(Article article) {
        return of(article.fullText());
    }

    public static String of(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }
}
