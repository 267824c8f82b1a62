package parley.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parley.model.AnalyzedArticle;
import parley.model.Article;
import parley.model.Sentence;
import parley.model.Token;

/**
 * Builds parsed articles by hand, so the coder is tested without CoreNLP. Each token is one row:
 * {@code word lemma UPOS head relation [NER [Feature=Value]]}, head counted from 1 (0 for the root), as in
 * CoNLL-U. Shared by the tests of every package of the core.
 */
public final class Parses {

    private Parses() {
    }

    public static Sentence sentence(int index, int offset, String... rows) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].trim().split("\\s+");
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = offset + text.length();
            text.append(f[0]);
            Map<String, String> feats = f.length > 6 ? Map.of(f[6].split("=")[0], f[6].split("=")[1]) : Map.of();
            tokens.add(new Token(i, f[0], f[1], f[2], f.length > 5 ? f[5] : "O", begin, begin + f[0].length(),
                    Integer.parseInt(f[3]) - 1, f[4], feats));
        }
        return new Sentence(index, offset, offset + text.length(), text.toString(), tokens);
    }

    /** An article of the given sentences (each a list of token rows), separated by one space. */
    public static AnalyzedArticle article(String lang, LocalDate date, String[]... sentences) {
        List<Sentence> parsed = new ArrayList<>();
        StringBuilder full = new StringBuilder();
        for (String[] rows : sentences) {
            if (full.length() > 0) {
                full.append(' ');
            }
            Sentence s = sentence(parsed.size(), full.length(), rows);
            full.append(s.text());
            parsed.add(s);
        }
        Article a = new Article("test", null, full.toString(), date, null, lang);
        return new AnalyzedArticle(a, lang, parsed);
    }
}
