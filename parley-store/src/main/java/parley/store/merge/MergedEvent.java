package parley.store.merge;

import java.util.List;
import parley.model.Actor;
import parley.store.DateSpan;
import parley.store.Spot;

/**
 * One real-world event: the mentions that report it and what it keeps of them.
 *
 * @param id the id of its lead mention (the first of its mentions in merge order, see {@link EventMerger})
 * @param mentions its mentions, lead first, in merge order
 * @param reasons why each mention is in it, in the order of {@code mentions} (for {@code ingest --verbose})
 * @param source the source side, in the lead's orientation, with the most specific code its mentions gave it
 *     (a sector over none)
 * @param target the target side likewise, or null for an untargeted event
 * @param cameo the most specific code among its mentions (four digits over three, three over a root's "X0")
 * @param mode the mode all its mentions share
 * @param date the lead's date: the most precise among its mentions, or null when undated
 * @param place the most precise place among its mentions (city, region, country); among equally precise ones,
 *     the one given by most articles, then the first in merge order; or null
 * @param undirected true when its dyad is an unordered pair (an undirected code, or a mirrored pair among its
 *     mentions)
 */
public record MergedEvent(String id, List<MergeMention> mentions, List<String> reasons, Actor source, Actor target,
                          String cameo, String mode, DateSpan date, Spot place, boolean undirected) {
    public MergedEvent {
        mentions = List.copyOf(mentions);
        reasons = List.copyOf(reasons);
    }
}
