package parley.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends one frequent error of CoreNLP's English tagger in news: a plural noun that ends a coordinated noun
 * phrase read as a verb ("announced entry bans and asset freezes/VBZ against officials", "imposed sanctions and
 * export controls/VBZ on Russia"). A singular noun after "and" cannot be the subject of a third-person verb
 * whose own subject is the coordination, so the "verb" is the head noun of the second conjunct. The parse is
 * made on the mended tags.
 */
final class EnglishTagRepair {
    private static final Set<String> COORDINATORS = Set.of("and", "or", ",");

    /** Retags the tokens in place; true when any tag changed (the sentence must be parsed again). */
    boolean repair(List<CoreLabel> tokens) {
        boolean changed = false;
        for (int i = 2; i < tokens.size(); i++) {
            CoreLabel word = tokens.get(i);
            CoreLabel modifier = tokens.get(i - 1);
            String before = tokens.get(i - 2).word().toLowerCase(Locale.ROOT);
            boolean secondConjunct = COORDINATORS.contains(before) && pluralNounBefore(tokens, i - 2);
            if ("VBZ".equals(word.tag()) && "NN".equals(modifier.tag()) && isLowerCase(modifier.word())
                    && secondConjunct && !objectFollows(tokens, i)) {
                word.setTag("NNS");
                changed = true;
            }
        }
        return changed;
    }

    /** "bans and asset freezes": the first conjunct ends in a plural noun. */
    private static boolean pluralNounBefore(List<CoreLabel> tokens, int coordinator) {
        return coordinator > 0 && "NNS".equals(tokens.get(coordinator - 1).tag());
    }

    /** A determiner or pronoun right after makes it a verb with its object after all ("and army controls the city"). */
    private static boolean objectFollows(List<CoreLabel> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String next = String.valueOf(tokens.get(i + 1).tag());
        return next.equals("DT") || next.startsWith("PRP") || next.equals("CD") || next.startsWith("NN");
    }

    private static boolean isLowerCase(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }
}
