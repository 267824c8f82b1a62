package parley.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.kb.KnowledgeBase;
import parley.model.Actor;
import parley.model.Event;
import parley.testing.Parses;

/**
 * Actor resolution on hand-built parses with the bundled knowledge: titles at the article's date,
 * counterparts, "ce dernier", "the two leaders", coordinated nationality adjectives.
 */
class ActorResolutionTest {
    private static final LocalDate JAN_2016 = LocalDate.of(2016, 1, 16);
    private static EventCoder coder;

    @BeforeAll
    static void load() {
        coder = new EventCoder(KnowledgeBase.bundled());
    }

    private static final String[] IRANIAN_MINISTER_MEETS_OMANI_COUNTERPART = {
        "The the DET 4 det", "Iranian iranian ADJ 4 amod MISC", "foreign foreign ADJ 4 amod",
        "minister minister NOUN 5 nsubj", "met meet VERB 0 root", "his he PRON 8 nmod:poss",
        "Omani omani PROPN 8 compound MISC", "counterpart counterpart NOUN 5 obj", ". . PUNCT 5 punct"};

    /** Every argument actor of sentence {@code index}, as the coder resolved it, by code and name. */
    private static List<String> arguments(int index, String lang, LocalDate date, String[]... sentences) {
        List<String> out = new ArrayList<>();
        coder.code(Parses.article(lang, date, sentences), (s, actors) -> {
            if (s.index() == index) {
                actors.forEach(a -> out.add(a.code() + "=" + a.name()));
            }
        });
        return out;
    }

    @Test
    void aTitleIsTheHolderOfTheOfficeAtTheDateAndHisCounterpartHoldsTheSameOfficeElsewhere() {
        List<Event> events = coder.code(Parses.article("en", JAN_2016, IRANIAN_MINISTER_MEETS_OMANI_COUNTERPART));
        Event meeting = events.get(0);
        assertEquals("IRNGOV", meeting.source().code());
        assertEquals("Mohammad Javad Zarif", meeting.source().name());
        assertEquals("OMNGOV", meeting.target().code());
    }

    @Test
    void aTitleOutsideAnyRecordedTermIsStillTheStateButNoPerson() {
        List<Event> events = coder.code(Parses.article("en", LocalDate.of(1995, 1, 16), // terms are recorded since 2000
                IRANIAN_MINISTER_MEETS_OMANI_COUNTERPART));
        assertEquals("IRNGOV", events.get(0).source().code());
        assertEquals("Iran", events.get(0).source().name());
    }

    @Test
    void aCounterpartWithoutNameOrNationalityIsLeftUnresolved() {
        List<String> found = arguments(0, "fr", JAN_2016, new String[] {
            "Sergueï Sergueï PROPN 4 nsubj PERSON", "Lavrov Lavrov PROPN 1 flat:name PERSON",
            "a avoir AUX 4 aux", "rencontré rencontrer VERB 0 root", "son son DET 6 det",
            "homologue homologue NOUN 4 obj", ". . PUNCT 4 punct"});
        assertEquals(List.of("RUSGOV=Sergey Lavrov"), found);
    }

    @Test
    void ceDernierIsThePersonNamedLastNotTheSubject() {
        List<String> found = arguments(1, "fr", LocalDate.of(2021, 9, 18),
            new String[] {"Jean-Yves Jean-Yves PROPN 5 nsubj PERSON", "Le le PROPN 1 flat:name PERSON",
                "Drian Drian PROPN 1 flat:name PERSON", "a avoir AUX 5 aux", "reçu recevoir VERB 0 root",
                "Dmytro Dmytro PROPN 5 obj PERSON", "Kouleba Kouleba PROPN 6 flat:name PERSON", ". . PUNCT 5 punct"},
            new String[] {"Ce ce DET 2 det", "dernier dernier NOUN 4 nsubj", "a avoir AUX 4 aux",
                "critiqué critiquer VERB 0 root", "la le DET 6 det", "Russie Russie PROPN 4 obj LOCATION",
                ". . PUNCT 4 punct"});
        assertEquals(List.of("UKRGOV=Dmytro Kuleba", "RUS=Russia"), found);
    }

