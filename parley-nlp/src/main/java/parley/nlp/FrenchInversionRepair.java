package parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import parley.model.Token;

/**
 * In reported speech French puts the subject after the verb: a clitic ("a-t-il déclaré", "estime-t-elle") or,
 * after the words quoted, a noun phrase ("« C'est inacceptable », a dénoncé le ministre"). CoreNLP's French
 * parser often reads it as the verb's object; it is the subject.
 */
final class FrenchInversionRepair {
    private static final Set<String> SUBJECT_CLITICS = Set.of("il", "elle", "ils", "elles", "on");

    List<Token> repair(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (Token t : tokens) {
            if (isSubjectAfterQuotedWords(tokens, t)) {
                out.set(t.index(), withRelation(t, t.lemma(), "nsubj"));
            }
            String word = t.text().toLowerCase(Locale.ROOT);
            String clitic = word.startsWith("-t-") ? word.substring(3) : word.startsWith("-") ? word.substring(1) : null;
            if (clitic == null || !SUBJECT_CLITICS.contains(clitic) || t.head() < 0 || t.deprel().startsWith("nsubj")
                    || !tokens.get(t.head()).isVerb()) {
                continue;
            }
            out.set(t.index(), withRelation(t, clitic, "nsubj"));
        }
        return quotedClausesRead(out);
    }

    /**
     * « Le Liban en payera le prix », a-t-il menacé: with the subject after the verb, a subject before it is the quoted
     * clause's, which the parser hung on the verb of saying. That clause becomes the verb's complement again.
     */
    private static List<Token> quotedClausesRead(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (Token verb : tokens) {
            // the verb's group starts at its first auxiliary: "a-t-il menacé" has its subject inside it
            int start = verb.index();
            for (Token c : tokens) {
                start = c.head() == verb.index() && c.deprel().startsWith("aux") ? Math.min(start, c.index()) : start;
            }
            Token before = null;
            boolean after = false;
            for (Token c : tokens) {
                if (c.head() == verb.index() && c.deprel().startsWith("nsubj")) {
                    before = c.index() < start && before == null ? c : before;
                    after |= c.index() > start;
                }
            }
            if (!verb.isVerb() || before == null || !after) {
                continue;
            }
            Token clause = null;
            for (Token c : tokens) {
                if (c.head() == before.index() && c.isVerb() && c.deprel().startsWith("acl")) {
                    clause = c;
                }
            }
            if (clause == null) {
                out.set(before.index(), withHead(before, verb.index(), "ccomp"));
            } else {
                out.set(clause.index(), withHead(clause, verb.index(), "ccomp"));
                out.set(before.index(), withHead(before, clause.index(), "nsubj"));
            }
        }
        return out;
    }

    private static Token withHead(Token t, int head, String rel) {
        return new Token(t.index(), t.text(), t.lemma(), t.upos(), t.ner(), t.begin(), t.end(), head, rel, t.feats());
    }

    /** The object of a verb that has no subject and follows the clause it reports: "« ... », a dénoncé X". */
    private static boolean isSubjectAfterQuotedWords(List<Token> tokens, Token t) {
        if (!t.deprel().equals("obj") || t.head() < 0 || t.head() > t.index()) {
            return false;
        }
        Token verb = tokens.get(t.head());
        boolean reportsBefore = false;
        for (Token c : tokens) {
            if (c.head() == verb.index() && c.deprel().startsWith("nsubj")) {
                return false;
            }
            reportsBefore |= c.head() == verb.index() && c.deprel().equals("ccomp") && c.index() < verb.index();
        }
        return verb.isVerb() && reportsBefore;
    }

    private static Token withRelation(Token t, String lemma, String rel) {
        return new Token(t.index(), t.text(), lemma, t.upos(), t.ner(), t.begin(), t.end(), t.head(), rel, t.feats());
    }
}
