package parley.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import parley.model.Actor;
import parley.model.Event;
import parley.model.Place;

/** Writes an event as one line of JSON, in the field order documented in docs/events.md. */
public final class EventJson {
    private final ObjectMapper json = new ObjectMapper();

    public String line(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", e.eventId());
        m.put("article_id", e.articleId());
        m.put("lang", e.lang());
        m.put("sentence_index", e.sentenceIndex());
        m.put("sentence", e.sentence());
        m.put("source", actor(e.source(), e.sourceText()));
        m.put("target", e.target() == null ? null : actor(e.target(), e.targetText()));
        m.put("cameo", e.cameo().code());
        m.put("cameo_name", e.cameo().name());
        m.put("root", e.cameo().root());
        m.put("quad_class", e.cameo().quadClass());
        m.put("goldstein", e.cameo().goldstein());
        m.put("plover", e.cameo().plover());
        m.put("mode", e.mode().label());
        m.put("date", e.date());
        m.put("date_precision", e.datePrecision());
        m.put("location", e.place() == null ? null : place(e.place()));
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("trigger", e.trigger());
        evidence.put("start", e.start());
        evidence.put("end", e.end());
        evidence.put("rule", e.rule());
        m.put("evidence", evidence);
        m.put("confidence", e.confidence());
        try {
            return json.writeValueAsString(m);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an event map always serialises", ex);
        }
    }

    private static Map<String, Object> actor(Actor a, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text);
        m.put("name", a.name());
        m.put("code", a.code());
        m.put("country", a.country());
        m.put("org", a.org());
        m.put("sector", a.sector());
        return m;
    }

    private static Map<String, Object> place(Place p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("country", p.country());
        m.put("lat", p.lat());
        m.put("lon", p.lon());
        m.put("precision", p.precision());
        m.put("id", p.id());
        return m;
    }
}
