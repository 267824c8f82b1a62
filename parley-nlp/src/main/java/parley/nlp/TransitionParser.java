package parley.nlp;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's neural dependency parser (arc-standard transitions chosen by a feed-forward network) with the
 * network scored by {@link ParserNetwork}: the same model, the same configurations and transitions (CoreNLP's
 * own {@link ArcStandard} applies them and says which are legal), the same scores, so the same dependencies as
 * {@code DependencyParser.predict} gives, bit for bit (ParserNetworkTest checks each score; {@code parley bench}
 * compares every parse of its articles). What differs: a step with one legal transition (the first two shifts of every
 * sentence, the root's arc at the end) is taken without the network, and the network is scored faster.
 *
 * <p>CoreNLP keeps the network's weights and its precomputed hidden-layer shares in private fields; they are read
 * once, by reflection, when the parser loads. {@link #of} returns null when they are not where this version of
 * CoreNLP (4.5.10) keeps them, and the caller then uses CoreNLP's own {@code predict}.
 */
final class TransitionParser {
    private final DependencyParser parser;
    private final ArcStandard system;
    private final List<String> transitions;
    private final ParserNetwork network;
    /** Which transitions are legal in each kind of configuration ({@link #kindOf}), filled on first sight. */
    private final AtomicReferenceArray<int[]> legalByKind = new AtomicReferenceArray<>(3 * 2 * 3 * 3);

    /** CoreNLP's own conversion of a transition's label, and of the arcs, to its typed dependencies. */
    private final Method relation;
    private final Method structure;

    private TransitionParser(DependencyParser parser, ArcStandard system, List<String> transitions,
                             ParserNetwork network, Method relation, Method structure) {
        this.parser = parser;
        this.system = system;
        this.transitions = transitions;
        this.network = network;
        this.relation = relation;
        this.structure = structure;
    }

    /**
     * The fast parser over a loaded CoreNLP parser, or null when CoreNLP's internals are not as expected (another
     * version, a model trained with other settings): then CoreNLP's {@code predict} is the one to call.
     */
    static TransitionParser of(DependencyParser parser) {
        try {
            Object system = read(DependencyParser.class, "system", parser);
            Classifier classifier = (Classifier) read(DependencyParser.class, "classifier", parser);
            Object config = read(DependencyParser.class, "config", parser);
            int numCached = config.getClass().getField("numCached").getInt(config);
            if (!(system instanceof ArcStandard arcs) || numCached <= 0 || (boolean) read(Classifier.class, "isTraining", classifier)) {
                return null; // CoreNLP would score without its cache: other rounding than ParserNetwork's
            }
            @SuppressWarnings("unchecked")
            List<String> transitions = (List<String>) read(ParsingSystem.class, "transitions", arcs);
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) read(Classifier.class, "preMap", classifier);
            double[][] saved = (double[][]) read(Classifier.class, "saved", classifier);
            if (saved == null || transitions.size() != classifier.getW2().length) {
                return null;
            }
            ParserNetwork network = new ParserNetwork(classifier.getW1(), classifier.getb1(), classifier.getW2(),
                    classifier.getE(), saved, preMap);
            Method relation = DependencyParser.class.getDeclaredMethod("makeGrammaticalRelation", String.class);
            Method structure = DependencyParser.class.getDeclaredMethod("makeGrammaticalStructure", List.class,
                    TreeGraphNode.class);
            relation.setAccessible(true);
            structure.setAccessible(true);
            return new TransitionParser(parser, arcs, List.copyOf(transitions), network, relation, structure);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object read(Class<?> owner, String field, Object instance) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(field);
        f.setAccessible(true);
        return f.get(instance);
    }

    /**
     * Parses a tagged sentence (CoreNLP's tokens with their tags) as {@code DependencyParser.predict} does, to the
     * same grammatical structure: the arcs become typed dependencies by CoreNLP's own code, which also mends some of
     * them (a subject of a passive verb becomes {@code nsubj:pass}).
     */
    GrammaticalStructure predict(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        double[] scores = new double[transitions.size()];
        double[] hidden = new double[network.hiddenSize()];
        while (!system.isTerminal(c)) {
            if (Thread.interrupted()) { // as CoreNLP's parser checks between transitions
                throw new RuntimeInterruptedException();
            }
            int[] legal = legal(c);
            int best = legal[0];
            if (legal.length > 1) {
                network.score(network.hidden(features(c), hidden), scores);
                double bestScore = Double.NEGATIVE_INFINITY;
                best = -1;
                for (int t : legal) { // legal is in transition order: the first of equal scores wins, as in CoreNLP
                    if (scores[t] > bestScore) {
                        bestScore = scores[t];
                        best = t;
                    }
                }
            }
            system.apply(c, transitions.get(best));
        }
        return structureOf(c, sentence);
    }

    /** The arcs of a finished configuration as CoreNLP's predict turns them into a grammatical structure. */
    private GrammaticalStructure structureOf(Configuration c, CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>();
        try {
            for (int k = 1; k <= c.getSentenceSize(); k++) {
                int head = c.getHead(k);
                IndexedWord word = new IndexedWord(tokens.get(k - 1));
                IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
                GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT
                        : (GrammaticalRelation) relation.invoke(parser, c.getLabel(k));
                dependencies.add(new TypedDependency(rel, governor, word));
            }
            return (GrammaticalStructure) structure.invoke(parser, dependencies, new TreeGraphNode(root));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's parser could not build its grammatical structure", e);
        }
    }

    /** For ParserNetworkTest: the network, CoreNLP's transition system and its transitions. */
    ParserNetwork network() {
        return network;
    }

    ArcStandard system() {
        return system;
    }

    List<String> transitions() {
        return transitions;
    }

    int[] features(Configuration c) {
        List<Integer> list = parser.getFeatures(c);
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    /**
     * The transitions CoreNLP's arc-standard system allows in this configuration, in transition order. Which are
     * legal depends only on the stack's size (1, 2, more), whether the buffer is empty, and whether each of the two
     * top stack items is missing, the root or a word: the answer for each such kind is asked of CoreNLP once.
     */
    private int[] legal(Configuration c) {
        int kind = kindOf(c);
        int[] known = legalByKind.get(kind);
        if (known == null) {
            known = java.util.stream.IntStream.range(0, transitions.size())
                    .filter(t -> system.canApply(c, transitions.get(t))).toArray();
            legalByKind.set(kind, known);
        }
        return known;
    }

    private static int kindOf(Configuration c) {
        int stack = Math.min(c.getStackSize(), 3) - 1;
        int buffer = c.getBufferSize() > 0 ? 1 : 0;
        return ((stack * 2 + buffer) * 3 + Integer.signum(c.getStack(0)) + 1) * 3 + Integer.signum(c.getStack(1)) + 1;
    }
}
