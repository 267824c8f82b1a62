package parley.coding;

import java.util.Set;
import parley.kb.LanguagePack;
import parley.kb.LanguagePack.ModalityEntry;
import parley.model.Mode;
import parley.model.Sentence;
import parley.model.Token;

/**
 * Decides whether a sentence reports its event as fact. Words come from the language's modality file:
 * those that must hang on the event word itself ("pas", "not", "would", "si") and verbs that govern its
 * clause ("espérer que", "plan to", "deny that"). Conditional and future verb forms count too; an event
 * noun takes the mode of the verb it is subject or object of ("aucun accord n'a été trouvé").
 */
final class ModalityReader {

    /** Relations through which a governing verb's mode reaches the event in its complement. */
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp", "csubj", "advcl", "acl");
    private static final Set<String> NOUN_SLOTS = Set.of("nsubj", "obj", "nsubj:pass", "iobj");
    /** Relations of clauses of their own below a word: their modal words mark them, not the word. */
    private static final Set<String> OWN_CLAUSES = Set.of("ccomp", "parataxis", "advcl", "csubj", "conj", "acl");

    Mode read(Sentence s, Token trigger, LanguagePack lang) {
        return read(s, trigger, lang, Set.of());
    }

    /** {@code entryWords}: the words of the event's own pattern, never modality words ("emboîter le pas"). */
    Mode read(Sentence s, Token trigger, LanguagePack lang, Set<Integer> entryWords) {
        Mode own = ownMode(s, trigger, lang, entryWords);
        if (own != Mode.ASSERTED) {
            return own;
        }
        Token cur = trigger;
        for (int depth = 0; depth < 6; depth++) {
            Token head = s.head(cur.index());
            if (head == null) {
                break;
            }
            boolean nounSlot = NOUN_SLOTS.contains(cur.deprel()) && !cur.isVerb();
            // loose links: a noun inside another noun ("their goal of ethnic cleansing") and a verb
            // coordinated with one that carries the auxiliary ("would encourage them and push them out")
            boolean loose = (cur.baseRel().equals("nmod") && !cur.isVerb())
                    || (cur.baseRel().equals("conj") && cur.isVerb() && head.isVerb());
            if (!nounSlot && !loose && !COMPLEMENTS.contains(cur.baseRel())) {
                break;
            }
            // the mode of the clause above reaches nouns in it and clauses that complete it ("n'a pas pu
            // rencontrer", "would take stock when they meet"), not reported speech ("said that...")
            boolean inherits = nounSlot || loose || cur.baseRel().equals("xcomp") || cur.baseRel().equals("advcl");
            Mode governing = inherits ? ownMode(s, head, lang) : Mode.ASSERTED;
            if (loose && governing == Mode.NEGATED) {
                governing = Mode.ASSERTED; // "no end to the fighting", "did not retreat but attacked"
            }
            governing = governing == Mode.ASSERTED ? governingMode(head, lang) : governing;
            if (governing != Mode.ASSERTED) {
                return governing;
            }
            cur = head;
        }
        if (s.text().strip().endsWith("?") && s.head(trigger.index()) == null) {
            return Mode.QUESTION;
        }
        return Mode.ASSERTED;
    }

    /** The mode marked on the word itself: its dependents and its verb form. */
    private Mode ownMode(Sentence s, Token t, LanguagePack lang) {
        return ownMode(s, t, lang, Set.of());
    }

    private Mode ownMode(Sentence s, Token t, LanguagePack lang, Set<Integer> entryWords) {
        for (Token c : s.children(t.index())) {
            if (OWN_CLAUSES.contains(c.baseRel())) {
                continue; // "La Norvège va reconnaître..., a annoncé le Premier ministre": "va" is the report's, not the announcing
            }
            Mode m = entryWords.contains(c.index()) ? Mode.ASSERTED : fromWord(c, lang, "dep");
            if (m != Mode.ASSERTED) {
                return m;
            }
            if (inFuture(s, c, lang)) {
                return Mode.FUTURE;
            }
            if (NOUN_SLOTS.contains(c.deprel()) && negatedNoun(s, c, lang)) {
                return Mode.NEGATED; // "no agreement was signed", "aucun accord n'a été trouvé"
            }
            if (c.deprel().startsWith("aux") && c.feat("Mood").equals("Cnd")) {
                return Mode.HYPOTHETICAL;
            }
        }
        if (t.feat("Mood").equals("Cnd")) {
            return Mode.HYPOTHETICAL;
        }
        if (t.feat("Tense").equals("Fut")) {
            return Mode.FUTURE;
        }
        return Mode.ASSERTED;
    }

    private static boolean negatedNoun(Sentence s, Token noun, LanguagePack lang) {
        return s.children(noun.index(), "det").stream().anyMatch(d -> fromWord(d, lang, "dep") == Mode.NEGATED);
    }

    /** A time phrase that points ahead ("next week", "la semaine prochaine") makes the event future. */
    private static boolean inFuture(Sentence s, Token child, LanguagePack lang) {
        if (!child.baseRel().equals("obl") && !child.baseRel().equals("nmod")) {
            return false;
        }
        return s.children(child.index()).stream().anyMatch(g -> fromWord(g, lang, "dep") == Mode.FUTURE);
    }

    private Mode governingMode(Token head, LanguagePack lang) {
        return fromWord(head, lang, "gov");
    }

    private static Mode fromWord(Token t, LanguagePack lang, String scope) {
        for (ModalityEntry e : lang.modalityOf(t.lemma())) {
            if (e.scope().equals(scope)) {
                return e.mode();
            }
        }
        for (ModalityEntry e : lang.modalityOf(t.text())) {
            if (e.scope().equals(scope)) {
                return e.mode();
            }
        }
        return Mode.ASSERTED;
    }
}
