package parley.app.plover;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One gold event of a sentence: a source key, a target key and a (2021) PLOVER type.
 *
 * <p>How a record becomes gold events: each source-target pair is one event. A side the gold leaves empty is
 * {@link #ANY}, matched by any actor, because Parley (as {@code parley code} by default) outputs only events
 * with a source and a target, and the gold often leaves out a target the sentence implies ("agreed to
 * resign"). Several sources and no target is how the gold writes a reciprocal event ("X and Y
 * agreed...", marked SRC/TAR): each pair of sources is one undirected event. CONSULT is undirected.
 *
 * @param undirected whether the event matches with source and target swapped
 */
public record PloverGold(String recordId, String gsrType, String type, String source, String target,
                         boolean undirected) {
    public static final String ANY = "*";
    static final String CONSULT = "CONSULT";

    /** The gold events of a record, without repeats. */
    public static List<PloverGold> of(GsrRecord r, PloverCorrespondence c) {
        String type = c.ploverType(r);
        List<String> sources = r.sources().stream().map(c::goldKey).distinct().toList();
        List<String> targets = r.targets().stream().map(c::goldKey).distinct().toList();
        boolean consult = type.equals(CONSULT);
        Set<PloverGold> out = new LinkedHashSet<>();
        if (targets.isEmpty() && r.sources().size() >= 2) {
            if (sources.size() == 1) { // two actors of one country: the Sudanese government and the SPLM/A
                out.add(new PloverGold(r.id(), r.gsrType(), type, sources.get(0), sources.get(0), true));
            }
            for (int i = 0; i < sources.size(); i++) {
                for (int j = i + 1; j < sources.size(); j++) {
                    out.add(new PloverGold(r.id(), r.gsrType(), type, sources.get(i), sources.get(j), true));
                }
            }
            return new ArrayList<>(out);
        }
        for (String s : sources.isEmpty() ? List.of(ANY) : sources) {
            for (String t : targets.isEmpty() ? List.of(ANY) : targets) {
                out.add(new PloverGold(r.id(), r.gsrType(), type, s, t, consult));
            }
        }
        return new ArrayList<>(out);
    }

    /** Whether an output event of this type between these keys is this gold event. */
    public boolean matches(String eventType, String eventSource, String eventTarget) {
        if (!type.equals(eventType)) {
            return false;
        }
        return (side(source, eventSource) && side(target, eventTarget))
                || (undirected && side(source, eventTarget) && side(target, eventSource));
    }

    private static boolean side(String gold, String found) {
        return gold.equals(ANY) || gold.equals(found);
    }

    @Override
    public String toString() {
        return type + (type.equals(gsrType) ? "" : "(" + gsrType + ")") + " " + source + (undirected ? "<->" : "->")
                + target;
    }
}
