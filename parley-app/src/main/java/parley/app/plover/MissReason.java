package parley.app.plover;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import parley.model.Event;
import parley.model.Mode;

/**
 * Why Parley missed a gold event, read from everything the coder produced for the sentence (all modes, with
 * or without a target, as {@code parley code --all-modes --untargeted} outputs): the event was there with
 * other actors, without a target (so the default output drops it), in another mode (hypothetical, future...),
 * only events of other types were, or nothing was.
 */
public final class MissReason {

    private MissReason() {
    }

    public static String of(PloverGold gold, List<Event> everything, PloverCorrespondence c) {
        List<Event> typed = everything.stream().filter(e -> gold.type().equals(c.parleyType(e.cameo()))).toList();
        List<Event> asserted = typed.stream().filter(e -> e.mode() == Mode.ASSERTED).toList();
        if (asserted.stream().anyMatch(e -> e.target() != null)) {
            return "type right, other actors";
        }
        if (!asserted.isEmpty()) {
            return "type right, no target";
        }
        if (!typed.isEmpty()) {
            TreeSet<String> modes = new TreeSet<>();
            typed.forEach(e -> modes.add(e.mode().name().toLowerCase(Locale.ROOT)));
            return "type right, " + String.join("/", modes);
        }
        return everything.isEmpty() ? "no event" : "other types only";
    }
}
