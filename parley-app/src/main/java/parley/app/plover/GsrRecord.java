package parley.app.plover;

import java.time.LocalDate;
import java.util.List;

/**
 * One example sentence of the PLOVER gold file: its id, the date it is read at, its PLOVER 0.5 event type
 * and the actor codes the gold lists as sources and targets (ISO-3, IGO, NGO...; empty when the gold names
 * none).
 */
public record GsrRecord(String id, LocalDate date, String gsrType, String text, List<String> sources,
                        List<String> targets) {

    public GsrRecord {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}
