package parley.app;

import java.util.List;
import java.util.concurrent.Callable;
import parley.model.AnalyzedArticle;
import parley.model.Article;
import parley.model.Sentence;
import parley.model.Token;
import parley.source.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Prints the parse Parley codes from (CoNLL-U-like: index, word, lemma, UPOS, NER, head,"
                + " relation), to see why a sentence was or was not coded.")
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles, as for the code command.")
    List<String> inputs;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Language, overriding detection.")
    String lang;

    @Override
    public Integer call() {
        for (Article article : new ArticleReader(lang).articles(inputs, System.err)) {
            String l = article.lang() != null ? article.lang()
                    : Engine.guesser().guess(article.fullText()).orElse("en");
            AnalyzedArticle a = Engine.analyzer().analyze(article.withLang(l));
            System.out.println("# article " + article.id() + " (" + l + ")");
            for (Sentence s : a.sentences()) {
                System.out.println("# sentence " + s.index() + (s.eventCandidate() ? "" : " (no event word: not parsed)")
                        + ": " + s.text().replace('\n', ' '));
                for (Token t : s.tokens()) {
                    System.out.println((t.index() + 1) + "\t" + t.text() + "\t" + t.lemma() + "\t" + t.upos() + "\t"
                            + t.ner() + "\t" + (t.head() + 1) + "\t" + t.deprel() + "\t" + t.feats());
                }
                System.out.println();
            }
        }
        return 0;
    }
}
