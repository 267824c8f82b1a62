package parley.app;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import parley.source.ArticleReader;
import parley.source.PageFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes articles and writes their events as JSON lines (format: docs/events.md).",
                "Bad items are reported on stderr, naming the item; the rest of the batch is coded.",
                "Exit code 0 when at least one article was coded (or there was nothing to read), 1 otherwise."})
final class CodeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files (.txt: one article, first line + blank line is the title; .json: one article;"
                    + " .jsonl: one article per line with id, title, text, published, url, lang; .html/.htm pages;"
                    + " .warc/.warc.gz archives; .rss/.atom feeds), folders of such files, http/https URLs of pages"
                    + " or feeds, or - for standard input. The kind is known from the content first, then the name.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write events here instead of standard output.")
    Path out;

    @Option(names = "--petrarch", paramLabel = "FILE",
            description = "A PETRARCH/Phoenix actors or agents dictionary to merge over Parley's own (repeatable).")
    List<Path> petrarch = new ArrayList<>();

    @Option(names = "--allow-private",
            description = "Allow URLs on loopback, private and link-local addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--lang", paramLabel = "fr|en",
            description = "Language of every article, overriding detection and the records' own lang field.")
    String lang;

    @Option(names = "--all-modes",
            description = "Also output negated, hypothetical, future, failed, denied and questioned events"
                    + " (field mode says which).")
    boolean allModes;

    @Option(names = "--untargeted",
            description = "Also output events whose target the text does not name (target null).")
    boolean untargeted;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr when writing to --out (default: ${DEFAULT-VALUE}).")
    boolean progress;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Override
    public Integer call() throws IOException {
        Engine.importPetrarch(petrarch);
        if (lang != null && !lang.equals("fr") && !lang.equals("en")) {
            System.err.println("parley: --lang must be fr or en, not " + lang);
            return 2;
        }
        int n;
        try {
            n = threads.checked();
        } catch (IllegalArgumentException e) {
            System.err.println("parley: " + e.getMessage());
            return 2;
        }
        BatchCoder.Summary summary;
        if (out == null) {
            summary = new BatchCoder(Engine.parley(allModes, untargeted), System.out, System.err, false, n)
                    .run(inputs, new ArticleReader(lang, PageFetcher.Settings.defaults().withAllowPrivate(allowPrivate)));
        } else {
            try (PrintStream file = new PrintStream(new FileOutputStream(out.toFile()), false, StandardCharsets.UTF_8)) {
                summary = new BatchCoder(Engine.parley(allModes, untargeted), file, System.err, progress, n)
                        .run(inputs, new ArticleReader(lang, PageFetcher.Settings.defaults().withAllowPrivate(allowPrivate)));
            }
        }
        System.err.println(summary);
        return summary.coded() == 0 && summary.read() > 0 ? 1 : 0;
    }
}
