package parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import parley.model.AnalyzedArticle;
import parley.model.Article;
import parley.model.Sentence;
import parley.model.Token;
import parley.pipeline.Analyzer;
import parley.pipeline.ParseGate;
import parley.coding.StopRequest;

/**
 * The only place CoreNLP types are used: runs Stanford CoreNLP (tokenize, ssplit, mwt for French, POS,
 * NER, UD dependency parse) and turns its output into Parley's parse model. The dependency parse, most of
 * the time, runs only on the sentences the {@link ParseGate} lets through; the others keep their words, tags,
 * lemmas and names. One tagging and one parsing pipeline per language, built on first use and shared by every
 * thread (CoreNLP's annotators are safe to call from several threads at once; the French lemmatiser is not,
 * so each thread has its own).
 */
public final class CoreNlpAnalyzer implements Analyzer {
    /** Sentences tagged between two checks for a stop request. */
    private static final int TAGGING_CHUNK = 50;
    /** Shared by every analyzer of the JVM (gated or not): the models are read-only once loaded. */
    private static final Map<String, Models> MODELS = Map.of("fr", new Models("fr"), "en", new Models("en"));
    private final EnglishTagRepair englishTags = new EnglishTagRepair();
    private final FrenchInversionRepair frenchInversions = new FrenchInversionRepair();
    private final ThreadLocal<FrenchLemmatizer> frenchLemmas = ThreadLocal.withInitial(FrenchLemmatizer::new);
    private final ParseGate gate;
    private final boolean coreNlpScoring;

    /** Parses every sentence and lets the coder read every parse: the analysis before parse gating. */
    public CoreNlpAnalyzer() {
        this(ParseGate.EVERY_SENTENCE);
    }

    /** @param gate which sentences may hold an event (the others are not parsed) */
    public CoreNlpAnalyzer(ParseGate gate) {
        this(gate, false);
    }

    /**
     * @param gate which sentences may hold an event (the others are not parsed)
     * @param coreNlpScoring score the parser's network with CoreNLP's own code rather than {@link TransitionParser}'s
     *     (the same parses, slower): CoreNLP as it comes, the baseline {@code parley bench} measures against
     */
    public CoreNlpAnalyzer(ParseGate gate, boolean coreNlpScoring) {
        this.gate = gate;
        this.coreNlpScoring = coreNlpScoring;
    }

