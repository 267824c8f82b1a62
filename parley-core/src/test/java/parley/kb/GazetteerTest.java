package parley.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import parley.model.Place;

/** How an ambiguous place name is read, on the bundled gazetteer. */
class GazetteerTest {
    private static final Gazetteer GAZETTEER = KnowledgeBase.bundled().gazetteer();

    private static List<Place> readings(String name) {
        return GAZETTEER.names().get(name);
    }

    @Test
    void aCountrysNameIsTheCountryNotATownAbroadOfTheSameName() {
        Place p = Gazetteer.choose(readings("Venezuela"), Set.of("USA"));
        assertEquals("VEN", p.country());
        assertEquals("country", p.precision());
    }

    @Test
    void aCityStateIsReadAsItsCity() {
        Place p = Gazetteer.choose(readings("Singapour"), Set.of());
        assertEquals("SGP", p.country());
        assertEquals("city", p.precision());
    }

    @Test
    void theActorsCountrySettlesAnAmbiguousCity() {
        assertEquals("USA", Gazetteer.choose(readings("Paris"), Set.of("USA")).country());
        assertEquals("FRA", Gazetteer.choose(readings("Paris"), Set.of()).country());
    }

    @Test
    void aSpellingWithAccentsKeepsThePlacesThatCarryIt() {
        assertEquals("ETH", Gazetteer.choose(GAZETTEER.spelledAs("Tigré", readings("Tigré")), Set.of()).country());
        // without the accent the name stays ambiguous, and the larger town wins
        assertEquals("ARG", Gazetteer.choose(GAZETTEER.spelledAs("Tigre", readings("Tigre")), Set.of()).country());
    }
}
