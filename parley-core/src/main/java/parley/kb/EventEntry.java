package parley.kb;

import java.util.List;
import java.util.Set;

/**
 * One line of an event lexicon: a trigger lemma, the lemmas that must stand among its dependents, and the
 * CAMEO code it gives. {@code extras} holds one set of alternatives per required dependent;
 * {@code outsideSubject} the positions in {@code extras} whose word must not stand in the trigger's subject
 * (written {@code >word} in the lexicon: "reconnaître >président" is recognising a president, not a president
 * recognising something).
 */
public record EventEntry(String id, String trigger, List<Set<String>> extras, Set<Integer> outsideSubject, String pos,
                         String cameo) {
    public EventEntry(String id, String trigger, List<Set<String>> extras, String pos, String cameo) {
        this(id, trigger, extras, Set.of(), pos, cameo);
    }

    /** The code of an entry that repeats an earlier event with a new source ("followed suit", "a fait de même"). */
    public static final String REPEAT = "=";

    /** A repeating entry: its code is that of the latest event the article reported. */
    public boolean repeats() {
        return cameo.equals(REPEAT);
    }

    /** The same words, with the code of the event they stand for. */
    public EventEntry withCode(String code) {
        return new EventEntry(id, trigger, extras, outsideSubject, pos, code);
    }

    /** A blocking entry: the phrase it matches is not an event ("fight corruption"). */
    public boolean blocks() {
        return cameo.equals("-");
    }

    /**
     * Whether a word of this part of speech (UPOS) can carry the entry: nouns for noun entries, verbs for verb
     * entries, and for a repeat also an auxiliary, since the parser may tag its light verb so ("Brazil did the
     * same"). Participles tagged as adjectives are the callers' concern: they read the tag's features differently.
     */
    public boolean takesTag(String upos) {
        if (isNoun()) {
            return upos.equals("NOUN") || upos.equals("PROPN");
        }
        return upos.equals("VERB") || (repeats() && upos.equals("AUX"));
    }

    public boolean isNoun() {
        return pos.equals("noun");
    }

    /** More required words make a more specific entry: "lever sanction" beats "lever". */
    public int specificity() {
        return extras.size();
    }

    /** This entry's act announced as an intention: the same words, coded as the intent to do it. */
    public EventEntry asIntent(String intentCameo) {
        return new EventEntry(id + ">intent", trigger, extras, outsideSubject, pos, intentCameo);
    }
}