    @Override
    public AnalyzedArticle analyze(Article article) {
        String lang = article.lang();
        String text = article.fullText();
        List<CoreSentence> all = tagged(lang, modelText(lang, text));
        boolean[] candidate = new boolean[all.size()];
        List<Sentence> bare = new ArrayList<>(all.size());
        Map<Integer, Tree> trees = new HashMap<>();
        Function<Token, String> participles = participleVerbs(lang);
        for (int i = 0; i < all.size(); i++) {
            // the parser is called directly, outside CoreNLP's pipeline: checking whether the article's time budget
            // (the API's ingest queue) is spent is ours to do
            StopRequest.check("analysing article", article.id());
            CoreSentence cs = all.get(i);
            if (lang.equals("en")) {
                englishTags.repair(cs.tokens()); // before the parse, so that it reads the mended tags
            }
            bare.add(unparsed(i, cs, lang, text));
            candidate[i] = gate.mayHoldEvent(bare.get(i), lang, participles);
            if (candidate[i]) {
                Parsers parsers = parsers(lang);
                trees.put(i, coreNlpScoring ? parsers.coreNlpParse(cs.coreMap()) : parsers.parse(cs.coreMap()));
            }
        }
        List<Sentence> sentences = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            sentences.add(withTree(bare.get(i), trees.get(i), lang, candidate[i]));
        }
        return new AnalyzedArticle(article, lang, sentences);
    }

    /**
     * The text as the models read it. CoreNLP's French models know elision only with the plain apostrophe:
     * "l’Etat" came out as a preposition and a name, "l’Irlande" as a foreign word. The typographic one is replaced
     * for the models only (one character for one, so offsets hold); sentences keep the text as written.
     */
    private static String modelText(String lang, String text) {
        return lang.equals("fr") ? text.replace('\u2019', '\'') : text;
    }

    /** The text split into sentences, tagged and named: CoreNLP's part of the work before any parse. */
    List<CoreSentence> tagged(String lang, String text) {
        try {
            CoreDocument doc = new CoreDocument(text);
            models(lang).splitter().annotate(doc);
            List<CoreSentence> all = doc.sentences();
            tagInChunks(lang, text, all);
            return all;
        } catch (RuntimeInterruptedException e) {
            // CoreNLP saw the interrupt of a stop request first: the request is taken here, as the work stops
            StopRequest.check("tagging");
            throw e;
        }
    }

    /**
     * Tags and names the sentences a few at a time, checking between chunks for a {@link StopRequest}: tagging a
     * 2 MB article is a minute of work that an article's time budget (the API's ingest queue) must be able to
     * stop, and CoreNLP's own interrupt checks do not stop it (its NER swallows an interrupt). The tagger and NER read one sentence at a time, so the
     * chunks get the tags and names the whole document would.
     */
    private void tagInChunks(String lang, String text, List<CoreSentence> all) {
        StanfordCoreNLP tagger = tagger(lang);
        for (int from = 0; from < all.size(); from += TAGGING_CHUNK) {
            StopRequest.check("tagging");
            List<CoreMap> sentences = new ArrayList<>();
            List<CoreLabel> tokens = new ArrayList<>();
            for (CoreSentence cs : all.subList(from, Math.min(all.size(), from + TAGGING_CHUNK))) {
                sentences.add(cs.coreMap());
                tokens.addAll(cs.tokens());
            }
            Annotation chunk = new Annotation(text);
            chunk.set(CoreAnnotations.SentencesAnnotation.class, sentences);
            chunk.set(CoreAnnotations.TokensAnnotation.class, tokens);
            tagger.annotate(chunk);
        }
    }

    /**
     * Loads the models of these languages now rather than on the first article, one thread per language (the
     * parser's start-up, reading its model and precomputing its first layer, takes most of the time).
     */
    public void load(String... langs) {
        List<Thread> loading = new ArrayList<>();
        for (String lang : langs) {
            Thread t = new Thread(() -> {
                models(lang).splitter();
                tagger(lang);
                parsers(lang);
            }, "parley-load-" + lang);
            t.start();
            loading.add(t);
        }
        for (Thread t : loading) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The models of one language, loaded on first use; two languages load at the same time. */
    private static final class Models {
        private final String lang;
        private StanfordCoreNLP splitter;
        private StanfordCoreNLP tagger;
        private Parsers parsers;

        Models(String lang) {
            this.lang = lang;
        }

        synchronized StanfordCoreNLP splitter() {
            if (splitter == null) {
                splitter = new StanfordCoreNLP(CoreNlpSettings.splitting(lang));
            }
            return splitter;
        }

        synchronized StanfordCoreNLP tagger() {
            if (tagger == null) {
                // its annotators' requirements (tokens, sentences) are met by the splitter, run before it
                tagger = new StanfordCoreNLP(CoreNlpSettings.tagging(lang), false);
            }
            return tagger;
        }

        synchronized Parsers parsers() {
            if (parsers == null) {
                DependencyParser coreNlp = DependencyParser.loadFromModelFile(
                        CoreNlpSettings.forLanguage(lang).getProperty("depparse.model"), new Properties());
                parsers = new Parsers(coreNlp, TransitionParser.of(coreNlp));
            }
            return parsers;
        }
    }

    /** A sentence's tree: for each word (from 0), the index of its head (-1 for the root) and the relation's name. */
    private record Tree(int[] heads, String[] relations) {
    }

    /** CoreNLP's parser of a language, and Parley's scoring of its network when CoreNLP's internals allow it. */
    private record Parsers(DependencyParser coreNlp, TransitionParser fast) {
        Tree parse(CoreMap sentence) {
            return fast != null ? treeOf(fast.predict(sentence), sentence) : coreNlpParse(sentence);
        }

        Tree coreNlpParse(CoreMap sentence) {
            return treeOf(coreNlp.predict(sentence), sentence);
        }
    }

    /** CoreNLP's typed dependencies as heads and relation names (the root's head is -1). */
    private static Tree treeOf(GrammaticalStructure tree, CoreMap sentence) {
        int size = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
        int[] heads = new int[size];
        String[] rels = new String[size];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "root");
        for (TypedDependency d : tree.typedDependencies()) {
            int dep = d.dep().index() - 1;
            heads[dep] = d.gov().index() - 1; // the root's governor is the fake word 0: -1
            rels[dep] = d.reln().toString();
        }
        return new Tree(heads, rels);
    }

    /**
     * Parses every sentence of the article with CoreNLP's own parser and with Parley's scoring of its network
     * ({@link TransitionParser}), and returns where their trees differ (nowhere, expected), one line per word:
     * the proof, on any text, that the faster parse is the same parse. Sentences are tagged as for coding.
     */
    public List<String> parsedDifferently(Article article) {
        String lang = article.lang();
        List<String> differ = new ArrayList<>();
        List<CoreSentence> all = tagged(lang, modelText(lang, article.fullText()));
        for (int i = 0; i < all.size(); i++) {
            CoreSentence cs = all.get(i);
            if (lang.equals("en")) {
                englishTags.repair(cs.tokens());
            }
            Tree ours = parsers(lang).parse(cs.coreMap());
            Tree theirs = parsers(lang).coreNlpParse(cs.coreMap());
            for (int k = 0; k < ours.heads().length; k++) {
                if (ours.heads()[k] != theirs.heads()[k] || !ours.relations()[k].equals(theirs.relations()[k])) {
                    differ.add(article.id() + " sentence " + i + " word " + k + " '" + cs.tokens().get(k).word()
                            + "': head " + ours.heads()[k] + " " + ours.relations()[k] + ", CoreNLP's head "
                            + theirs.heads()[k] + " " + theirs.relations()[k] + " in: " + cs.text());
                }
            }
        }
        return differ;
    }

    /** Whether the parser of this language scores with {@link TransitionParser} (else with CoreNLP's predict). */
    public boolean fastParser(String lang) {
        return parsers(lang).fast() != null;
    }

    private Models models(String lang) {
        Models m = MODELS.get(lang);
        if (m == null) {
            throw new IllegalArgumentException("no CoreNLP pipeline for language " + lang);
        }
        return m;
    }

    /** Tags, lemmas (English) and names of sentences already split: everything but the parse. */
    private StanfordCoreNLP tagger(String lang) {
        return models(lang).tagger();
    }

    /**
     * CoreNLP's neural dependency parser, called directly on tagged sentences: its annotator would also derive
     * the collapsed and enhanced graphs, a tenth of the whole time, which Parley does not read. The basic
     * dependencies are the same (checked on the dev texts: every relation of 841 sentences). The network is scored
     * by {@link TransitionParser}, to the same parse.
     */
    private Parsers parsers(String lang) {
        return models(lang).parsers();
    }

    /** French words the tagger read as adjectives or nouns that may be past participles ("tués", "défilé"). */
    private Function<Token, String> participleVerbs(String lang) {
        if (!lang.equals("fr")) {
            return t -> null;
        }
        FrenchLemmatizer lemmas = frenchLemmas.get();
        return t -> t.upos().equals("VERB") ? null : lemmas.participleOf(t.text());
    }

    /** Parley's sentence from CoreNLP's, before any parse: words, tags, lemmas, names and features. */
    private Sentence unparsed(int index, CoreSentence cs, String lang, String text) {
        List<CoreLabel> labels = cs.tokens();
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String upos = lang.equals("en") ? PennToUniversal.map(l.tag(), l.word()) : l.tag();
            String lemma = lang.equals("fr") ? frenchLemmas.get().lemma(l.word(), upos) : englishLemma(l);
            String ner = NerLabels.normalise(l.ner());
            Map<String, String> feats = features(l);
            if (lang.equals("fr") && (upos.equals("VERB") || upos.equals("AUX")) && feats.isEmpty()) {
                feats = frenchLemmas.get().verbFeatures(l.word());
            }
            if (lang.equals("en") && ("VBG".equals(l.tag()) || "VBN".equals(l.tag()))) {
                feats = Map.of("VerbForm", "Part");
            }
            tokens.add(new Token(i, l.word(), lemma, upos, ner, l.beginPosition(), l.endPosition(), -1, "root", feats));
        }
        int begin = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
        int end = labels.isEmpty() ? 0 : labels.get(labels.size() - 1).endPosition();
        return new Sentence(index, begin, end, text.substring(begin, end), tokens, false);
    }

    /**
     * The sentence with the dependency tree CoreNLP gave it, if any, and the gate's decision; mended (French
     * participles and inverted subjects) only when it may hold an event, since the mends read the tree.
     */
    private Sentence withTree(Sentence bare, Tree tree, String lang, boolean candidate) {
        if (tree == null) {
            return new Sentence(bare.index(), bare.begin(), bare.end(), bare.text(), bare.tokens(), candidate);
        }
        int size = bare.size();
        int[] heads = tree.heads();
        String[] rels = tree.relations();
        List<Token> tokens = new ArrayList<>(size);
        for (Token t : bare.tokens()) {
            tokens.add(new Token(t.index(), t.text(), t.lemma(), t.upos(), t.ner(), t.begin(), t.end(),
                    heads[t.index()], rels[t.index()], t.feats()));
        }
        if (lang.equals("fr") && candidate) {
            tokens = new FrenchParticipleRepair(frenchLemmas.get()).repair(tokens);
            tokens = frenchInversions.repair(tokens);
        }
        return new Sentence(bare.index(), bare.begin(), bare.end(), bare.text(), tokens, candidate);
    }

    /**
     * CoreNLP's English lemmatiser, one per thread: its shared form ({@code Morphology.lemmaStatic}) is
     * synchronized, and coding threads waited for each other there.
     */
    private static final ThreadLocal<Morphology> MORPHOLOGY = ThreadLocal.withInitial(Morphology::new);

    /**
     * CoreNLP leaves proper nouns unlemmatised; a capitalised common noun at the start of a sentence or in
     * a headline ("Sanctions were imposed...") is tagged NNPS, so proper nouns get a noun lemma too.
     */
    private static String englishLemma(CoreLabel l) {
        String tag = l.tag() == null ? "" : l.tag();
        if (tag.startsWith("NNP")) {
            return MORPHOLOGY.get().lemma(l.word().toLowerCase(Locale.ROOT), tag.equals("NNPS") ? "NNS" : "NN");
        }
        return (l.lemma() == null ? l.word() : l.lemma()).toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> features(CoreLabel l) {
        Map<String, String> feats = new HashMap<>();
        var conllu = l.get(CoreAnnotations.CoNLLUFeats.class);
        if (conllu != null) {
            conllu.forEach(feats::put);
        }
        return feats;
    }
}
