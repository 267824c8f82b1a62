package parley.kb;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import parley.model.Place;

/**
 * Places by name, in English and French (kb/places.tsv; format and provenance in docs/kb-places.md).
 * A name shared by several places is settled by the countries the story is about, then by population.
 */
public final class Gazetteer {
    public static final String RESOURCE = "parley/kb/places.tsv";
    private final PhraseIndex<Place> names = new PhraseIndex<>();
    /** Places by a spelling with accents or other non-ASCII letters, lower case ("tigré", "québec"). */
    private final Map<String, Set<Place>> accented = new HashMap<>();

    public static Gazetteer bundled() {
        Gazetteer g = new Gazetteer();
        g.addRows(TsvFile.resource(RESOURCE, 8));
        return g;
    }

    public void addRows(List<TsvFile.Row> rows) {
        for (TsvFile.Row r : rows) {
            Place p;
            try {
                p = new Place(r.get(0), r.get(1), r.get(2), Double.parseDouble(r.get(3)),
                        Double.parseDouble(r.get(4)), Long.parseLong(r.get(5)), r.get(6));
            } catch (NumberFormatException e) {
                throw r.error("bad coordinate or population: " + e.getMessage());
            }
            add(p.name(), p);
            String alt = r.optional(7);
            if (alt != null) {
                for (String a : alt.split("\\|")) {
                    add(a.strip(), p);
                }
            }
        }
    }

    private void add(String name, Place p) {
        names.add(name, p);
        if (!name.chars().allMatch(c -> c < 128)) {
            accented.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(p);
        }
    }

    /**
     * The readings of a name written with accents that carry that very spelling: "Tigré" is the Ethiopian
     * region, not the Argentine town "Tigre" that folds to the same key. Without accents, or when no reading
     * has the spelling, all the readings.
     */
    public List<Place> spelledAs(String written, List<Place> readings) {
        Set<Place> same = accented.get(written.toLowerCase(Locale.ROOT));
        if (same == null) {
            return readings;
        }
        List<Place> narrowed = readings.stream().filter(same::contains).toList();
        return narrowed.isEmpty() ? readings : narrowed;
    }

    public PhraseIndex<Place> names() {
        return names;
    }

    /**
     * The best reading of an ambiguous name: one in a preferred country first; then, when the name is a
     * country's, a reading inside that country ("Venezuela" is the country, not the Cuban town; "Singapore"
     * the city in Singapore); then a city over a region over a country, the most populous first.
     */
    public static Place choose(List<Place> candidates, Collection<String> preferredCountries) {
        Set<String> namedCountries = candidates.stream().filter(p -> p.feature().equals("country"))
                .map(Place::country).collect(Collectors.toSet());
        return candidates.stream()
                .max(Comparator.<Place>comparingInt(p -> preferredCountries.contains(p.country()) ? 1 : 0)
                        .thenComparingInt(p -> namedCountries.isEmpty() || namedCountries.contains(p.country()) ? 1 : 0)
                        .thenComparingInt(p -> p.feature().equals("country") ? 0 : 1)
                        .thenComparingLong(Place::population))
                .orElse(null);
    }
}