    @Test
    void theTwoLeadersAreBothSidesJustNamed() {
        List<String> found = arguments(1, "en", LocalDate.of(2018, 6, 12),
            new String[] {"Donald Donald PROPN 6 nsubj PERSON", "Trump Trump PROPN 1 flat PERSON", "and and CCONJ 4 cc",
                "Kim Kim PROPN 1 conj PERSON", "Jong-un Jong-un PROPN 4 flat PERSON", "met meet VERB 0 root",
                ". . PUNCT 6 punct"},
            new String[] {"The the DET 3 det", "two two NUM 3 nummod", "leaders leader NOUN 4 nsubj",
                "signed sign VERB 0 root", "a a DET 6 det", "document document NOUN 4 obj", ". . PUNCT 4 punct"});
        assertEquals(List.of("USAGOV=Donald Trump", "PRKGOV=Kim Jong-un"), found);
    }

    @Test
    void coordinatedNationalityAdjectivesShareTheNoun() {
        List<String> found = arguments(0, "fr", LocalDate.of(2024, 6, 13), new String[] {
            "Les le DET 2 det", "dirigeants dirigeant NOUN 7 nsubj", "russe russe ADJ 2 amod",
            "et et CCONJ 5 cc", "chinois chinois ADJ 3 conj", "ont avoir AUX 7 aux", "signé signer VERB 0 root",
            "un un DET 9 det", "accord accord NOUN 7 obj", ". . PUNCT 7 punct"});
        assertEquals(new TreeSet<>(List.of("CHNGOV", "RUSGOV")),
                new TreeSet<>(found.stream().map(f -> f.split("=")[0]).toList()));
    }

    @Test
    void anOrganisationsEnvoyIsTheOrganisation() {
        List<String> found = arguments(0, "fr", LocalDate.of(2020, 7, 6), new String[] {
            "Haftar Haftar PROPN 3 nsubj PERSON", "a avoir AUX 3 aux", "reçu recevoir VERB 0 root",
            "l' le DET 5 det", "envoyé envoyé NOUN 3 obj", "de de ADP 8 case", "l' le DET 8 det",
            "ONU ONU PROPN 5 nmod ORGANIZATION", ". . PUNCT 3 punct"});
        assertEquals(List.of("LBYMIL", "IGOUNO"), found.stream().map(f -> f.split("=")[0]).toList());
    }

    @Test
    void holderIsNotGuessedOnAHandoverDay() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        Actor zarif = kb.actors().holder("IRN", "foreign minister", JAN_2016);
        assertEquals("Mohammad Javad Zarif", zarif.name());
        assertNull(kb.actors().holder("USA", "president", LocalDate.of(2021, 1, 20))); // Trump's last day, Biden's first
        assertEquals("Joe Biden", kb.actors().holder("USA", "president", LocalDate.of(2021, 1, 21)).name());
        assertNull(kb.actors().holder("IRN", "foreign minister", null));
    }

    @Test
    void aStateInAStreetsNameIsNeitherAnActorNorThePlace() {
        String[] square = {"La le DET 2 det", "police police NOUN 4 nsubj", "a avoir AUX 4 aux",
            "dispersé disperser VERB 0 root", "des un DET 6 det", "manifestants manifestant NOUN 4 obj",
            "sur sur ADP 9 case", "la le DET 9 det", "place place NOUN 4 obl", "d' de ADP 11 case",
            "Espagne Espagne PROPN 9 nmod LOC", ". . PUNCT 4 punct"};
        List<String> found = arguments(0, "fr", JAN_2016, square);
        assertEquals(List.of(), found.stream().filter(a -> a.startsWith("ESP")).toList());
        for (Event e : coder.code(Parses.article("fr", JAN_2016, square))) {
            assertNull(e.place(), "no place: " + e.place());
        }
        String[] embassy = square.clone(); // the same words after "l'ambassade d'" name Spain
        embassy[8] = "ambassade ambassade NOUN 4 obl";
        KnowledgeBase kb = KnowledgeBase.bundled();
        ActorTagger tagger = new ActorTagger(kb.actors());
        assertEquals(List.of(), spain(tagger.tag(Parses.sentence(0, 0, square), kb.language("fr"), JAN_2016)));
        assertEquals(List.of("ESP"), spain(tagger.tag(Parses.sentence(0, 0, embassy), kb.language("fr"), JAN_2016)));
    }

    private static List<String> spain(List<parley.model.ActorMention> mentions) {
        return mentions.stream().filter(m -> m.actor() != null && "ESP".equals(m.actor().country()))
                .map(m -> m.actor().country()).toList();
    }
}
