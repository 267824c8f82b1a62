package parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import parley.model.AnalyzedArticle;
import parley.model.Article;
import parley.model.Sentence;
import parley.model.Token;
import parley.pipeline.Analyzer;

/**
 * The only place CoreNLP types are used: runs Stanford CoreNLP (tokenize, ssplit, mwt for French, POS,
 * NER, UD dependency parse) and turns its output into Parley's parse model. One pipeline per language,
 * built on first use and then reused (loading takes seconds; parsing is thread-safe per document).
 */
public final class CoreNlpAnalyzer implements Analyzer {
    private final Map<String, StanfordCoreNLP> pipelines = new HashMap<>();
    private final Map<String, StanfordCoreNLP> parsers = new HashMap<>();
    private final EnglishTagRepair englishTags = new EnglishTagRepair();
    private final FrenchInversionRepair frenchInversions = new FrenchInversionRepair();
    private final ThreadLocal<FrenchLemmatizer> frenchLemmas = ThreadLocal.withInitial(FrenchLemmatizer::new);

    @Override
    public AnalyzedArticle analyze(Article article) {
        String lang = article.lang();
        CoreDocument doc = new CoreDocument(article.fullText());
        pipeline(lang).annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreSentence cs : doc.sentences()) {
            if (lang.equals("en") && englishTags.repair(cs.tokens())) {
                reparse(cs, lang);
            }
            sentences.add(toSentence(sentences.size(), cs, lang, article.fullText()));
        }
        return new AnalyzedArticle(article, lang, sentences);
    }

    /** Loads the pipeline for a language now rather than on the first article. */
    public synchronized StanfordCoreNLP pipeline(String lang) {
        return pipelines.computeIfAbsent(lang, l -> new StanfordCoreNLP(CoreNlpSettings.forLanguage(l)));
    }

    /** Parses a sentence again on the tags it now has (same dependency model, taken from CoreNLP's annotator cache). */
    private void reparse(CoreSentence cs, String lang) {
        Annotation one = new Annotation(cs.text());
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(cs.coreMap()));
        parserOnly(lang).annotate(one);
    }

    private synchronized StanfordCoreNLP parserOnly(String lang) {
        return parsers.computeIfAbsent(lang, l -> {
            Properties p = CoreNlpSettings.forLanguage(l);
            p.setProperty("annotators", "depparse");
            return new StanfordCoreNLP(p, false);
        });
    }

    private Sentence toSentence(int index, CoreSentence cs, String lang, String text) {
        List<CoreLabel> labels = cs.tokens();
        SemanticGraph graph = cs.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        int[] heads = new int[labels.size()];
        String[] rels = new String[labels.size()];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "root");
        if (graph != null) {
            for (SemanticGraphEdge e : graph.edgeListSorted()) {
                int dep = e.getDependent().index() - 1;
                heads[dep] = e.getGovernor().index() - 1;
                rels[dep] = e.getRelation().toString();
            }
            for (IndexedWord root : graph.getRoots()) {
                heads[root.index() - 1] = -1;
                rels[root.index() - 1] = "root";
            }
        }
        List<Token> tokens = new ArrayList<>();
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
            tokens.add(new Token(i, l.word(), lemma, upos, ner, l.beginPosition(), l.endPosition(),
                    heads[i], rels[i], feats));
        }
        if (lang.equals("fr")) {
            tokens = new FrenchParticipleRepair(frenchLemmas.get()).repair(tokens);
            tokens = frenchInversions.repair(tokens);
        }
        int begin = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
        int end = labels.isEmpty() ? 0 : labels.get(labels.size() - 1).endPosition();
        return new Sentence(index, begin, end, text.substring(begin, end), tokens);
    }

    /**
     * CoreNLP leaves proper nouns unlemmatised; a capitalised common noun at the start of a sentence or in
     * a headline ("Sanctions were imposed...") is tagged NNPS, so proper nouns get a noun lemma too.
     */
    private static String englishLemma(CoreLabel l) {
        String tag = l.tag() == null ? "" : l.tag();
        if (tag.startsWith("NNP")) {
            return Morphology.lemmaStatic(l.word().toLowerCase(Locale.ROOT), tag.equals("NNPS") ? "NNS" : "NN");
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
