package parley.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parley.coding.ArgumentActors.Resolved;
import parley.coding.ArgumentReader.Arguments;
import parley.coding.Candidate.Located;
import parley.kb.Gazetteer;
import parley.kb.LanguagePack;
import parley.model.Place;
import parley.model.Sentence;

/**
 * Place pass: where the event's clause puts it; else, when the clause points back ("d'y rencontrer"), the place of
 * the sentence before; else the city that names its source; else the scene of the sentence in the actors'
 * country. Places that are the actors themselves ("Moscou prône...") are not locations.
 */
final class PlacePass implements CandidatePass {
    private final PlaceFinder placeFinder = new PlaceFinder();

    @Override
    public String name() {
        return "place";
    }

    @Override
    public void apply(Candidate c, SentenceContext x) {
        c.place = placeOf(x, c.trigger, c.args);
    }

    private Located placeOf(SentenceContext x, TriggerFinder.Trigger tr, Arguments args) {
        Sentence s = x.s();
        LanguagePack lang = x.lang();
        Set<String> countries = new HashSet<>();
        Set<Integer> actorWords = new HashSet<>();
        List<Resolved> all = new ArrayList<>(args.sources());
        all.addAll(args.targets());
        for (Resolved r : all) {
            if (r.actor().country() != null) {
                countries.add(r.actor().country());
            }
            if (r.mention() != null && r.mention().sentence() == s.index()) {
                actorWords.add(r.mention().head());
            }
        }
        // a country named as an actor is no place unless a place word or an area introduces it: "vetoed
        // sanctions against Russia" happened nowhere in Russia, "met in Russia" and "dans le nord-est du
        // Nigeria" did
        List<PlaceMention> candidates = x.places().stream().filter(p -> !actorWords.contains(p.head()))
                .filter(p -> x.scene().contains(p) || !isCountry(p) || PlaceFinder.completesArea(s, p, lang)).toList();
        Set<Integer> peopleWords = new HashSet<>();
        x.mentions().forEach(m -> peopleWords.add(m.head()));
        PlaceFinder.Found found = placeFinder.find(s, tr.token(), candidates, countries, lang, peopleWords);
        if (found != null) {
            return new Located(found.place(), true);
        }
        boolean pointsBack = s.children(tr.token().index()).stream()
                .anyMatch(c -> lang.is("clitic-there", c.text()));
        if (pointsBack) {
            return new Located(x.memory().recentPlace(s.index()), true);
        }
        Place cityActor = cityNamingTheSource(args, x.places(), s);
        if (cityActor != null) {
            return new Located(cityActor, false);
        }
        return new Located(countries.isEmpty() ? null : sceneOf(s, x.scene(), countries, x.memory()), false);
    }

    private static boolean isCountry(PlaceMention p) {
        Place reading = Gazetteer.choose(p.readings(), Set.of());
        return reading != null && reading.precision().equals("country");
    }

    /**
     * A source named by a city of its own ("la police de Hong Kong", "Singapore's navy") acts there; a capital
     * used for its government ("Washington a condamné") is not taken as a place, since the statement may
     * come from anywhere.
     */
    private static Place cityNamingTheSource(Arguments args, List<PlaceMention> places, Sentence s) {
        for (Resolved src : args.sources()) {
            if (src.mention() == null || src.mention().sentence() != s.index() || src.actor().country() == null
                    || src.mention().kind().equals("seat")) {
                continue;
            }
            for (PlaceMention m : places) {
                if (src.mention().covers(m.head())) {
                    Place p = Gazetteer.choose(m.readings(), Set.of(src.actor().country()));
                    if (p != null && p.precision().equals("city") && p.country().equals(src.actor().country())) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Where the story happens, for an event whose clause names no place: a place in the actors' country
     * named in the same sentence, else in the last few sentences, else the article's dateline.
     */
    static Place sceneOf(Sentence s, List<PlaceMention> places, Set<String> countries, DiscourseMemory memory) {
        Place best = null;
        for (PlaceMention m : places) {
            Place p = Gazetteer.choose(m.readings(), countries);
            if (p != null && countries.contains(p.country())
                    && (best == null || PlaceFinder.rank(p) > PlaceFinder.rank(best))) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        Place recent = memory.recentPlaceIn(countries, s.index());
        Place dateline = memory.dateline();
        return recent != null ? recent : dateline != null && countries.contains(dateline.country()) ? dateline : null;
    }
}
