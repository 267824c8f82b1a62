package parley.app.actors;

import java.time.LocalDate;
import java.util.Set;

/**
 * One line of the actor benchmark: a sentence read at a date, after optional context sentences, and the
 * actor codes a careful coder would give it.
 *
 * @param context sentences read before the scored one, or null
 * @param expected CAMEO-style actor codes (RUSGOV, USA, IGOUNO); empty when the sentence names no actor
 * @param tests what the line tests (title-at-date, coref...), for reading failures
 */
public record BenchItem(String id, LocalDate date, String lang, String context, String sentence,
                        Set<String> expected, Set<String> tests) {
}
