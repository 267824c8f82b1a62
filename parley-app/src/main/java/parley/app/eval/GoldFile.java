package parley.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads gold annotations: a folder of {@code <id>.json} files, or one file of concatenated JSON objects. */
public final class GoldFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFile() {
    }

    public static Map<String, GoldArticle> read(Path path) throws IOException {
        Map<String, GoldArticle> out = new LinkedHashMap<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    add(out, JSON.readTree(f.toFile()));
                }
            }
            return out;
        }
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(path.toFile())) {
            while (it.hasNext()) {
                add(out, it.next());
            }
        }
        return out;
    }

    private static void add(Map<String, GoldArticle> out, JsonNode doc) {
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : doc.path("events")) {
            List<String> roots = new ArrayList<>();
            e.path("root").forEach(r -> roots.add(r.asText()));
            JsonNode place = e.path("place");
            events.add(new GoldEvent(e.path("src").asText("---"), e.path("tgt").asText("---"), roots,
                    e.path("required").asBoolean(false), e.path("quote").asText(""),
                    place.isObject() ? place.path("name").asText(null) : null,
                    place.has("lat") ? place.get("lat").asDouble() : null,
                    place.has("lon") ? place.get("lon").asDouble() : null));
        }
        String id = doc.path("id").asText();
        out.put(id, new GoldArticle(id, doc.path("lang").asText(null), events));
    }
}
