package parley.coding;

import java.util.Map;
import java.util.Set;
import parley.kb.LanguagePack;
import parley.model.Sentence;
import parley.model.Token;

/**
 * An announced intention is an event of its own (CAMEO 03, "express intent to cooperate"): in "Britain
 * announced that it would supply tanks to Ukraine" nothing has been supplied yet, but Britain has
 * expressed its intent to give Ukraine military aid. The act must be cooperative (meet, support, cooperate,
 * aid, yield): "Colombia will sever relations with Israel, Petro announced" stays a future act, since CAMEO
 * has no intent code for it. It must be meant, not merely possible ("will", "would", "ready to", a future
 * or conditional form, not "could" or "if"), and announced: the complement of a verb such as "announce",
 * "say", "annoncer", "déclarer". A plain forecast ("Xi will travel to Moscow") is no announcement.
 */
final class IntentReader {

    /** The CAMEO intent code for each cooperative root: meet 036, diplomatic 032, material 031, aid 033, yield 035. */
    private static final Map<String, String> INTENT_OF_ROOT = Map.of(
            "04", "036", "05", "032", "06", "031", "07", "033", "08", "035");
    /** Relations climbed from the act to the verb announcing it. */
    private static final Set<String> REPORTED = Set.of("ccomp", "xcomp", "acl");
    /** And from an act told by a noun: "a annoncé la tenue d'une conférence de donateurs pour le Liban". */
    private static final Set<String> NOUN_REPORTED = Set.of("obj", "nmod");

    /** What the intention is and the verb that announced it. */
    record Intent(String cameo, Token announcer) {
    }

    /**
     * The intention {@code act} announces, or null when it is no announced cooperative intention.
     * {@code future}: the act is already known to lie ahead ("la semaine prochaine"), so it is meant.
     */
    Intent read(Sentence s, Token act, String root, LanguagePack lang, boolean future) {
        String cameo = INTENT_OF_ROOT.get(root);
        if (cameo == null || !meant(s, act, lang, future)) {
            return null;
        }
        Token announcer = announcer(s, act, lang);
        return announcer == null ? null : new Intent(cameo, announcer);
    }

    /**
     * "will send", "would supply", "fournira", "ready to meet", or an act already known to lie ahead
     * ({@code future}): meant, and not under an "if".
     */
    private static boolean meant(Sentence s, Token act, LanguagePack lang, boolean future) {
        if (conditional(s, act, lang)) {
            return false;
        }
        if (future) {
            return true;
        }
        Token cur = act;
        for (int depth = 0; depth < 3 && cur != null; depth++) {
            if (marks(cur, lang) || s.children(cur.index()).stream().anyMatch(c -> marks(c, lang)
                    && (c.deprel().startsWith("aux") || c.deprel().equals("cop") || !c.isVerb()))) {
                return true;
            }
            boolean noun = !cur.isVerb() && NOUN_REPORTED.contains(cur.baseRel()); // "would hold a donor conference"
            if (!cur.baseRel().equals("xcomp") && !noun) {
                return false;
            }
            cur = s.head(cur.index()); // "said he was ready to meet": climb to "ready"
        }
        return false;
    }

    private static boolean conditional(Sentence s, Token act, LanguagePack lang) {
        return s.children(act.index(), "mark").stream().anyMatch(m -> lang.is("condition", m.text()));
    }

    private static boolean marks(Token t, LanguagePack lang) {
        return lang.plays("intent", t)
                || (t.isVerb() && (t.feat("Tense").equals("Fut") || t.feat("Mood").equals("Cnd")));
    }

    /**
     * The verb announcing the act: one whose complement holds it ("announced that it would send"), or
     * one set beside it in parenthesis ("Germany will send missiles, Scholz announced").
     */
    private static Token announcer(Sentence s, Token act, LanguagePack lang) {
        for (Token c : s.children(act.index(), "parataxis")) {
            if (announces(c, lang)) {
                return c;
            }
        }
        Token cur = act;
        for (int depth = 0; depth < 4; depth++) {
            Token head = s.head(cur.index());
            boolean nounLink = !cur.isVerb() && NOUN_REPORTED.contains(cur.baseRel());
            if (head == null || !(REPORTED.contains(cur.baseRel()) || nounLink)) {
                return null;
            }
            if (announces(head, lang)) {
                return head;
            }
            cur = head;
        }
        return null;
    }

    private static boolean announces(Token t, LanguagePack lang) {
        return t.isVerb() && lang.plays("announcing", t);
    }
}
