package parley.time;

import java.util.Set;
import java.util.TreeSet;
import parley.model.Sentence;
import parley.model.Token;

/**
 * The tokens that can date an event: its trigger's own clause. A date in a reported, relative or
 * coordinated clause belongs to that clause's own verb ("he said on Tuesday that the talks, held in May,
 * failed"), so the walk does not enter a clause with its own verb.
 */
final class ClauseScope {
    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "parataxis", "conj", "advcl");

    private ClauseScope() {
    }

    /**
     * The trigger's clause; for an event noun or an xcomp verb ("decided to meet") also the clause of the
     * verb that governs it, since that is where the date is said ("la visite a eu lieu mardi").
     *
     * @param dateTokens tokens of "il y a": parsed as a verb, yet no clause of its own
     */
    static Set<Integer> of(Sentence s, Token trigger, Set<Integer> dateTokens) {
        Set<Integer> scope = new TreeSet<>();
        collect(s, trigger.index(), scope, dateTokens);
        Token governor = governor(s, trigger);
        if (governor != null) {
            collect(s, governor.index(), scope, dateTokens);
        }
        return scope;
    }

    private static void collect(Sentence s, int i, Set<Integer> into, Set<Integer> dateTokens) {
        if (!into.add(i)) {
            return;
        }
        for (Token child : s.children(i)) {
            if (dateTokens.contains(child.index()) || !ownClause(s, child)) {
                collect(s, child.index(), into, dateTokens);
            }
        }
    }

    private static boolean ownClause(Sentence s, Token child) {
        boolean clauseRelation = child.deprel().equals("acl:relcl") || CLAUSE_RELATIONS.contains(child.baseRel());
        return clauseRelation && hasVerb(s, child);
    }

    private static boolean hasVerb(Sentence s, Token t) {
        return t.isVerb() || s.hasChild(t.index(), "cop") || s.hasChild(t.index(), "aux");
    }

    /** The nearest verb above an event noun or an xcomp verb, or null for other triggers. */
    private static Token governor(Sentence s, Token trigger) {
        boolean noun = (trigger.upos().equals("NOUN") || trigger.upos().equals("PROPN"))
                && !hasVerb(s, trigger);
        if (!noun && !trigger.baseRel().equals("xcomp")) {
            return null;
        }
        Token cur = s.head(trigger.index());
        for (int guard = 0; cur != null && guard < s.size(); guard++) {
            if (hasVerb(s, cur)) {
                return cur;
            }
            cur = s.head(cur.index());
        }
        return null;
    }
}
