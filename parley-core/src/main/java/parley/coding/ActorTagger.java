package parley.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parley.kb.ActorKnowledgeBase;
import parley.kb.ActorKnowledgeBase.PersonRole;
import parley.kb.LanguagePack;
import parley.kb.LanguagePack.AgentEntry;
import parley.kb.LanguagePack.PhraseEntry;
import parley.kb.PhraseIndex;
import parley.model.Actor;
import parley.model.ActorMention;
import parley.model.Sentence;
import parley.model.Token;
import parley.text.Fold;

/**
 * Finds the words of a sentence that name or point to actors: people (resolved at the article's date),
 * states and organisations by name, adjective, demonym or seat, agent nouns and titles, anaphors, and
 * names the knowledge base lacks (from NER). The longest match wins; at equal length, people beat
 * names, names beat agents, agents beat anaphors.
 */
public final class ActorTagger {
    private final ActorKnowledgeBase actors;
    /** Anaphors that point to people (docs/kb-actors.md, anaphora.tsv). */
    /** Kinds of mention that a street or a square may be named after. */
    private static final Set<String> STREET_NAMED = Set.of("name", "seat", "adjective", "demonym", "person");
    private static final Set<String> HUMAN_POINTERS = Set.of("person", "personal", "persons", "pair", "latter");

    public ActorTagger(ActorKnowledgeBase actors) {
        this.actors = actors;
    }

    public List<ActorMention> tag(Sentence s, LanguagePack lang, LocalDate date) {
        List<ActorMention> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            ActorMention m = bestAt(s, lang, date, i);
            if (m == null) {
                m = nerAt(s, i, date);
            }
            if (m == null) {
                i++;
            } else if (STREET_NAMED.contains(m.kind()) && StreetNames.inStreetName(s, m.start(), m.end(), lang)) {
                i = m.end(); // "place d'Espagne", "Tiananmen Square": a street, no one acting
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    private ActorMention bestAt(Sentence s, LanguagePack lang, LocalDate date, int i) {
        List<Token> tokens = s.tokens();
        boolean capital = Fold.capitalised(tokens.get(i).text());
        ActorMention best = null;
        if (capital) {
            PhraseIndex.Match<PersonRole> person = actors.people().longestAt(tokens, i, Token::text);
            if (person != null) {
                best = mention(s, person.start(), person.end(),
                        actors.person(person.values(), date), "person", true);
            }
        }
        PhraseIndex.Match<PhraseEntry> phrase = lang.phrases().longestAt(tokens, i, Token::text);
        if (phrase != null && longer(phrase.end(), best)) {
            String words = spanText(s, phrase.start(), phrase.end());
            PhraseEntry e = phrase.values().stream()
                    .filter(v -> v.matchesCase(tokens.get(i).text(), words)).findFirst().orElse(null);
            if (e != null) {
                best = mention(s, phrase.start(), phrase.end(), actors.actor(e.affiliation(), e.sector()),
                        e.kind(), false);
            }
        }
        PhraseIndex.Match<AgentEntry> agent = longest(lang.agents().longestAt(tokens, i, Token::lemma),
                lang.agents().longestAt(tokens, i, Token::text));
        if (agent != null && longer(agent.end(), best)) {
            AgentEntry e = agent.values().get(0);
            best = mention(s, agent.start(), agent.end(), new Actor(null, null, null, e.sector(), null),
                    e.kind(), e.kind().equals("title"));
        }
        PhraseIndex.Match<String> anaphor = longest(lang.anaphora().longestAt(tokens, i, Token::lemma),
                lang.anaphora().longestAt(tokens, i, Token::text));
        if (anaphor != null && longer(anaphor.end(), best)) {
            String refersTo = anaphor.values().get(0);
            best = mention(s, anaphor.start(), anaphor.end(), null, "anaphor:" + refersTo,
                    HUMAN_POINTERS.contains(refersTo));
        }
        return best;
    }

    private static boolean longer(int end, ActorMention current) {
        return current == null || end > current.end();
    }

    private static <T> PhraseIndex.Match<T> longest(PhraseIndex.Match<T> a, PhraseIndex.Match<T> b) {
        if (a == null) {
            return b;
        }
        return b != null && b.end() > a.end() ? b : a;
    }

    /**
     * A run of PERSON or ORGANIZATION nouns that the knowledge base does not know. Words of other parts
     * of speech are left out: NER sometimes runs a name into the verb before it ("Rencontrant Poutine").
     */
    private ActorMention nerAt(Sentence s, int i, LocalDate date) {
        String ner = s.token(i).ner();
        if (!(ner.equals("PERSON") || ner.equals("ORGANIZATION")) || !isNoun(s.token(i))) {
            return null;
        }
        int end = i + 1;
        while (end < s.size() && s.token(end).ner().equals(ner) && isNoun(s.token(end))) {
            end++;
        }
        if (ner.equals("PERSON")) {
            // "Bashar al Assad", "Vladimir V. Putin": a spelling the knowledge base lacks, ending on a name it has
            for (int j = i + 1; j < end; j++) {
                PhraseIndex.Match<PersonRole> known = actors.people().longestAt(s.tokens(), j, Token::text);
                if (known != null && known.end() == end) {
                    return mention(s, i, end, actors.person(known.values(), date), "person", true);
                }
            }
        }
        return mention(s, i, end, null, "ner", ner.equals("PERSON"));
    }

    private static boolean isNoun(Token t) {
        return t.upos().equals("PROPN") || t.upos().equals("NOUN");
    }

    /** The words of tokens [start, end) as written. */
    static String spanText(Sentence s, int start, int end) {
        return s.text().substring(s.token(start).begin() - s.begin(), s.token(end - 1).end() - s.begin());
    }

    static ActorMention mention(Sentence s, int start, int end, Actor actor, String kind, boolean human) {
        int head = start;
        for (int t = start; t < end; t++) {
            int h = s.token(t).head();
            if (h < start || h >= end) {
                head = t;
                break;
            }
        }
        return new ActorMention(s.index(), start, end, head, spanText(s, start, end), actor, kind, human);
    }
}
