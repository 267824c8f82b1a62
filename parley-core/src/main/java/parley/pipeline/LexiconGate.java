package parley.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import parley.coding.ActorTagger;
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
 * that fits, and every extra word of the entry somewhere in the sentence), or when the coder, reading its parse,
 * could remember something a later sentence points back to: a title (agents.tsv, "le président russe" is the
 * person who holds that office), a noun that names a government (anaphora.tsv, "Bashar al Assad's regime" is
 * what "the regime" will mean), any other word that names an actor (its subject is the salient actor of later
 * anaphors). Everything else (no event word, no one named) is read without a
 * parse, and gives the coder the same events as if it had been parsed (ParseGateTest, {@code parley bench}).
 */
public final class LexiconGate implements ParseGate {
    private static final String TITLE = "title";

    private final KnowledgeBase kb;
    private final ActorTagger actors;

    public LexiconGate(KnowledgeBase kb) {
        this.kb = kb;
        this.actors = new ActorTagger(kb.actors());
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
        return mayTellMemoryThroughParse(unparsed, pack);
    }

    /**
     * Whether the coder, reading this sentence's parse, could remember more than its names: who is its subject
     * (the salient actor a later "the regime" or "il" points back to), what its titles and bare agents resolve to,
     * which people it introduces. All of that starts from a word that names or points to an actor, other than an
     * anaphor (what an anaphor resolves to is not remembered). A sentence without one gives the memory the same
     * thing parsed or not.
     */
    private boolean mayTellMemoryThroughParse(Sentence unparsed, LanguagePack pack) {
        return actors.tag(unparsed, pack, null).stream().anyMatch(m -> !m.kind().startsWith("anaphor:"));
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
