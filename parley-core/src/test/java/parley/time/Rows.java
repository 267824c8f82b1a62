package parley.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parley.model.Sentence;
import parley.model.Token;

/**
 * Builds parsed sentences by hand, so dates are tested without CoreNLP. Each token is one row:
 * {@code word lemma UPOS head relation [NER]}, head counted from 1 (0 for the root), as in CoNLL-U.
 */
final class Rows {

    private Rows() {
    }

    static Sentence sentence(String... rows) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].trim().split("\\s+");
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(f[0]);
            tokens.add(new Token(i, f[0], f[1], f[2], f.length > 5 ? f[5] : "O", begin, begin + f[0].length(),
                    Integer.parseInt(f[3]) - 1, f[4], Map.of()));
        }
        return new Sentence(0, 0, text.length(), text.toString(), tokens);
    }
}
