package parley.store.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import parley.model.Actor;
import parley.store.DateSpan;
import parley.store.MergeSettings;
import parley.store.Spot;

/**
 * Groups reports into real-world events. The result is a function of the <em>set</em> of mentions: the same
 * mentions give the same events whatever order they come in, so a store filled article by article, the same
 * articles ingested in another order, and a batch job over all of them agree (docs/store.md, "Merging").
 *
 * <p>Two mentions can only be one event within a <b>block</b> ({@link #block}): same mode, roots linked by
 * compatible pairs ({@link MergeSettings#rootClass}), and the same two countries or organisations in either
 * order. Inside a block the mentions are taken in <b>merge order</b>: the most precise date first (day, week,
 * publication day, month, year; undated last), then the earliest, then the most specific (more sectors, a more
 * specific code, a more precise place), then the smallest id. Each mention joins the first-made event it fits
 * nearest in date, or leads a new one. A mention fits an event when:
 * <ul>
 *   <li>its code is compatible with the event's ({@link MergeSettings#compatibleCodes});</li>
 *   <li>its two sides are the event's: same country or organisation, and the same sector or a side without
 *       one (a code without a sector is less specific, not different: {@code RUS} fits {@code RUSGOV}, the
 *       event keeps {@code RUSGOV}); in the event's order, or in either order when the event or the mention is
 *       undirected (its code is undirected in kb/directions.tsv, or its article coded the mirrored pair from the
 *       same sentence: "A and B clashed" gives A→B and B→A, one event);</li>
 *   <li>both are undated, or their dates are at most {@link MergeSettings#days} apart;</li>
 *   <li>for place-bound codes only ({@link MergeSettings#placeBound}), their places do not conflict.</li>
 * </ul>
 * Since the lead of an event comes first in merge order, an event's date is its lead's and never moves, and the
 * result depends on nothing but the mentions. The event keeps the most specific sides and code of its mentions
 * and the place most of its articles agree on ({@link MergedEvent}). Pure: no I/O, no state beyond the
 * settings; thread-safe. The store ({@code EventStore}) reruns it on every block an article touches; a batch job
 * groups its mentions by {@link #block} and runs it on each group.
 */
public final class EventMerger {
    /** The widest span a date can stand for (a year) beyond its first day: how far back a fitting event may start. */
    private static final int LONGEST_SPAN_DAYS = 366;

    /** Merge order; see the class comment. */
    public static final Comparator<MergeMention> MERGE_ORDER = Comparator
            .comparingInt((MergeMention m) -> m.date() == null ? 0 : -m.date().rank())
            .thenComparing(m -> m.date() == null ? LocalDate.MIN : m.date().first())
            .thenComparingInt(m -> -sectors(m))
            .thenComparingInt(m -> -specificity(m.cameo()))
            .thenComparingInt(m -> m.place() == null ? 0 : -m.place().rank())
            .thenComparing(MergeMention::id);

    private final MergeSettings settings;

