package parley.coding;

import java.util.ArrayList;
import java.util.List;
import parley.kb.Gazetteer;
import parley.kb.LanguagePack;
import parley.kb.PhraseIndex;
import parley.model.ActorMention;
import parley.model.Place;
import parley.model.Sentence;
import parley.model.Token;
import parley.text.Fold;

/** Finds place names in a sentence: capitalised words that the gazetteer knows, longest first. */
final class PlaceTagger {
    private final Gazetteer gazetteer;

    PlaceTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** {@code dates}: the language's date words, never places on their own ("on 5 March" is no town of March). */
    List<PlaceMention> tag(Sentence s, List<ActorMention> actors, parley.time.DateLexicon dates, LanguagePack lang) {
        List<PlaceMention> out = new ArrayList<>();
        boolean titleCased = s.isTitleCased();
        int i = 0;
        while (i < s.size()) {
            Token t = s.token(i);
            PhraseIndex.Match<Place> m = looksLikeName(t, titleCased) && !isPersonOrOrganisation(actors, i)
                    ? gazetteer.names().longestAt(s.tokens(), i, Token::text) : null;
            boolean dateWord = m != null && m.end() - m.start() == 1 && dates.lookup(t.text()).isPresent();
            if (m == null || dateWord) {
                i++;
                continue;
            }
            if (StreetNames.inStreetName(s, m.start(), m.end(), lang)) {
                i = m.end(); // "place d'Espagne": a square of the city, not Spain
                continue;
            }
            ActorMention span = ActorTagger.mention(s, m.start(), m.end(), null, "place", false);
            out.add(new PlaceMention(s.index(), m.start(), m.end(), span.head(), span.text(),
                    gazetteer.spelledAs(span.text(), m.values())));
            i = m.end();
        }
        return out;
    }

    private static boolean looksLikeName(Token t, boolean titleCased) {
        if (t.ner().startsWith("PER") || t.ner().startsWith("ORG")) {
            return false; // "Santos ordered a ceasefire" names the president, not the Brazilian port
        }
        // in a title-cased headline every word is capitalised and often tagged PROPN ("Nuclear Deal"):
        // only the recogniser's places count there
        boolean nameTag = t.upos().equals("PROPN") && !titleCased;
        return Fold.capitalised(t.text()) && (nameTag || t.ner().startsWith("LOC")
                || t.ner().equals("GPE") || t.ner().equals("COUNTRY") || t.ner().equals("CITY")
                || t.ner().equals("STATE_OR_PROVINCE"));
    }

    /**
     * A person's or an organisation's name is never a place, even when a town shares it ("UN", "Un"); an
     * organisation's seat is still a city ("à Bruxelles", "in Vienna").
     */
    private static boolean isPersonOrOrganisation(List<ActorMention> actors, int token) {
        return actors.stream().anyMatch(a -> a.covers(token) && (a.kind().equals("person")
                || (a.actor() != null && a.actor().org() != null && !a.kind().equals("seat"))));
    }
}
