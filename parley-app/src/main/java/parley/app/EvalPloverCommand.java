package parley.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import parley.app.plover.GsrFile;
import parley.app.plover.GsrRecord;
import parley.app.plover.GsrSentence;
import parley.app.plover.MissReason;
import parley.app.plover.PloverCorrespondence;
import parley.app.plover.PloverGold;
import parley.app.plover.PloverScorer;
import parley.app.plover.TypeTally;
import parley.model.Article;
import parley.model.Event;
import parley.pipeline.CodingResult;
import parley.pipeline.Parley;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-plover", mixinStandardHelpOptions = true,
        description = {"Codes each English example sentence of the PLOVER gold file as a one-sentence article at"
                + " its date (asserted events with a source and a target, as 'parley code' outputs) and scores"
                + " the events at PLOVER event-type level: a gold event is found by an event of its type whose"
                + " source and target match at country or organisation level (CONSULT undirected).",
                "Prints precision, recall and F1 overall and per PLOVER type, and recall with the type alone."
                + " Scoring and the 0.5-to-2021 type names: docs/eval-plover.md."})
final class EvalPloverCommand implements Callable<Integer> {
    static final String DEFAULT_FILE = "../shared/reference/plover/PLOVER_GSR_CAMEO.txt";

    @Option(names = "--file", paramLabel = "FILE",
            description = "The PLOVER gold file (default: " + DEFAULT_FILE + " beside Parley's folder).")
    Path file;

    @Option(names = "--show", description = "Also list each missed gold event and each wrong Parley event, with its sentence.")
    boolean show;

    @Override
    public Integer call() {
        Path input = file != null ? file : Path.of(System.getProperty("parley.home", ".")).resolve(DEFAULT_FILE);
        PloverCorrespondence correspondence = PloverCorrespondence.bundled();
        List<GsrRecord> records;
        try {
            records = GsrFile.read(input);
            records.forEach(r -> PloverGold.of(r, correspondence)); // an unknown type stops here, before CoreNLP loads
        } catch (IOException e) {
            System.err.println("parley: cannot read the PLOVER gold file " + input + ": " + e);
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("parley: " + (e.getMessage().startsWith(input.toString()) ? "" : input + ": ")
                    + e.getMessage());
            return 2;
        }
        PloverScorer scorer = new PloverScorer(correspondence);
        score(records, Engine.parley(), scorer, System.err);
        print(scorer, show ? everything(scorer, Engine.parley(true, true)) : Map.of(), System.out);
        return 0;
    }

    /**
     * Codes each sentence as a one-sentence English article at its date and scores its events (records with
     * the same sentence are coded once, see {@link GsrSentence}).
     */
    static void score(List<GsrRecord> records, Parley parley, PloverScorer scorer, PrintStream err) {
        for (GsrSentence r : GsrSentence.group(records)) {
            CodingResult result = parley.code(new Article(r.id(), null, r.text(), r.date(), null, "en"));
            if (!result.coded()) {
                err.println("parley: not coded (scored as no event): " + result.problem());
            }
            scorer.add(r, result.coded() ? result.events() : List.of());
        }
    }

    /**
     * Everything the coder finds in each sentence (all modes, with or without a target), to say why an event
     * was missed: a second coding pass, made only for --show so the scored output stays that of 'parley code'.
     */
    static Map<String, List<Event>> everything(PloverScorer scorer, Parley all) {
        Map<String, List<Event>> out = new HashMap<>();
        for (PloverScorer.SentenceResult s : scorer.sentences()) {
            GsrSentence g = s.sentence();
            CodingResult r = all.code(new Article(g.id(), null, g.text(), g.date(), null, "en"));
            out.put(g.id(), r.coded() ? r.events() : List.of());
        }
        return out;
    }

