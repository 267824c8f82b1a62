package parley.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import parley.kb.KnowledgeBase;
import parley.kb.petrarch.ImportReport;
import parley.kb.petrarch.PetrarchImport;
import parley.nlp.CoreNlpAnalyzer;
import parley.nlp.LinguaGuesser;
import parley.pipeline.LexiconGate;
import parley.pipeline.Parley;

/** Builds the parts of Parley a command needs, once: knowledge files, CoreNLP, language detection. */
public final class Engine {
    private static KnowledgeBase knowledge;
    private static CoreNlpAnalyzer analyzer;
    private static CoreNlpAnalyzer fullAnalyzer;
    private static CoreNlpAnalyzer coreNlpAlone;
    private static LinguaGuesser guesser;

    private Engine() {
    }

    public static synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            knowledge = KnowledgeBase.bundled();
        }
        return knowledge;
    }

    /** The analyzer the coder uses: only sentences that may hold an event are parsed (parley.pipeline.LexiconGate). */
    public static synchronized CoreNlpAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new CoreNlpAnalyzer(new LexiconGate(knowledge()));
        }
        return analyzer;
    }

    /**
     * Every sentence parsed and read by the coder, as before parse gating: for the parse command and the actor
     * benchmark, which read the arguments of every sentence. Shares CoreNLP's models with {@link #analyzer()}.
     */
    public static synchronized CoreNlpAnalyzer fullAnalyzer() {
        if (fullAnalyzer == null) {
            fullAnalyzer = new CoreNlpAnalyzer();
        }
        return fullAnalyzer;
    }

    /**
     * Every sentence parsed, with CoreNLP's own scoring of its parser's network (Parley's gives the same parses,
     * faster): CoreNLP as it comes, the baseline of the bench command.
     */
    public static synchronized CoreNlpAnalyzer coreNlpAlone() {
        if (coreNlpAlone == null) {
            coreNlpAlone = new CoreNlpAnalyzer(parley.pipeline.ParseGate.EVERY_SENTENCE, true);
        }
        return coreNlpAlone;
    }

    public static synchronized LinguaGuesser guesser() {
        if (guesser == null) {
            guesser = new LinguaGuesser();
        }
        return guesser;
    }

    /**
     * Merges PETRARCH/Phoenix actor or agent dictionaries over the bundled knowledge (Parley's own entries
     * win); says on stderr what was added and skipped.
     */
    public static synchronized void importPetrarch(List<Path> files) throws IOException {
        for (Path f : files) {
            ImportReport report = PetrarchImport.addTo(knowledge().actors(), knowledge().language("en"), f);
            System.err.println("parley: " + report.summary());
        }
    }

    public static Parley parley(boolean allModes, boolean untargeted) {
        return new Parley(analyzer(), guesser(), knowledge(), allModes, untargeted);
    }

    /** The default: asserted events with a source and a target. */
    public static Parley parley() {
        return parley(false, false);
    }
}
