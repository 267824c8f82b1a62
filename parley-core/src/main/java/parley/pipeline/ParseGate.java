package parley.pipeline;

import java.util.function.Function;
import parley.model.Sentence;
import parley.model.Token;

/**
 * Decides, before a sentence is parsed, whether it may hold an event. The dependency parse is most of the
 * analysis time and the coder needs it only where an event can be; the decision is made on what is cheap
 * (words, tags, lemmas, names) and recorded in {@link Sentence#eventCandidate()}, which the coder obeys
 * whether or not the sentence was parsed, so that gating never changes the events.
 */
public interface ParseGate {

    /**
     * @param unparsed the sentence's words with tags, lemmas and names, without a tree
     * @param lang the article's language
     * @param participleVerb the verb a word may be the past participle of, or null: a participle the tagger
     *     read as an adjective or a noun may become a verb once the sentence is parsed and mended (French)
     */
    boolean mayHoldEvent(Sentence unparsed, String lang, Function<Token, String> participleVerb);

    /** Every sentence is a candidate: the coder reads every parse (the parse command, the actor benchmark). */
    ParseGate EVERY_SENTENCE = (unparsed, lang, participleVerb) -> true;
}
