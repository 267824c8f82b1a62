package parley.coding;

import java.util.ArrayList;
import parley.time.DateLexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parley.kb.EventEntry;
import parley.kb.LanguagePack;
import parley.model.Sentence;
import parley.model.Token;
import parley.text.Fold;

/**
 * Finds the words of a sentence that carry an event, by lemma, from the language's event lexicon.
 * The most specific entry wins ("lever les sanctions" over "lever"); the words it needed are used up,
 * so "sanctions" in "lever les sanctions" does not fire an event of its own. An entry whose code is
 * {@code -} blocks: it matches a phrase that is not an event ("fight corruption") and fires nothing.
 */
final class TriggerFinder {

    /** An event word with the lexicon entry that fired and the dependents it used. */
    record Trigger(Token token, EventEntry entry, Set<Integer> used) {
    }

    List<Trigger> find(Sentence s, LanguagePack lang) {
        List<Trigger> found = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        boolean titleCased = s.isTitleCased();
        DateLexicon dates = DateLexicon.bundled(lang.code());
        for (Token t : s.tokens()) {
            Trigger best = null;
            for (EventEntry e : lang.eventsFor(t.lemma())) {
                if (!posFits(t, e) || (e.isNoun() && !titleCased && writtenAsName(s, t))) {
                    continue;
                }
                Set<Integer> words = requiredWords(s, t, e, dates);
                if (words != null && (best == null || e.specificity() > best.entry().specificity())) {
                    best = new Trigger(t, e, words);
                }
            }
            if (best != null && !best.entry().blocks()) {
                found.add(best);
            }
            if (best != null) {
                used.addAll(best.used());
            }
        }
        found.removeIf(tr -> used.contains(tr.token().index()));
        return found;
    }

    private static boolean posFits(Token t, EventEntry e) {
        return e.takesTag(t.upos())
                || (!e.isNoun() && t.upos().equals("ADJ") && t.feat("VerbForm").equals("Part"));
    }

    /**
     * A capitalised word inside a sentence in ordinary case is a name, not an event noun: "in December and
     * March", "Strike Command". Only asked for sentences in ordinary case: headlines in title case keep their nouns ("Protests Erupt").
     */
    private static boolean writtenAsName(Sentence s, Token t) {
        if (t.index() == 0 || t.text().isEmpty() || !Character.isUpperCase(t.text().codePointAt(0))) {
            return false;
        }
        Token before = s.token(t.index() - 1);
        if (!before.text().isEmpty() && !Character.isLetterOrDigit(before.text().codePointAt(0))) {
            return false; // after a quote, a colon or a dash: a new start
        }
        return true;
    }

    /** The tokens that satisfy the entry's extra words, or null when one is missing. */
    private static Set<Integer> requiredWords(Sentence s, Token t, EventEntry e, DateLexicon dates) {
        Set<Integer> words = new HashSet<>();
        for (int i = 0; i < e.extras().size(); i++) {
            Token hit = findBelow(s, t, e.extras().get(i), 3, dates, e.outsideSubject().contains(i));
            if (hit == null) {
                return null;
            }
            words.add(hit.index());
        }
        return words;
    }

    /**
     * A dependent with one of {@code lemmas}; a date word is never one ("threatened on 5 March" has no march).
     * {@code outsideSubject}: not within the trigger's subject ("le président a reconnu" recognises no president).
     */
    private static Token findBelow(Sentence s, Token t, Set<String> lemmas, int depth, DateLexicon dates,
                                   boolean outsideSubject) {
        List<Token> below = s.children(t.index());
        if (outsideSubject) {
            below = below.stream().filter(c -> !c.baseRel().equals("nsubj") && !c.baseRel().equals("csubj")).toList();
        }
        for (Token c : below) {
            boolean matches = lemmas.contains(Fold.key(c.lemma())) || lemmas.contains(Fold.key(c.text()));
            if (matches && !(Character.isUpperCase(c.text().isEmpty() ? 'a' : c.text().charAt(0))
                    && dates.lookup(c.text()).isPresent())) {
                return c;
            }
        }
        if (depth > 1) {
            for (Token c : below) {
                Token hit = findBelow(s, c, lemmas, depth - 1, dates, false);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }
}
