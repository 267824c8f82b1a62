package parley.coding;

import java.util.ArrayList;
import parley.time.DateLexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parley.kb.EventEntry;
import parley.kb.LanguagePack.AgentEntry;
import parley.kb.PhraseIndex;
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
                if (!posFits(t, e) || (e.isNoun() && !titleCased && (writtenAsName(s, t) || isMonth(t, dates)))) {
                    continue;
                }
                Set<Integer> words = requiredWords(s, t, e, dates, lang);
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

    /** "MOSCOW, March 3 (Reuters) -": a capitalised date word in ordinary text is the month, not a march. */
    private static boolean isMonth(Token t, DateLexicon dates) {
        return Fold.capitalised(t.text()) && dates.lookup(t.text()).isPresent();
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
    private static Set<Integer> requiredWords(Sentence s, Token t, EventEntry e, DateLexicon dates,
                                               LanguagePack lang) {
        Set<Integer> words = new HashSet<>();
        for (int i = 0; i < e.extras().size(); i++) {
            Token hit = findBelow(s, t, e.extras().get(i), 3, dates, lang, e.outsideSubject().contains(i));
            if (hit == null) {
                return null;
            }
            words.add(hit.index());
        }
        return words;
    }

    /** Relations of a verb's complements: a verb that has one acts on it, not on its subject. */
    private static final Set<String> COMPLEMENTS = Set.of("obj", "ccomp", "xcomp");
    /** Modifiers that qualify the subject's noun: they say what kind of actor acts ("aid agencies"), not what happens. */
    private static final Set<String> QUALIFIERS = Set.of("compound", "amod");

    /**
     * A dependent with one of {@code lemmas}; a date word is never one ("threatened on 5 March" has no march). An
     * actor as subject says who acts, not what is done: with a complement after the verb it is never the word ("Aid
     * agencies warn that..." expels no agency), though alone it may be ("thousands of protesters clashed", "workers
     * struck"); an instrument may be either way ("missiles struck the city"). The words that qualify the
     * subject's noun never are ("aid" in "aid agencies"). {@code outsideSubject}: not within the trigger's subject
     * at all ("le président a reconnu" recognises no president).
     */
    private static Token findBelow(Sentence s, Token t, Set<String> lemmas, int depth, DateLexicon dates,
                                   LanguagePack lang, boolean outsideSubject) {
        boolean complemented = s.children(t.index()).stream().anyMatch(c -> COMPLEMENTS.contains(c.deprel()));
        List<Token> searched = s.children(t.index()).stream()
                .filter(c -> !(outsideSubject && (c.baseRel().equals("nsubj") || c.baseRel().equals("csubj"))))
                .filter(c -> !(complemented && c.deprel().equals("nsubj") && namesAnActor(s, c, lang))).toList();
        return findAmong(s, searched, lemmas, depth, dates, false);
    }

    /** A pronoun, a name or an agent noun ("aid agencies", "the police"). */
    private static boolean namesAnActor(Sentence s, Token t, LanguagePack lang) {
        if (t.upos().equals("PRON") || t.upos().equals("PROPN") || !t.ner().equals("O")) {
            return true;
        }
        for (int start = Math.max(0, t.index() - 3); start <= t.index(); start++) {
            PhraseIndex.Match<AgentEntry> m = lang.agents().longestAt(s.tokens(), start, Token::lemma);
            if (m != null && m.end() == t.index() + 1) {
                return true;
            }
        }
        return false;
    }

    /** Breadth first: the words themselves, then below each ({@code inSubject}: below the subject's noun). */
    private static Token findAmong(Sentence s, List<Token> words, Set<String> lemmas, int depth, DateLexicon dates,
                                   boolean inSubject) {
        for (Token c : words) {
            if (matches(c, lemmas, dates)) {
                return c;
            }
        }
        if (depth > 1) {
            for (Token c : words) {
                boolean subject = inSubject || c.deprel().equals("nsubj");
                List<Token> below = subject ? s.children(c.index()).stream()
                        .filter(d -> !QUALIFIERS.contains(d.deprel())).toList() : s.children(c.index());
                Token hit = findAmong(s, below, lemmas, depth - 1, dates, subject);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    private static boolean matches(Token c, Set<String> lemmas, DateLexicon dates) {
        boolean matches = lemmas.contains(Fold.key(c.lemma())) || lemmas.contains(Fold.key(c.text()));
        return matches && !(Character.isUpperCase(c.text().isEmpty() ? 'a' : c.text().charAt(0))
                && dates.lookup(c.text()).isPresent());
    }
}