    public EventMerger(MergeSettings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    public MergeSettings settings() {
        return settings;
    }

    /**
     * The block of a mention: mentions of different blocks are never one event, so a store or a batch job only
     * merges a block's mentions together ("asserted 04 RUS USA"). Tab-separated: mode, root class, then the two
     * countries or organisations sorted (empty for a missing target).
     */
    public String block(MergeMention m) {
        String a = keyOf(m.source());
        String b = m.target() == null ? "" : keyOf(m.target());
        return m.mode() + "\t" + settings.rootClass(m.cameo()) + "\t"
                + (a.compareTo(b) <= 0 ? a + "\t" + b : b + "\t" + a);
    }

    /**
     * The events of a set of mentions, sorted by id; every mention is in exactly one. Mentions may come from
     * any number of blocks and in any order.
     *
     * @throws IllegalArgumentException when two mentions share an id
     */
    public List<MergedEvent> merge(Collection<MergeMention> mentions) {
        Map<String, List<MergeMention>> blocks = new TreeMap<>();
        Set<String> ids = new HashSet<>();
        for (MergeMention m : mentions) {
            if (!ids.add(m.id())) {
                throw new IllegalArgumentException("two mentions with the id " + m.id());
            }
            blocks.computeIfAbsent(block(m), k -> new ArrayList<>()).add(m);
        }
        List<MergedEvent> events = new ArrayList<>();
        for (List<MergeMention> block : blocks.values()) {
            events.addAll(mergeBlock(block));
        }
        events.sort(Comparator.comparing(MergedEvent::id));
        return events;
    }

    private List<MergedEvent> mergeBlock(List<MergeMention> block) {
        List<MergeMention> ordered = new ArrayList<>(block);
        ordered.sort(MERGE_ORDER);
        Set<String> mirrored = mirrored(block);
        List<Draft> drafts = new ArrayList<>();
        TreeMap<LocalDate, List<Draft>> dated = new TreeMap<>();
        List<Draft> undated = new ArrayList<>();
        for (MergeMention m : ordered) {
            boolean undirected = settings.undirected(m.cameo()) || mirrored.contains(m.id());
            List<Draft> near = m.date() == null ? undated : nearby(dated, m.date());
            Draft best = null;
            String nearestMisfit = null;
            long bestDays = Long.MAX_VALUE;
            for (Draft d : near) {
                String misfit = d.misfit(m, undirected);
                long days = d.daysTo(m);
                if (misfit == null && days < bestDays) { // near is in event order: ties go to the first-made
                    best = d;
                    bestDays = days;
                } else if (misfit != null && nearestMisfit == null) {
                    nearestMisfit = d.lead.id() + " " + misfit;
                }
            }
            if (best == null) {
                Draft d = new Draft(drafts.size(), m, undirected, nearestMisfit == null ? "leads a new event"
                        : "leads a new event (not " + nearestMisfit + ")");
                drafts.add(d);
                if (m.date() == null) {
                    undated.add(d);
                } else {
                    dated.computeIfAbsent(m.date().first(), k -> new ArrayList<>()).add(d);
                }
            } else {
                best.absorb(m, undirected);
            }
        }
        List<MergedEvent> events = new ArrayList<>();
        for (Draft d : drafts) {
            events.add(d.event());
        }
        return events;
    }

    /** Events whose date may lie within the merge window of this date, oldest first. */
    private List<Draft> nearby(TreeMap<LocalDate, List<Draft>> dated, DateSpan date) {
        List<Draft> out = new ArrayList<>();
        for (List<Draft> ds : dated.subMap(date.first().minusDays(settings.days() + LONGEST_SPAN_DAYS), true,
                date.last().plusDays(settings.days()), true).values()) {
            out.addAll(ds);
        }
        out.sort(Comparator.comparingInt(d -> d.order));
        return out;
    }

    /**
     * Mentions whose article coded the mirrored dyad from the same sentence with the same code: the coder read a
     * symmetric pair ("A and B clashed") as one event per side, which is one event without direction.
     */
    private static Set<String> mirrored(List<MergeMention> block) {
        Set<String> dyads = new HashSet<>();
        for (MergeMention m : block) {
            dyads.add(clause(m, keyOf(m.source()), m.target() == null ? "" : keyOf(m.target())));
        }
        Set<String> out = new HashSet<>();
        for (MergeMention m : block) {
            if (m.target() != null && !keyOf(m.source()).equals(keyOf(m.target()))
                    && dyads.contains(clause(m, keyOf(m.target()), keyOf(m.source())))) {
                out.add(m.id());
            }
        }
        return out;
    }

    private static String clause(MergeMention m, String sourceKey, String targetKey) {
        return m.articleId() + "\t" + m.sentenceIndex() + "\t" + m.cameo() + "\t" + sourceKey + "\t" + targetKey;
    }

    /** The country or organisation an actor is counted under; its code when it has neither. */
    static String keyOf(Actor a) {
        return a.key() != null ? a.key() : a.code();
    }

    /** How many sides of the mention name a sector: sectored mentions lead, sector-less ones join them. */
    private static int sectors(MergeMention m) {
        return (m.source().sector() != null ? 1 : 0) + (m.target() != null && m.target().sector() != null ? 1 : 0);
    }

    /** 4-digit codes beat 3-digit ones, and a 3-digit code beats its root's general "X0" code. */
    public static int specificity(String code) {
        return code.length() >= 4 ? 3 : code.endsWith("0") ? 1 : 2;
    }

    /** An event being built: its lead, its mentions so far, and what it keeps of them. */
    private final class Draft {
        final int order;
        final MergeMention lead;
        final List<MergeMention> members = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        Actor source;
        Actor target;
        String cameo;
        Spot place;
        boolean undirected;

        Draft(int order, MergeMention lead, boolean undirected, String reason) {
            this.order = order;
            this.lead = lead;
            this.source = lead.source();
            this.target = lead.target();
            this.cameo = lead.cameo();
            this.place = lead.place();
            this.undirected = undirected;
            members.add(lead);
            reasons.add(reason);
        }

        long daysTo(MergeMention m) {
            return lead.date() == null || m.date() == null ? 0 : lead.date().daysApart(m.date());
        }

        /** Why the mention is not this event, or null when it fits. */
        String misfit(MergeMention m, boolean mentionUndirected) {
            if (!settings.compatibleCodes(cameo, m.cameo())) {
                return "has code " + cameo + ", not compatible with " + m.cameo();
            }
            if (orientation(m, mentionUndirected) == null) {
                return "is " + dyad() + (undirected ? " (either order)" : "") + ", which "
                        + m.source().code() + "->" + (m.target() == null ? "nobody" : m.target().code())
                        + " does not fit";
            }
            if ((lead.date() == null) != (m.date() == null)) {
                return lead.date() == null ? "is undated" : "is dated";
            }
            if (daysTo(m) > settings.days()) {
                return "is " + daysTo(m) + " days away";
            }
            if ((settings.placeBound(cameo) || settings.placeBound(m.cameo())) && placesConflict(place, m.place())) {
                return "is placed in " + place.name() + ", not in " + m.place().name();
            }
            return null;
        }

        /** "direct" or "reversed" when the mention's sides are this event's, else null. */
        String orientation(MergeMention m, boolean mentionUndirected) {
            if (fits(m.source(), source) && fits(m.target(), target)) {
                return "direct";
            }
            if ((undirected || mentionUndirected) && m.target() != null && target != null
                    && fits(m.source(), target) && fits(m.target(), source)) {
                return "reversed";
            }
            return null;
        }

        void absorb(MergeMention m, boolean mentionUndirected) {
            String how = orientation(m, mentionUndirected);
            boolean reversed = how.equals("reversed");
            String before = dyad();
            Actor s = reversed ? m.target() : m.source();
            Actor t = reversed ? m.source() : m.target();
            if (source.sector() == null && s.sector() != null) {
                source = s;
            }
            if (target != null && target.sector() == null && t.sector() != null) {
                target = t;
            }
            if (specificity(m.cameo()) > specificity(cameo)) {
                cameo = m.cameo();
            }
            if (m.place() != null && (place == null || m.place().rank() > place.rank())) {
                place = m.place();
            }
            undirected |= mentionUndirected;
            StringBuilder why = new StringBuilder("joins ").append(lead.id()).append(" (").append(before).append(")");
            if (reversed) {
                why.append(" in reverse: ").append(settings.undirected(cameo) || settings.undirected(m.cameo())
                        ? cameo.substring(0, 2) + " has no direction" : "a mirrored pair has no direction");
            }
            if (!s.code().equals(source.code()) || (t != null && !t.code().equals(target.code()))) {
                why.append("; its ").append(s.code()).append("->").append(t == null ? "nobody" : t.code())
                        .append(" is less specific, not different");
            }
            long days = daysTo(m);
            why.append("; ").append(days).append(days == 1 ? " day" : " days").append(" apart");
            if (m.place() != null && place != null && !settings.placeBound(cameo) && placesConflict(place, m.place())) {
                why.append("; placed elsewhere (").append(m.place().name()).append("), but ").append(cameo)
                        .append(" is not place-bound");
            }
            members.add(m);
            reasons.add(why.toString());
        }

        String dyad() {
            return source.code() + "->" + (target == null ? "nobody" : target.code()) + " " + cameo;
        }

        MergedEvent event() {
            return new MergedEvent(lead.id(), members, reasons, source, target, cameo, lead.mode(), lead.date(),
                    agreedPlace(), undirected);
        }

        /**
         * The most precise place its mentions give; among places equally precise, the one most articles give
         * (a report placed at its dateline is outvoted), then the first in merge order.
         */
        private Spot agreedPlace() {
            int rank = members.stream().mapToInt(m -> m.place() == null ? 0 : m.place().rank()).max().orElse(0);
            Map<String, Set<String>> articles = new LinkedHashMap<>();
            Map<String, Spot> spots = new HashMap<>();
            for (MergeMention m : members) {
                if (m.place() != null && m.place().rank() == rank) {
                    String key = m.place().id() != null ? m.place().id() : m.place().name();
                    articles.computeIfAbsent(key, k -> new HashSet<>()).add(m.articleId());
                    spots.putIfAbsent(key, m.place());
                }
            }
            String best = null;
            for (Map.Entry<String, Set<String>> e : articles.entrySet()) {
                if (best == null || e.getValue().size() > articles.get(best).size()) {
                    best = e.getKey();
                }
            }
            return best == null ? null : spots.get(best);
        }

        private boolean placesConflict(Spot a, Spot b) {
            if (a == null || b == null) {
                return false;
            }
            if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
                return true;
            }
            return a.rank() == 3 && b.rank() == 3 && a.kmTo(b) > settings.km();
        }
    }

    /** Same country or organisation, and the same sector or one side without any. Two missing targets fit. */
    private static boolean fits(Actor mention, Actor event) {
        if (mention == null || event == null) {
            return mention == null && event == null;
        }
        return keyOf(mention).equals(keyOf(event))
                && (mention.sector() == null || event.sector() == null || mention.sector().equals(event.sector()));
    }
}
