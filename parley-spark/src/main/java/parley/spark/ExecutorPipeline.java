package parley.spark;

import parley.kb.KnowledgeBase;
import parley.nlp.CoreNlpAnalyzer;
import parley.nlp.LinguaGuesser;
import parley.pipeline.LexiconGate;
import parley.pipeline.Parley;

/**
 * The coding pipeline of one executor JVM: CoreNLP, language identification and the knowledge files are loaded
 * once, on the first article the JVM codes, and reused by every task and partition after it. Each task thread
 * gets its own {@link Parley} facade (the coder keeps per-article state) over the shared, thread-safe analyzer.
 * Same parts, same settings as the command line's {@code parley.app.Engine}: asserted events with a target.
 */
final class ExecutorPipeline {
    private static CoreNlpAnalyzer analyzer;
    private static LinguaGuesser guesser;
    private static KnowledgeBase knowledge;
    private static final ThreadLocal<Parley> PER_THREAD = ThreadLocal.withInitial(ExecutorPipeline::newFacade);

    private ExecutorPipeline() {
    }

    static Parley parley() {
        return PER_THREAD.get();
    }

    private static synchronized Parley newFacade() {
        if (analyzer == null) {
            knowledge = KnowledgeBase.bundled();
            guesser = new LinguaGuesser();
            analyzer = new CoreNlpAnalyzer(new LexiconGate(knowledge)); // as the command line: parse what may hold an event
        }
        return new Parley(analyzer, guesser, knowledge, false, false);
    }
}
