package parley.store.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import parley.model.Actor;
import parley.store.DateSpan;
import parley.store.MergeSettings;
import parley.store.Spot;

/** The merge as a function of a set of mentions, on hand-built mentions. */
class EventMergerTest {
    private static final Actor POMPEO = Actor.ofCountry("Mike Pompeo", "USA", "GOV");
    private static final Actor LAVROV = Actor.ofCountry("Sergey Lavrov", "RUS", "GOV");
    private static final Actor RUSSIA = Actor.ofCountry("Russia", "RUS", null);
    private static final Actor USA = Actor.ofCountry("United States", "USA", null);
    private static final Actor RUSSIAN_ARMY = Actor.ofCountry("Russian army", "RUS", "MIL");
    private static final Actor UKRAINE = Actor.ofCountry("Ukraine", "UKR", null);
    private static final Spot SOCHI = new Spot("Sochi", "RUS", 43.60, 39.73, "city", "gn:491422");
    private static final Spot MOSCOW = new Spot("Moscow", "RUS", 55.75, 37.62, "city", "gn:524901");
    private static final Spot WASHINGTON = new Spot("Washington", "USA", 38.90, -77.04, "city", "gn:4140963");
    private static final Spot KHARKIV = new Spot("Kharkiv", "UKR", 49.99, 36.23, "city", "gn:706483");
    private static final Spot DONETSK = new Spot("Donetsk", "UKR", 48.02, 37.80, "city", "gn:709717");

    private final EventMerger merger = new EventMerger(MergeSettings.defaults());

    private static MergeMention m(String id, String article, int sentence, Actor source, Actor target, String cameo,
                                  String date, String precision, Spot place) {
        return new MergeMention(id, article, sentence, source, target, cameo, "asserted",
                DateSpan.of(date, precision), place);
    }

    /** Seven reports of one meeting, coded with the variations real reports give. */
    private static List<MergeMention> sochi() {
        return List.of(
                m("a1", "lemonde", 0, POMPEO, LAVROV, "040", "2019-05-14", "day", SOCHI),
                m("a2", "lemonde", 3, POMPEO, RUSSIA, "042", "2019-05-14", "day", SOCHI),
                m("b1", "reuters", 0, LAVROV, USA, "040", "2019-05-14", "day", SOCHI),
                m("c1", "lefigaro", 1, POMPEO, LAVROV, "040", "2019-05-14", "published", MOSCOW),
                m("d1", "apnews", 0, POMPEO, LAVROV, "043", "2019-05-14", "day", WASHINGTON),
                m("e1", "bbc", 2, USA, RUSSIA, "040", "2019-05-14", "day", null),
                m("f1", "liberation", 0, RUSSIA, POMPEO, "040", "2019-05-15", "published", SOCHI));
    }

    @Test
    void reportsOfOneMeetingAreOneEventWhateverTheirSectorsDirectionsAndPlaces() {
        List<MergedEvent> events = merger.merge(sochi());
        assertEquals(1, events.size(), events.toString());
        MergedEvent e = events.get(0);
        assertEquals(7, e.mentions().size());
        assertEquals("USAGOV", e.source().code());
        assertEquals("RUSGOV", e.target().code());
        assertEquals("043", e.cameo(), "the most specific code of its mentions (043 and 042 alike: the first in merge order)");
        assertEquals("2019-05-14", e.date().first().toString());
        assertEquals("day", e.date().precision());
        assertEquals("Sochi", e.place().name());
        assertTrue(e.undirected());
        assertEquals(e.mentions().size(), e.reasons().size());
        assertTrue(e.reasons().stream().anyMatch(r -> r.contains("in reverse")), e.reasons().toString());
        assertTrue(e.reasons().stream().anyMatch(r -> r.contains("less specific")), e.reasons().toString());
        assertTrue(e.reasons().stream().anyMatch(r -> r.contains("not place-bound")), e.reasons().toString());
    }

    @Test
    void theResultIsAFunctionOfTheSetNotOfTheOrder() {
        List<MergeMention> all = new ArrayList<>(sochi());
        all.add(m("g1", "kyivpost", 0, RUSSIAN_ARMY, UKRAINE, "190", "2019-05-14", "day", KHARKIV));
        all.add(m("g2", "kyivpost", 1, RUSSIA, UKRAINE, "193", "2019-05-14", "day", DONETSK));
        all.add(m("h1", "tass", 0, UKRAINE, RUSSIA, "190", "2019-05-15", "day", KHARKIV));
        all.add(m("i1", "rferl", 4, RUSSIA, UKRAINE, "112", "2019-05-13", "day", null));
        all.add(m("i2", "rferl", 5, Actor.ofCountry("Kyiv", "UKR", "GOV"), RUSSIA, "112", "2019-05-13", "day", null));
        List<MergedEvent> expected = merger.merge(all);
        Random random = new Random(7);
        for (int i = 0; i < 30; i++) {
            Collections.shuffle(all, random);
            assertEquals(expected, merger.merge(all));
        }
    }

