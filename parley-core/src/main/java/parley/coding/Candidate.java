package parley.coding;

import parley.coding.ArgumentReader.Arguments;
import parley.coding.TriggerFinder.Trigger;
import parley.model.CameoCode;
import parley.model.Mode;
import parley.model.Place;

/**
 * One event a trigger may yield, filled in by the coder's passes in turn (docs/coder.md): its code and mode,
 * its arguments, its place, an earlier event it continues. A pass may drop it.
 */
final class Candidate {
    /** The trigger as found: its arguments are read from it, even when an intent pass changes the code. */
    final Trigger found;
    Trigger trigger;
    CameoCode code;
    Mode mode;
    Arguments args;
    Located place;
    /** An earlier event of the article this one continues (an actorless "the attack"), else null. */
    DiscourseMemory.PastEvent inherited;
    /** The authors of the act a statement reports, when the statement accuses them (trigger pass), else null. */
    java.util.List<ArgumentActors.Resolved> accused;
    /** The earlier event a "followed suit" repeats, else null. */
    DiscourseMemory.PastEvent repeated;
    private boolean dropped;

    Candidate(Trigger found, CameoCode code) {
        this.found = found;
        this.trigger = found;
        this.code = code;
    }

    void drop() {
        dropped = true;
    }

    boolean dropped() {
        return dropped;
    }

    String root() {
        return code.root();
    }

    /** A place, and whether the event's own clause names it (only such a place locates unnamed victims). */
    record Located(Place place, boolean inClause) {
    }
}
