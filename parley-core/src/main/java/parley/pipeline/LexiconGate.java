package parley.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import parley.kb.EventEntry;
import parley.kb.KnowledgeBase;
import parley.kb.LanguagePack;
import parley.kb.PhraseIndex;
import parley.model.Sentence;
import parley.model.Token;
import parley.text.Fold;

/**
 * The parse gate from the knowledge files, read at run time: a sentence is parsed when one of its words can
 * trigger an event of the language's event lexicon (events.tsv: the trigger's lemma with a part of speech
 * that fits, and every extra word of the entry somewhere in the sentence), or when it holds a word whose
 * meaning the coder resolves through the parse for later sentences: a title (agents.tsv, "le président
 * russe" is the person who holds that office) or a noun that names a government (anaphora.tsv, "Bashar al
 * Assad's regime" is what "the regime" will mean). Everything else is read without a parse.
 */
public final class LexiconGate implements ParseGate {
    private static final String TITLE = "title";

    private final KnowledgeBase kb;

    public LexiconGate(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public boolean mayHoldEvent(Sentence unparsed, String lang, Function<Token, String> participleVerb) {
        LanguagePack pack = kb.language(lang);
        List<Token> tokens = unparsed.tokens();
        Set<String> words = null;
        for (Token t : tokens) {
            if (pack.isGovernmentNoun(t.lemma())) {
                return true;
            }
            String participle = participleVerb.apply(t);
            boolean lexical = !pack.eventsFor(t.lemma()).isEmpty()
                    || (participle != null && !pack.eventsFor(participle).isEmpty());
            if (!lexical) {
                continue;
            }
            words = words != null ? words : wordsOf(tokens, participleVerb);
            if (triggers(pack, t.lemma(), t.upos(), words)
                    || (participle != null && triggers(pack, participle, "VERB", words))) {
                return true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (isTitle(pack.agents().longestAt(tokens, i, Token::lemma))
                    || isTitle(pack.agents().longestAt(tokens, i, Token::text))) {
                return true;
            }
        }
        return false;
    }

    /** A non-blocking entry of this lemma whose part of speech fits and whose extra words are all present. */
    private static boolean triggers(LanguagePack pack, String lemma, String upos, Set<String> words) {
        for (EventEntry e : pack.eventsFor(lemma)) {
            if (!e.blocks() && fits(e, upos)
                    && e.extras().stream().allMatch(alternatives -> alternatives.stream().anyMatch(words::contains))) {
                return true;
            }
        }
        return false;
    }

    /**
     * As the coder's trigger finder (EventEntry.takesTag), but an adjective may be a participle whatever its
     * features.
     */
    private static boolean fits(EventEntry e, String upos) {
        return e.takesTag(upos) || (!e.isNoun() && upos.equals("ADJ"));
    }

    /** Every folded lemma, form and participle's verb of the sentence: where an entry's extra words may be. */
    private static Set<String> wordsOf(List<Token> tokens, Function<Token, String> participleVerb) {
        Set<String> words = new HashSet<>();
        for (Token t : tokens) {
            words.add(Fold.key(t.lemma()));
            words.add(Fold.key(t.text()));
            String participle = participleVerb.apply(t);
            if (participle != null) {
                words.add(Fold.key(participle));
            }
        }
        return words;
    }

    private static boolean isTitle(PhraseIndex.Match<LanguagePack.AgentEntry> match) {
        return match != null && match.values().stream().anyMatch(a -> a.kind().equals(TITLE));
    }
}
