package parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import parley.model.Article;

/**
 * Reads the article of {@code POST /api/articles}: the same fields as Parley's .json input (id, text, and
 * optional title, published, url, lang, outlet). Every problem is a 400 naming the field.
 */
final class ArticleJson {
    static final int MAX_ID_LENGTH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJson() {
    }

    static Article parse(String requestBody) {
        JsonNode node;
        try {
            node = JSON.readTree(requestBody);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "body: invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(400, "body: expected a JSON object with at least \"id\" and \"text\"");
        }
        String id = text(node, "id");
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new ApiException(400, "id: required, 1 to " + MAX_ID_LENGTH + " characters");
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                // stored, such an id could never be asked for again (a NUL ends a path)
                throw new ApiException(400, String.format("id: holds a control character (U+%04X) at position %d;"
                        + " an id is printable text", (int) id.charAt(i), i + 1));
            }
        }
        String body = text(node, "text");
        if (body == null || body.isBlank()) {
            throw new ApiException(400, "text: required and not blank");
        }
        String title = text(node, "title");
        Article sized = new Article(id, title, body, null, null, null);
        if (sized.textBytes() > Article.MAX_TEXT_BYTES) {
            throw new ApiException(413, "text: title and text hold " + sized.textBytes() + " bytes, more than an article"
                    + " can (" + Article.MAX_TEXT_BYTES + " bytes, the limit of every input)");
        }
        String lang = text(node, "lang");
        if (lang != null && !lang.equals("fr") && !lang.equals("en")) {
            throw new ApiException(400, "lang: Parley codes fr and en, got '" + clip(lang) + "'");
        }
        String outlet = text(node, "outlet");
        return new Article(id, title, body, date(text(node, "published")), text(node, "url"), lang,
                outlet != null ? outlet : text(node, "source"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new ApiException(400, field + ": expected text, got " + v.getNodeType().name().toLowerCase());
        }
        return v.asText();
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return s.length() <= 10 ? LocalDate.parse(s) : OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "published: expected an ISO date or date-time, got '" + clip(s) + "'");
        }
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
