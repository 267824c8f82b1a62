package parley.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import parley.app.actors.BenchFile;
import parley.app.actors.BenchItem;
import parley.app.actors.BenchRunner;
import parley.app.actors.BenchScorer;
import parley.app.actors.CountryLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-actors", mixinStandardHelpOptions = true,
        description = {"Runs the actor benchmark: each sentence through CoreNLP and the coder at its date, and the"
                + " actors found (subjects, objects and event sources and targets of the sentence) against the"
                + " expected codes.",
                "Prints precision, recall and the share of sentences entirely right per language, for exact codes"
                + " and at country level, then every sentence that is not exactly right. Format and scoring:"
                + " docs/kb-actors.md."})
final class EvalActorsCommand implements Callable<Integer> {

    @Option(names = "--file", paramLabel = "FILE",
            description = "The benchmark file (default: bench/actors.tsv in Parley's folder).")
    Path file;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Only the lines of this language.")
    String lang;

    @Option(names = "--petrarch", paramLabel = "FILE",
            description = "A PETRARCH/Phoenix actors or agents dictionary to merge over Parley's own (repeatable).")
    List<Path> petrarch = new java.util.ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Path input = file != null ? file : Path.of(System.getProperty("parley.home", ".")).resolve("bench/actors.tsv");
        List<BenchItem> items;
        try {
            items = BenchFile.read(input).stream().filter(i -> lang == null || i.lang().equals(lang)).toList();
        } catch (IOException e) {
            System.err.println("parley: cannot read the benchmark file " + input + ": " + e);
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("parley: " + e.getMessage());
            return 2;
        }
        Engine.importPetrarch(petrarch);
        BenchRunner runner = new BenchRunner(Engine.fullAnalyzer(), Engine.knowledge());
        BenchScorer scorer = new BenchScorer(new CountryLevel(Engine.knowledge().actors()));
        for (BenchItem item : items) {
            scorer.add(item, runner.found(item));
        }
        print(scorer, System.out);
        return 0;
    }

    static void print(BenchScorer scorer, PrintStream out) {
        out.println("== exact actor codes");
        scorer.exact().forEach((l, t) -> out.println(String.format("%-4s %s", l, t)));
        out.println("== country level");
        scorer.country().forEach((l, t) -> out.println(String.format("%-4s %s", l, t)));
        out.println("== sentences not exactly right (* also wrong at country level)");
        for (BenchScorer.Outcome o : scorer.outcomes()) {
            if (o.exact()) {
                continue;
            }
            Set<String> missing = new LinkedHashSet<>(o.item().expected());
            missing.removeAll(o.found());
            Set<String> extra = new LinkedHashSet<>(o.found());
            extra.removeAll(o.item().expected());
            out.println(String.format("%s%s [%s] missing %s extra %s | %s", o.countryRight() ? " " : "*", o.item().id(),
                    String.join(" ", o.item().tests()), missing.isEmpty() ? "-" : String.join(" ", missing),
                    extra.isEmpty() ? "-" : String.join(" ", extra), o.item().sentence()));
        }
    }
}
