package parley.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parley's scoring of CoreNLP's parser network gives CoreNLP's scores, to the bit, and so its trees: each sample
 * article of a language is tagged, then parsed transition by transition, Parley's score of every transition compared
 * with CoreNLP's own {@code Classifier.computeScores} at every step; the typed dependencies (relation, governor,
 * dependent) are compared with {@code DependencyParser.predict}'s.
 */
class ParserNetworkTest {

    @ParameterizedTest
    @CsvSource({"fr, samples/fr-001.txt", "en, samples/en-003.txt"})
    void everyScoreAndEveryTreeIsCoreNlps(String lang, String sample) throws Exception {
        Properties props = CoreNlpSettings.forLanguage(lang);
        props.setProperty("annotators", lang.equals("fr") ? "tokenize,ssplit,mwt,pos" : "tokenize,ssplit,pos");
        CoreDocument doc = new CoreDocument(Files.readString(home().resolve(sample)));
        new StanfordCoreNLP(props).annotate(doc);
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(props.getProperty("depparse.model"), new Properties());
        TransitionParser ours = TransitionParser.of(coreNlp);
        assertNotNull(ours, "CoreNLP's internals are where TransitionParser reads them");

        Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(coreNlp);
        Method computeScores = Classifier.class.getDeclaredMethod("computeScores", int[].class);
        computeScores.setAccessible(true);
        Method featureArray = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
        featureArray.setAccessible(true);
        ParserNetwork network = ours.network();
        int steps = 0;
        for (CoreSentence s : doc.sentences()) {
            Configuration c = ours.system().initialConfiguration(s.coreMap());
            while (!ours.system().isTerminal(c)) {
                int[] features = (int[]) featureArray.invoke(coreNlp, c);
                assertArrayEquals(features, ours.features(c), "the features CoreNLP scores");
                double[] theirs = (double[]) computeScores.invoke(classifier, (Object) features);
                double[] mine = new double[network.outputs()];
                network.score(network.hidden(features), mine);
                assertArrayEquals(theirs, mine, 0.0, "scores at step " + steps + " of: " + s.text());
                ours.system().apply(c, ours.transitions().get(argmaxLegal(theirs, c, ours)));
                steps++;
            }
            assertEquals(dependencies(coreNlp.predict(s.coreMap())), dependencies(ours.predict(s.coreMap())), s.text());
        }
        assertTrue(steps > 300, "transitions compared: " + steps);
    }

    /** Each typed dependency as CoreNLP prints it: relation(governor-index, dependent-index). */
    private static List<String> dependencies(GrammaticalStructure structure) {
        return structure.typedDependencies().stream().map(TypedDependency::toString).toList();
    }

    private static int argmaxLegal(double[] scores, Configuration c, TransitionParser parser) {
        int best = -1;
        for (int t = 0; t < scores.length; t++) {
            if ((best < 0 || scores[t] > scores[best]) && parser.system().canApply(c, parser.transitions().get(t))) {
                best = t;
            }
        }
        return best;
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static Path home() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("samples"))) {
            p = p.getParent();
        }
        assertNotNull(p, "the repository's samples folder");
        return p;
    }
}
