package parley.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import parley.model.Actor;
import parley.model.Place;

/**
 * What an article has said so far, for the words that point back: the actors it named (subjects are the
 * most salient, as in centering theory), the places it named, and the events it coded.
 */
final class DiscourseMemory {

    record Entry(Actor actor, boolean human, boolean subject, int sentence) {
    }

    record PlaceSeen(Place place, int sentence) {
    }

    record PastEvent(String root, Actor source, Actor target, Place place, int sentence) {
    }

    private static final int REACH = 3;
    private final List<Entry> actors = new ArrayList<>();
    private final List<PlaceSeen> places = new ArrayList<>();
    private final List<PastEvent> events = new ArrayList<>();
    private Place dateline;

    void rememberActor(Actor actor, boolean human, boolean subject, int sentence) {
        if (actor != null && actor.key() != null) {
            actors.add(new Entry(actor, human, subject, sentence));
        }
    }

    void rememberPlace(Place place, int sentence) {
        places.add(new PlaceSeen(place, sentence));
    }

    void rememberEvent(PastEvent e) {
        events.add(e);
    }

    /**
     * The antecedent of an anaphor in sentence {@code sentence}: a subject of the closest earlier sentence
     * first, then any earlier mention; people for personal pronouns. {@code avoid} is never returned
     * (an actor does not meet itself).
     */
    Actor antecedent(String refersTo, int sentence, Actor avoid) {
        boolean wantsHuman = refersTo.startsWith("person");
        for (boolean subjectsOnly : new boolean[] {true, false}) {
            for (int i = actors.size() - 1; i >= 0; i--) {
                Entry e = actors.get(i);
                if (sentence - e.sentence() > REACH) {
                    break;
                }
                if ((subjectsOnly && !e.subject()) || (wantsHuman && !e.human()) || same(e.actor(), avoid)) {
                    continue;
                }
                return refersTo.equals("government") ? governmentOf(e.actor()) : e.actor();
            }
        }
        return null;
    }

    private static Actor governmentOf(Actor a) {
        return a.country() != null ? Actor.ofCountry(a.name(), a.country(), "GOV") : a;
    }

    private static boolean same(Actor a, Actor b) {
        return b != null && a.key().equals(b.key()) && Objects.equals(a.name(), b.name());
    }

    /** The country of the latest actor named up to this sentence that belongs to a country, or null. */
    String contextCountry(int sentence) {
        for (int i = actors.size() - 1; i >= 0; i--) {
            Entry e = actors.get(i);
            if (sentence - e.sentence() > REACH) {
                break;
            }
            if (e.actor().country() != null) {
                return e.actor().country();
            }
        }
        return null;
    }

    /** The place of the article's dateline ("PÉKIN, 8 juillet 2019 -"), or null. */
    Place dateline() {
        return dateline;
    }

    void setDateline(Place place) {
        this.dateline = place;
    }

    /** The latest city or region named in the last few sentences in one of these countries, or null. */
    Place recentPlaceIn(Set<String> countries, int sentence) {
        for (int i = places.size() - 1; i >= 0; i--) {
            PlaceSeen seen = places.get(i);
            if (sentence - seen.sentence() > REACH) {
                break;
            }
            if (seen.sentence() < sentence && countries.contains(seen.place().country())
                    && !seen.place().precision().equals("country")) {
                return seen.place();
            }
        }
        return null;
    }

    /** The places of the latest earlier sentence that named any, most precise first. */
    Place recentPlace(int sentence) {
        int chosen = -1;
        Place best = null;
        for (int i = places.size() - 1; i >= 0; i--) {
            PlaceSeen seen = places.get(i);
            if (seen.sentence() >= sentence) {
                continue;
            }
            if (chosen < 0) {
                if (sentence - seen.sentence() > REACH) {
                    break;
                }
                chosen = seen.sentence();
            }
            if (seen.sentence() != chosen) {
                break;
            }
            if (best == null || PlaceFinder.rank(seen.place()) > PlaceFinder.rank(best)) {
                best = seen.place();
            }
        }
        return best;
    }


    /**
     * The earlier event an event noun without actors continues ("la première rencontre a eu lieu à
     * Singapour"): one with the same root at the same place anywhere before, else the latest with the same
     * root in the last few sentences.
     */
    PastEvent earlierEvent(String root, int sentence, Place place) {
        if (place != null) {
            for (int i = events.size() - 1; i >= 0; i--) {
                PastEvent e = events.get(i);
                if (e.root().equals(root) && e.place() != null && e.place().id().equals(place.id())) {
                    return e;
                }
            }
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            PastEvent e = events.get(i);
            if (sentence - e.sentence() > REACH) {
                break;
            }
            if (e.root().equals(root)) {
                return e;
            }
        }
        return null;
    }
}