    @Test
    void aSectorLessSideFitsASectoredOneButTwoSectorsDoNot() {
        List<MergedEvent> events = merger.merge(List.of(
                m("x1", "a", 0, LAVROV, UKRAINE, "111", "2020-01-01", "day", null),
                m("x2", "b", 0, RUSSIAN_ARMY, UKRAINE, "111", "2020-01-01", "day", null),
                m("x3", "c", 0, RUSSIA, UKRAINE, "111", "2020-01-01", "day", null)));
        assertEquals(2, events.size());
        assertEquals(List.of("x1", "x3"), ids(events.get(0)), "the sector-less report joins the first-made event");
        assertEquals(List.of("x2"), ids(events.get(1)));
    }

    @Test
    void aDirectedCodeKeepsItsDirection() {
        List<MergedEvent> events = merger.merge(List.of(
                m("x1", "a", 0, RUSSIA, UKRAINE, "112", "2020-01-01", "day", null),
                m("x2", "b", 0, UKRAINE, RUSSIA, "112", "2020-01-01", "day", null)));
        assertEquals(2, events.size());
        assertFalse(events.get(0).undirected());
    }

    @Test
    void aMirroredPairFromOneSentenceIsOneEventWithoutDirection() {
        List<MergedEvent> events = merger.merge(List.of(
                m("x1", "a", 2, RUSSIA, UKRAINE, "190", "2020-01-01", "day", DONETSK),
                m("x2", "a", 2, UKRAINE, RUSSIA, "190", "2020-01-01", "day", DONETSK),
                m("x3", "b", 0, UKRAINE, RUSSIA, "193", "2020-01-01", "day", null)));
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).undirected());
        assertEquals("193", events.get(0).cameo());
    }

    @Test
    void placesTellFightsApartButNotMeetings() {
        List<MergedEvent> fights = merger.merge(List.of(
                m("x1", "a", 0, RUSSIA, UKRAINE, "190", "2020-01-01", "day", KHARKIV),
                m("x2", "b", 0, RUSSIA, UKRAINE, "190", "2020-01-01", "day", DONETSK)));
        assertEquals(2, fights.size(), "Kharkiv and Donetsk are farther apart than 100 km");
        assertTrue(fights.get(1).reasons().get(0).contains("placed in"), fights.get(1).reasons().toString());
        List<MergedEvent> meetings = merger.merge(List.of(
                m("x1", "a", 0, POMPEO, LAVROV, "040", "2020-01-01", "day", SOCHI),
                m("x2", "b", 0, POMPEO, LAVROV, "040", "2020-01-01", "day", WASHINGTON)));
        assertEquals(1, meetings.size());
    }

    @Test
    void datesFartherApartThanTheSettingAreTwoEventsAndUndatedStaysApart() {
        List<MergedEvent> events = merger.merge(List.of(
                m("x1", "a", 0, POMPEO, LAVROV, "040", "2020-01-01", "day", null),
                m("x2", "b", 0, POMPEO, LAVROV, "040", "2020-01-04", "day", null),
                m("x3", "c", 0, POMPEO, LAVROV, "040", null, null, null),
                m("x4", "d", 0, POMPEO, LAVROV, "040", "2020-01", "month", null)));
        assertEquals(3, events.size(), events.toString());
        assertEquals(List.of("x1", "x4"), ids(events.get(0)), "a month-precise report joins the first day event");
        assertEquals(List.of("x3"), ids(events.get(2)));
        assertEquals(1, new EventMerger(MergeSettings.defaults().withDays(3)).merge(List.of(
                m("x1", "a", 0, POMPEO, LAVROV, "040", "2020-01-01", "day", null),
                m("x2", "b", 0, POMPEO, LAVROV, "040", "2020-01-04", "day", null))).size());
    }

    @Test
    void blocksAreModeRootClassAndTheUnorderedPair() {
        MergeMention a = m("x1", "a", 0, RUSSIA, UKRAINE, "180", "2020-01-01", "day", null);
        MergeMention b = m("x2", "b", 0, UKRAINE, RUSSIA, "193", "2020-01-01", "day", null);
        assertEquals("asserted\t18\tRUS\tUKR", merger.block(a));
        assertEquals(merger.block(a), merger.block(b));
        assertEquals("asserted\t04\tRUS\tUSA", merger.block(sochi().get(0)));
    }

    @Test
    void twoMentionsWithOneIdAreRefused() {
        MergeMention a = sochi().get(0);
        assertThrows(IllegalArgumentException.class, () -> merger.merge(List.of(a, a)));
    }

    private static List<String> ids(MergedEvent e) {
        return e.mentions().stream().map(MergeMention::id).toList();
    }
}
