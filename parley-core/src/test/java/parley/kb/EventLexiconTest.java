package parley.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import parley.model.CameoCode;
import parley.text.Fold;

/**
 * The bundled event lexicons (lang/fr/events.tsv, lang/en/events.tsv) as data: they load, every code they give
 * is in the CAMEO table, no line is hidden by an earlier one, and each CAMEO root keeps at least the number
 * of entries written down in lexicon-floors.tsv, so the lexicon's breadth cannot shrink unnoticed.
 */
class EventLexiconTest {

    private static final List<String> LANGUAGES = List.of("fr", "en");
    private static final CameoTable CAMEO = CameoTable.bundled();

    private static List<TsvFile.Row> entries(String lang) {
        return TsvFile.resource("parley/lang/" + lang + "/events.tsv", 4);
    }

    @Test
    void bothLexiconsLoadAndEveryTriggerFindsItsEntry() {
        ActorKnowledgeBase actors = ActorKnowledgeBase.bundled();
        for (String lang : LANGUAGES) {
            LanguagePack pack = LanguagePack.bundled(lang, actors, CAMEO);
            for (TsvFile.Row r : entries(lang)) {
                for (String trigger : r.get(1).split("\\s+")[0].split("\\|")) {
                    assertTrue(pack.eventsFor(Fold.key(trigger)).stream().anyMatch(e -> e.id().equals(r.get(0))),
                            r.file() + ":" + r.line() + " is not found under its trigger " + trigger);
                }
            }
        }
    }

    @Test
    void everyCodeIsInTheCameoTable() {
        for (String lang : LANGUAGES) {
            for (TsvFile.Row r : entries(lang)) {
                String code = r.get(3);
                assertTrue(!givesCode(code) || CAMEO.contains(code), r.file() + ":" + r.line() + " gives " + code
                        + ", which kb/cameo.tsv does not have");
            }
        }
    }

    @Test
    void aLoadedLexiconRejectsAnUnknownCode() {
        LanguagePack pack = LanguagePack.bundled("en", ActorKnowledgeBase.bundled(), CAMEO);
        List<TsvFile.Row> bad = List.of(new TsvFile.Row("test.tsv", 7, List.of("en.x", "meet", "verb", "0999")));
        KnowledgeFileException e = org.junit.jupiter.api.Assertions.assertThrows(KnowledgeFileException.class,
                () -> pack.addEvents(bad, CAMEO));
        assertTrue(e.getMessage().contains("test.tsv:7"), e.getMessage());
    }

    /**
     * A line whose triggers and required words are all covered, position by position, by an earlier line with
     * as many required words can never win (ties go to the earlier line): it is dead weight or a mistake.
     */
    @Test
    void noLineIsHiddenByAnEarlierOne() {
        for (String lang : LANGUAGES) {
            List<String> hidden = new ArrayList<>();
            List<Shape> seen = new ArrayList<>();
            for (TsvFile.Row r : entries(lang)) {
                Shape s = Shape.of(r);
                seen.stream().filter(earlier -> earlier.covers(s)).findFirst()
                        .ifPresent(earlier -> hidden.add(r.get(0) + " (hidden by " + earlier.id + ")"));
                seen.add(s);
            }
            assertEquals(List.of(), hidden, lang + " lines that can never fire");
        }
    }

    @Test
    void eachRootKeepsItsFloorOfEntries() {
        Map<String, Map<String, Integer>> floors = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource("parley/kb/lexicon-floors.tsv", 3)) {
            floors.put(r.get(0), Map.of("fr", Integer.parseInt(r.get(1)), "en", Integer.parseInt(r.get(2))));
        }
        Set<String> roots = CAMEO.codes().stream().map(CameoCode::code).filter(c -> c.length() == 2).collect(Collectors.toSet());
        assertEquals(roots, floors.keySet(), "lexicon-floors.tsv must give a floor for each CAMEO root");
        for (String lang : LANGUAGES) {
            Map<String, Integer> counts = new TreeMap<>();
            for (TsvFile.Row r : entries(lang)) {
                if (givesCode(r.get(3))) {
                    counts.merge(r.get(3).substring(0, 2), 1, Integer::sum);
                }
            }
            for (String root : roots) {
                int floor = floors.get(root).get(lang);
                int count = counts.getOrDefault(root, 0);
                assertTrue(count >= floor, lang + " root " + root + ": " + count + " entries, floor " + floor
                        + " (lexicon-floors.tsv; docs/kb-events.md, Coverage)");
            }
        }
    }

    @Test
    void everyCodeBelowRootLevelHasAnEntryInEachLanguage() {
        for (String lang : LANGUAGES) {
            Set<String> given = entries(lang).stream().map(r -> r.get(3)).collect(Collectors.toSet());
            List<String> lacking = CAMEO.codes().stream().map(CameoCode::code).filter(c -> c.length() > 2 && !given.contains(c))
                    .sorted().toList();
            assertEquals(List.of(), lacking, lang + " codes no entry gives");
        }
    }

    /** Blocking lines ("-") and repeats ("=": the code of the event repeated) give no code of their own. */
    private static boolean givesCode(String code) {
        return !code.equals("-") && !code.equals(EventEntry.REPEAT);
    }

    /** One line's matching shape: part of speech, trigger lemmas, one set of lemmas per required word. */
    private record Shape(String id, String pos, Set<String> triggers, List<Set<String>> extras) {

        static Shape of(TsvFile.Row r) {
            String[] words = r.get(1).trim().split("\\s+");
            List<Set<String>> extras = new ArrayList<>();
            for (int i = 1; i < words.length; i++) {
                extras.add(folded(words[i]));
            }
            return new Shape(r.get(0), r.get(2), folded(words[0]), extras);
        }

        private static Set<String> folded(String alternatives) {
            return java.util.Arrays.stream(alternatives.split("\\|")).map(Fold::key).collect(Collectors.toSet());
        }

        boolean covers(Shape later) {
            if (!pos.equals(later.pos) || extras.size() != later.extras.size()
                    || !triggers.containsAll(later.triggers)) {
                return false;
            }
            for (int i = 0; i < extras.size(); i++) {
                if (!extras.get(i).containsAll(later.extras.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    @Test
    void theShapeCheckSeesAHiddenLine() {
        Shape general = Shape.of(new TsvFile.Row("t", 1, List.of("a", "lift|ease sanction|embargo", "verb", "085")));
        Shape narrower = Shape.of(new TsvFile.Row("t", 2, List.of("b", "ease sanction", "verb", "085")));
        Shape wider = Shape.of(new TsvFile.Row("t", 3, List.of("c", "ease sanction|tariff", "verb", "085")));
        assertTrue(general.covers(narrower));
        assertFalse(general.covers(wider));
    }
}
