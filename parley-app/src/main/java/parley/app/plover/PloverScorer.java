package parley.app.plover;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import parley.model.Event;

/**
 * Scores Parley's events sentence by sentence against the PLOVER gold examples, at event-type level. A gold
 * event (see {@link PloverGold}) is found when Parley outputs, for its sentence, an event of the same 2021
 * PLOVER type whose source and target keys ({@link PloverCorrespondence#parleyKey}) match; a Parley event is
 * right when it matches a gold event of its sentence. One Parley event may find two gold events (a sentence
 * with the same event toward two targets needs two events, so this only happens with {@link PloverGold#ANY}).
 * A Parley event's type is {@link PloverCorrespondence#parleyType}: the 2021 type of its CAMEO code, or the
 * PLOVER 0.5 type for the few codes the 2021 table moved. Parley events whose CAMEO code has no PLOVER type
 * (CAMEO 01, 02) are counted under {@link #UNTYPED}: they are Parley's output and can match nothing, so they
 * lower precision.
 */
public final class PloverScorer {
    public static final String UNTYPED = "(none)";

    private final PloverCorrespondence correspondence;
    private final TypeTally all = new TypeTally();
    private final Map<String, TypeTally> byType = new TreeMap<>();
    private final Map<String, TypeTally> byGsrType = new TreeMap<>();
    private final List<SentenceResult> sentences = new ArrayList<>();

    /** One of Parley's events as it was compared. */
    public record Coded(Event event, String type, String source, String target, boolean right) {
        @Override
        public String toString() {
            String table = event.cameo().plover();
            return event.cameo().code() + " " + type + (table != null && !table.equals(type) ? "(2021: " + table + ")" : "")
                    + " " + source + "->" + target + " ('" + words(event.sourceText())
                    + "' -> '" + words(event.targetText()) + "', " + event.trigger() + ")";
        }

        private static String words(String s) {
            return s == null ? "-" : s;
        }
    }

    /** One gold event and whether Parley found it, with its actors or by type only. */
    public record GoldResult(PloverGold gold, boolean found, boolean typeFound) {
    }

    /** A sentence's gold events and Parley's events, as scored. */
    public record SentenceResult(GsrSentence sentence, List<GoldResult> gold, List<Coded> events) {
    }

    public PloverScorer(PloverCorrespondence correspondence) {
        this.correspondence = correspondence;
    }

    /** Scores one sentence: its gold records and the events Parley coded from it. */
    public SentenceResult add(GsrSentence sentence, List<Event> events) {
        List<Coded> coded = new ArrayList<>();
        Set<PloverGold> gold = new LinkedHashSet<>();
        sentence.records().forEach(r -> gold.addAll(PloverGold.of(r, correspondence)));
        for (Event e : events) {
            String compared = correspondence.parleyType(e.cameo());
            String type = compared == null ? UNTYPED : compared;
            String src = correspondence.parleyKey(e.source());
            String tgt = correspondence.parleyKey(e.target());
            boolean right = gold.stream().anyMatch(g -> g.matches(type, src, tgt));
            coded.add(new Coded(e, type, src, tgt, right));
            count(all, byType.computeIfAbsent(type, k -> new TypeTally()), t -> {
                t.parley++;
                if (right) {
                    t.right++;
                }
            });
        }
        List<GoldResult> results = new ArrayList<>();
        for (PloverGold g : gold) {
            boolean found = coded.stream().anyMatch(c -> g.matches(c.type(), c.source(), c.target()));
            boolean typeFound = coded.stream().anyMatch(c -> c.type().equals(g.type()));
            results.add(new GoldResult(g, found, typeFound));
            TypeTally gsr = byGsrType.computeIfAbsent(g.gsrType(), k -> new TypeTally());
            count(all, byType.computeIfAbsent(g.type(), k -> new TypeTally()), t -> {
                t.gold++;
                if (found) {
                    t.found++;
                }
                if (typeFound) {
                    t.typeFound++;
                }
            });
            gsr.gold++;
            gsr.found += found ? 1 : 0;
            gsr.typeFound += typeFound ? 1 : 0;
        }
        SentenceResult r = new SentenceResult(sentence, List.copyOf(results), List.copyOf(coded));
        sentences.add(r);
        return r;
    }

    private static void count(TypeTally a, TypeTally b, java.util.function.Consumer<TypeTally> f) {
        f.accept(a);
        f.accept(b);
    }

    public PloverCorrespondence correspondence() {
        return correspondence;
    }

    /** All types together. */
    public TypeTally overall() {
        return all;
    }

    /** By the 2021 PLOVER type Parley outputs (gold events under the type they are compared as). */
    public Map<String, TypeTally> byType() {
        return Collections.unmodifiableMap(byType);
    }

    /** Gold events by their PLOVER 0.5 type in the gold file (only the gold counts are filled). */
    public Map<String, TypeTally> byGsrType() {
        return Collections.unmodifiableMap(byGsrType);
    }

    public List<SentenceResult> sentences() {
        return Collections.unmodifiableList(sentences);
    }
}
