package parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parley.model.Token;

/**
 * Mends two frequent errors of CoreNLP's French models around past participles. In "ils ont défilé", the
 * participle is tagged as a noun and parsed as the object of "ont", which becomes the main verb. In "se sont
 * entretenus" or "ont été tués", it is tagged as an adjective with "être" as its copula. In both, a word the
 * dictionary knows as a past participle becomes the verb: it takes the auxiliary's place in the tree (its
 * head, relation and dependents), and the auxiliary hangs on it.
 */
final class FrenchParticipleRepair {
    private static final Set<String> AUXILIARIES = Set.of("avoir", "être");

    private final FrenchLemmatizer lemmas;

    FrenchParticipleRepair(FrenchLemmatizer lemmas) {
        this.lemmas = lemmas;
    }

    List<Token> repair(List<Token> tokens) {
        List<Token> out = adjectivalParticiples(tokens);
        for (Token t : tokens) {
            if (!t.deprel().equals("obj") || t.upos().equals("VERB") || t.head() < 0) {
                continue;
            }
            Token aux = out.get(t.head());
            String verb = lemmas.participleOf(t.text());
            if (verb == null || !AUXILIARIES.contains(aux.lemma()) || !aux.upos().equals("VERB")
                    || aux.index() > t.index()) {
                continue;
            }
            swap(out, aux, t, verb);
        }
        return out;
    }

    /**
     * "se sont entretenus", "ont été tués": a participle tagged as an adjective after a copula is a verb; the
     * copula is its auxiliary (a passive one unless the verb is pronominal).
     */
    private List<Token> adjectivalParticiples(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (Token t : tokens) {
            String verb = t.upos().equals("ADJ") ? lemmas.participleOf(t.text()) : null;
            List<Token> copulas = tokens.stream().filter(c -> c.head() == t.index() && c.deprel().equals("cop")
                    && c.lemma().equals("être")).toList();
            if (verb == null || copulas.isEmpty()) {
                continue;
            }
            boolean pronominal = tokens.stream().anyMatch(c -> c.head() == t.index() && c.lemma().equals("se"));
            out.set(t.index(), new Token(t.index(), t.text(), verb, "VERB", t.ner(), t.begin(), t.end(), t.head(),
                    t.deprel(), Map.of("VerbForm", "Part")));
            for (Token c : copulas) {
                out.set(c.index(), withHead(c, t.index(), pronominal ? "aux" : "aux:pass"));
            }
            if (!pronominal) {
                for (Token subject : tokens) {
                    if (subject.head() == t.index() && subject.deprel().equals("nsubj")) {
                        out.set(subject.index(), withHead(subject, t.index(), "nsubj:pass"));
                    }
                }
            }
        }
        return out;
    }

    private static void swap(List<Token> out, Token aux, Token participle, String verb) {
        for (int i = 0; i < out.size(); i++) {
            Token d = out.get(i);
            if (d.head() == aux.index() && d.index() != participle.index()) {
                out.set(i, withHead(d, participle.index(), d.deprel()));
            }
        }
        Token p = out.get(participle.index());
        out.set(p.index(), new Token(p.index(), p.text(), verb, "VERB", p.ner(), p.begin(), p.end(), aux.head(),
                aux.deprel(), p.feats()));
        Token a = out.get(aux.index());
        out.set(a.index(), new Token(a.index(), a.text(), a.lemma(), "AUX", a.ner(), a.begin(), a.end(),
                participle.index(), "aux", a.feats()));
    }

    private static Token withHead(Token t, int head, String deprel) {
        return new Token(t.index(), t.text(), t.lemma(), t.upos(), t.ner(), t.begin(), t.end(), head, deprel, t.feats());
    }
}
