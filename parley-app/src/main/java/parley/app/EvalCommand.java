package parley.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.app.eval.ActorAgreement;
import parley.app.eval.GoldArticle;
import parley.app.eval.GoldEvent;
import parley.app.eval.GoldFile;
import parley.app.eval.Scorer;
import parley.app.eval.Tally;
import parley.model.Article;
import parley.model.Event;
import parley.pipeline.CodingResult;
import parley.pipeline.ParallelCoding;
import parley.pipeline.Parley;
import parley.source.ArticleReader;
import parley.source.PageFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Codes articles and scores the events against gold annotations, with the semantics of"
                + " ../shared/eval/score.py: article-level (source, target, root) triples, root 04 undirected,"
                + " optional gold events neither right nor wrong.",
                "Prints precision, recall and F1 per language and per root, then each article's missed and wrong events."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD",
            description = "Gold: a folder of <id>.json files or a file of JSON objects (format: ../shared/README.md).")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles, as for the code command.")
    List<String> inputs;

    @Option(names = "--only-input",
            description = "Score only the gold articles found in the input (default: every gold article; absent ones count as missed).")
    boolean onlyInput;

    @Option(names = "--petrarch", paramLabel = "FILE",
            description = "A PETRARCH/Phoenix actors or agents dictionary to merge over Parley's own (repeatable).")
    List<Path> petrarch = new ArrayList<>();

    @Option(names = "--allow-private",
            description = "Allow URLs on loopback, private and link-local addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Language of every article, overriding detection.")
    String lang;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Override
    public Integer call() throws IOException {
        Engine.importPetrarch(petrarch);
        Map<String, GoldArticle> goldArticles = GoldFile.read(gold);
        Map<String, List<Event>> events = new HashMap<>();
        Parley parley = Engine.parley();
        List<Article> articles = new ArticleReader(lang, PageFetcher.Settings.defaults().withAllowPrivate(allowPrivate))
                .articles(inputs, System.err);
        for (CodingResult r : ParallelCoding.codeAll(parley, articles, threads.checked())) {
            if (!r.coded()) {
                System.err.println("parley: skipped " + r.problem());
                continue;
            }
            events.put(r.articleId(), r.events());
        }
        if (onlyInput) {
            Map<String, GoldArticle> kept = new LinkedHashMap<>();
            goldArticles.forEach((id, g) -> {
                if (events.containsKey(id)) {
                    kept.put(id, g);
                }
            });
            goldArticles = kept;
        }
        print(new Scorer().score(goldArticles, events), System.out);
        System.out.println("== actors at country level (events matched on article and root)");
        Map<String, ActorAgreement.Counts> agreement = ActorAgreement.measure(goldArticles, events);
        agreement.forEach((l, c) -> System.out.println(String.format("%-6s %s", l, c)));
        agreement.values().forEach(c -> c.disagreements().forEach(d -> System.out.println("   " + d)));
        return 0;
    }

    static void print(Scorer.Report report, PrintStream out) {
        Tally all = new Tally();
        out.println("== by language");
        report.byLanguage().forEach((l, t) -> out.println(String.format("%-6s %s", l, t)));
        out.println("== by root (missed counted under the gold event's first root)");
        report.byRoot().forEach((r, t) -> out.println(String.format("%-6s %s", r, t)));
        out.println("== by article");
        for (Scorer.ArticleResult a : report.articles()) {
            Tally t = a.tally();
            out.println(String.format("%s (%s): found %d, wrong %d, missed %d", a.id(), a.lang(), t.found(), t.wrong(),
                    t.missed()));
            for (GoldEvent g : a.missed()) {
                out.println("   missed " + g.source() + "->" + g.target() + " " + String.join("/", g.roots()) + "  "
                        + g.quote().substring(0, Math.min(90, g.quote().length())));
            }
            for (Scorer.Triple w : a.wrong()) {
                out.println("   wrong  " + w);
            }
        }
    }
}
