package parley.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * CoreNLP properties for each language Parley reads: the annotators that run on every sentence (the
 * dependency parser, {@code depparse.model}, is called apart, on the sentences that may hold an event).
 */
final class CoreNlpSettings {

    private CoreNlpSettings() {
    }

    /** Tokens, sentences and (French) multiword tokens: the whole article at once, cheap. */
    static Properties splitting(String lang) {
        Properties p = forLanguage(lang);
        p.setProperty("annotators", lang.equals("fr") ? "tokenize,ssplit,mwt" : "tokenize,ssplit");
        return p;
    }

    /** Tags, lemmas (English) and names, on sentences the splitter made: run a chunk at a time. */
    static Properties tagging(String lang) {
        Properties p = forLanguage(lang);
        p.setProperty("annotators", lang.equals("fr") ? "pos,ner" : "pos,lemma,ner");
        return p;
    }

    static Properties forLanguage(String lang) {
        Properties p = switch (lang) {
            case "fr" -> french();
            case "en" -> english();
            default -> throw new IllegalArgumentException("no CoreNLP pipeline for language " + lang);
        };
        // A blank line ends a sentence: keeps headlines and page furniture out of the next sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    private static Properties french() {
        Properties p = new Properties();
        try (InputStream in = CoreNlpSettings.class.getClassLoader()
                .getResourceAsStream("StanfordCoreNLP-french.properties")) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP French models missing from the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
        return p;
    }

    private static Properties english() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // One NER model instead of three: the 4-class CoNLL model finds people, places and
        // organisations, which is all the coder reads, at a fraction of the cost.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return p;
    }
}