    /**
     * Prints the figures, and with {@code everything} (sentence id to all the coder found, see
     * {@link #everything}) not empty, each miss with its reason and each wrong event.
     */
    static void print(PloverScorer scorer, Map<String, List<Event>> everything, PrintStream out) {
        boolean show = !everything.isEmpty();
        List<PloverScorer.SentenceResult> sentences = scorer.sentences();
        TypeTally all = scorer.overall();
        long open = sentences.stream().flatMap(s -> s.gold().stream())
                .filter(g -> g.gold().source().equals(PloverGold.ANY) || g.gold().target().equals(PloverGold.ANY)).count();
        long silent = sentences.stream().filter(s -> s.events().isEmpty()).count();
        long retyped = sentences.stream().flatMap(s -> s.events().stream())
                .filter(c -> c.event().cameo().plover() != null && !c.event().cameo().plover().equals(c.type())).count();
        int records = sentences.stream().mapToInt(s -> s.sentence().records().size()).sum();
        out.println(String.format("== PLOVER gold examples: %d records, %d distinct sentences, %d gold events (%d with a"
                + " side the gold leaves open); Parley: %d events, no event in %d sentences", records, sentences.size(),
                all.gold(), open, all.parley(), silent));
        out.println(String.format("overall  P %s  R %s  F1 %s  type-only R %s  (right %d of %d events; found %d of %d"
                + " gold, %d by type)", f(all.precision()), f(all.recall()), f(all.f1()), f(all.typeRecall()), all.right(),
                all.parley(), all.found(), all.gold(), all.typeFound()));
        out.println(String.format("(%d Parley events compared under their PLOVER 0.5 type: CAMEO codes the 2021 table moved,"
                + " the cameo rows of gsr-correspondence.tsv)", retyped));
        out.println("== by PLOVER type (2021 names, as Parley outputs; gold types renamed as in gsr-correspondence.tsv)");
        out.println(String.format("%-10s %5s %5s %5s %6s %6s %5s %5s %5s", "type", "gold", "found", "R", "type-R",
                "parley", "right", "P", "F1"));
        scorer.byType().forEach((type, t) -> out.println(String.format("%-10s %5d %5d %5s %6s %6d %5d %5s %5s", type,
                t.gold(), t.found(), f(t.recall()), f(t.typeRecall()), t.parley(), t.right(), f(t.precision()), f(t.f1()))));
        out.println("== recall by the gold file's PLOVER 0.5 type");
        out.println(String.format("%-11s %5s %5s %5s %6s", "type", "gold", "found", "R", "type-R"));
        for (Map.Entry<String, TypeTally> e : scorer.byGsrType().entrySet()) {
            TypeTally t = e.getValue();
            out.println(String.format("%-11s %5d %5d %5s %6s", e.getKey(), t.gold(), t.found(), f(t.recall()),
                    f(t.typeRecall())));
        }
        if (!show) {
            return;
        }
        Map<String, Integer> reasons = new TreeMap<>();
        out.println("== missed gold events [why, from all the coder found: --all-modes --untargeted] (* Parley output an"
                + " event of the type, with other actors)");
        for (PloverScorer.SentenceResult s : sentences) {
            for (PloverScorer.GoldResult g : s.gold()) {
                if (!g.found()) {
                    String why = MissReason.of(g.gold(), everything.getOrDefault(s.sentence().id(), List.of()),
                            scorer.correspondence());
                    reasons.merge(why, 1, Integer::sum);
                    out.println(String.format("%s%s %s [%s] | Parley: %s | %s", g.typeFound() ? "*" : " ", s.sentence().id(),
                            g.gold(), why, s.events().isEmpty() ? "-" : s.events().stream().map(Object::toString)
                                    .collect(Collectors.joining("; ")), s.sentence().text()));
                }
            }
        }
        out.println("== misses by why");
        reasons.forEach((why, n) -> out.println(String.format("%4d  %s", n, why)));
        out.println("== wrong Parley events");
        for (PloverScorer.SentenceResult s : sentences) {
            for (PloverScorer.Coded c : s.events()) {
                if (!c.right()) {
                    out.println(String.format(" %s %s | gold: %s | %s", s.sentence().id(), c, s.gold().stream()
                            .map(g -> g.gold().toString()).collect(Collectors.joining("; ")), s.sentence().text()));
                }
            }
        }
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
