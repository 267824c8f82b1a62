package parley.coding;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import parley.model.Sentence;
import parley.model.Token;

/**
 * The dateline opening a wire story ("MOSCOU, 12 mars (Reuters) -", "PARIS (AFP) -", "JAKARTA –", "KABUL,
 * Afghanistan –", "New Delhi:") says where the story was written: its words name no actor and set no scene.
 * A dateline is a place (or a word in capitals) at the very start of one of the first sentences, followed within a
 * few words, with no verb between, by a dash, a bullet or a colon.
 */
final class Datelines {
    private static final Set<String> SEPARATORS = Set.of("-", "--", "–", "—", "•", "·", ":");
    /** "MOSCOU, 12 mars 2024 (Reuters) -" is ten tokens; a longer opening is a clause. */
    private static final int MAX_TOKENS = 12;
    /** Datelines open the body: the title is sentence 0, the dateline's sentence comes right after. */
    private static final int FIRST_SENTENCES = 3;
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}'’.-]{2,}");

    private Datelines() {
    }

    /** The number of tokens the sentence's dateline takes (its separator included), or 0 when it has none. */
    static int length(Sentence s, List<PlaceMention> places) {
        if (s.index() >= FIRST_SENTENCES || s.size() < 3) {
            return 0;
        }
        boolean opensWithPlace = places.stream().anyMatch(p -> p.start() == 0)
                || CAPITALS.matcher(s.token(0).text()).matches();
        for (int i = 1; opensWithPlace && i < Math.min(s.size() - 1, MAX_TOKENS); i++) {
            Token t = s.token(i);
            if (t.upos().equals("VERB") || t.upos().equals("AUX")) {
                return 0;
            }
            // a dash written against the word before is a hyphen ("al-Shabaab"), not a dateline's dash
            boolean spaced = t.begin() > s.token(i - 1).end() || t.text().equals(":");
            if (SEPARATORS.contains(t.text()) && spaced) {
                return i + 1;
            }
        }
        return 0;
    }
}
