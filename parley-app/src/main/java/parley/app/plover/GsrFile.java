package parley.app.plover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the PLOVER gold examples (a JSON array of records, PLOVER_GSR_CAMEO.txt). Records without a text
 * (the file's DOCUMENT record) are documentation and are skipped. A record that cannot be scored (no id, no
 * event type, a bad date) fails the whole read naming the file and the record: a benchmark that silently
 * dropped a sentence would report a figure about other sentences. The file gives two different sentences
 * one id (PLOVER-GSR01-COERCE-0004); a repeated id is numbered ({@code ...-0004#2}) so each sentence keeps its
 * own results.
 */
public final class GsrFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GsrFile() {
    }

    public static List<GsrRecord> read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static List<GsrRecord> parse(String name, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(name + ": expected a JSON array of PLOVER records");
        }
        List<GsrRecord> records = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (JsonNode r : root) {
            n++;
            String text = r.path("text").asText("").strip();
            if (text.isEmpty()) {
                continue;
            }
            String id = r.path("id").asText("").strip();
            String where = name + ": record " + n + (id.isEmpty() ? "" : " (" + id + ")") + ": ";
            if (id.isEmpty()) {
                throw new IllegalArgumentException(where + "no id");
            }
            String unique = id;
            for (int k = 2; !ids.add(unique); k++) {
                unique = id + "#" + k;
            }
            String type = r.path("event").asText("").strip();
            if (type.isEmpty()) {
                throw new IllegalArgumentException(where + "no event type");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(r.path("date").asText(""));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + "date must be YYYY-MM-DD: '" + r.path("date").asText("") + "'");
            }
            records.add(new GsrRecord(unique, date, type, text, codes(r.path("source")), codes(r.path("target"))));
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException(name + ": no record with a text");
        }
        return records;
    }

    /** The actor codes of a source or target field; the file writes a missing side as null, "" or a word. */
    private static List<String> codes(JsonNode side) {
        List<String> out = new ArrayList<>();
        if (!side.isArray()) {
            return out;
        }
        for (JsonNode actor : side) {
            String code = actor.path("code").asText("").strip();
            if (!code.isEmpty()) {
                out.add(code);
            }
        }
        return out;
    }
}
