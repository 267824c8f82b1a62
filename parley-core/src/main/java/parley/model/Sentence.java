package parley.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed sentence: tokens with a dependency tree over them.
 *
 * @param index position of the sentence in its article, from 0 (the title, when there is one)
 * @param begin character offset of the sentence in the article's full text
 * @param end character offset after the sentence
 * @param text the sentence as written
 * @param eventCandidate whether the sentence may hold an event, as the parse gate decided from its tags,
 *     lemmas and names before any parse ({@link parley.pipeline.ParseGate}). The coder codes only these; from
 *     the others it reads what needs no parse (names, places, quotation marks), so an analyzer may leave them
 *     unparsed and the events stay the same
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, boolean eventCandidate) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** A sentence that may hold an event (every hand-built parse). */
    public Sentence(int index, int begin, int end, String text, List<Token> tokens) {
        this(index, begin, end, text, tokens, true);
    }

    /**
     * The same words without their dependency tree (every head -1, every relation "dep"): what a sentence the
     * parse gate passed over provides, whether or not it was parsed.
     */
    public Sentence withoutParse() {
        List<Token> bare = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            bare.add(new Token(t.index(), t.text(), t.lemma(), t.upos(), t.ner(), t.begin(), t.end(), -1, "dep",
                    t.feats()));
        }
        return new Sentence(index, begin, end, text, bare, eventCandidate);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /**
     * True for headlines in title case or capitals ("US, Russia Agree to Talk Again", "MISE EN GARDE DE
     * L'ONU"): at least half the words start with a capital, so capitals no longer mark names.
     */
    public boolean isTitleCased() {
        long words = tokens.stream().filter(w -> !w.text().isEmpty() && Character.isLetter(w.text().codePointAt(0)))
                .count();
        long capitalised = tokens.stream()
                .filter(w -> !w.text().isEmpty() && Character.isUpperCase(w.text().codePointAt(0))).count();
        return words > 0 && capitalised * 2 >= words;
    }

    public int size() {
        return tokens.size();
    }

    /** Direct dependents of token {@code i}, in sentence order. */
    public List<Token> children(int i) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == i) {
                out.add(t);
            }
        }
        return out;
    }

    /** Direct dependents of token {@code i} whose relation (or its base) is {@code rel}. */
    public List<Token> children(int i, String rel) {
        List<Token> out = new ArrayList<>();
        for (Token t : children(i)) {
            if (t.deprel().equals(rel) || t.baseRel().equals(rel)) {
                out.add(t);
            }
        }
        return out;
    }

    public boolean hasChild(int i, String rel) {
        return !children(i, rel).isEmpty();
    }

    /** The head of token {@code i}, or null for the root. */
    public Token head(int i) {
        int h = tokens.get(i).head();
        return h < 0 ? null : tokens.get(h);
    }

    /** True when {@code ancestor} dominates {@code i} (or is {@code i}). */
    public boolean dominates(int ancestor, int i) {
        int cur = i;
        for (int guard = 0; cur >= 0 && guard <= tokens.size(); guard++) {
            if (cur == ancestor) {
                return true;
            }
            cur = tokens.get(cur).head();
        }
        return false;
    }

    /** The root token, or the first token when the parse has no root. */
    public Token root() {
        for (Token t : tokens) {
            if (t.head() < 0) {
                return t;
            }
        }
        return tokens.get(0);
    }
}
