package parley.app.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import parley.model.Actor;

/**
 * Scores benchmark lines: per sentence, the set of actor codes found against the set expected, at two
 * levels: the exact code (RUSGOV must be RUSGOV) and the country or organisation (RUSGOV and RUSMIL are both
 * RUS). Right, missed and extra actors are summed per language; see {@link ActorTally}.
 */
public final class BenchScorer {

    /** One scored line. */
    public record Outcome(BenchItem item, Set<String> found, Set<String> expectedKeys, Set<String> foundKeys) {
        public boolean exact() {
            return found.equals(item.expected());
        }

        public boolean countryRight() {
            return foundKeys.equals(expectedKeys);
        }
    }

    private final CountryLevel level;
    private final Map<String, ActorTally> exact = new TreeMap<>();
    private final Map<String, ActorTally> country = new TreeMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();

    public BenchScorer(CountryLevel level) {
        this.level = level;
    }

    public Outcome add(BenchItem item, Set<Actor> foundActors) {
        Set<String> found = new LinkedHashSet<>();
        Set<String> foundKeys = new LinkedHashSet<>();
        for (Actor a : foundActors) {
            found.add(a.code());
            foundKeys.add(a.key());
        }
        Set<String> expectedKeys = new LinkedHashSet<>();
        item.expected().forEach(c -> expectedKeys.add(level.keyOf(c)));
        for (String lang : List.of(item.lang(), "all")) {
            exact.computeIfAbsent(lang, l -> new ActorTally()).add(item.expected(), found);
            country.computeIfAbsent(lang, l -> new ActorTally()).add(expectedKeys, foundKeys);
        }
        Outcome o = new Outcome(item, found, expectedKeys, foundKeys);
        outcomes.add(o);
        return o;
    }

    /** Per language ("fr", "en" and "all"), at the exact-code level. */
    public Map<String, ActorTally> exact() {
        return exact;
    }

    /** Per language ("fr", "en" and "all"), at the country level. */
    public Map<String, ActorTally> country() {
        return country;
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }
}
