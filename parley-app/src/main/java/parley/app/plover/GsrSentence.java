package parley.app.plover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A sentence to code once: the gold file sometimes uses one sentence to illustrate two event types (the
 * Egyptian police "opened fire ... arresting 12" is both a FIGHT and a COERCE example). Its gold events are
 * those of all its records, so an event Parley rightly finds for one record is not wrong for the other.
 */
public record GsrSentence(String text, LocalDate date, List<GsrRecord> records) {

    public GsrSentence {
        records = List.copyOf(records);
    }

    /** The ids of its records, joined with '+'. */
    public String id() {
        return records.stream().map(GsrRecord::id).collect(Collectors.joining("+"));
    }

    /** Groups records with the same text and date, in the file's order. */
    public static List<GsrSentence> group(List<GsrRecord> records) {
        Map<String, List<GsrRecord>> byText = new LinkedHashMap<>();
        for (GsrRecord r : records) {
            byText.computeIfAbsent(r.date() + "\t" + r.text(), k -> new ArrayList<>()).add(r);
        }
        return byText.values().stream().map(rs -> new GsrSentence(rs.get(0).text(), rs.get(0).date(), rs)).toList();
    }
}
