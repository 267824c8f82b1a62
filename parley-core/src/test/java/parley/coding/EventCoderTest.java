package parley.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.kb.KnowledgeBase;
import parley.model.Event;
import parley.model.Mode;
import parley.testing.Parses;

/** The coder on hand-built parses with the bundled knowledge files: no CoreNLP, milliseconds each. */
class EventCoderTest {
    private static final LocalDate MAY_2019 = LocalDate.of(2019, 5, 14);
    private static EventCoder coder;

    @BeforeAll
    static void load() {
        coder = new EventCoder(KnowledgeBase.bundled());
    }

    private static String triple(Event e) {
        return e.source().key() + ">" + (e.target() == null ? "---" : e.target().key()) + ":" + e.cameo().root();
    }

    private static List<String> asserted(List<Event> events) {
        return events.stream().filter(e -> e.mode() == Mode.ASSERTED).map(EventCoderTest::triple).toList();
    }

    @Test
    void subjectAndObjectOfAVerb() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2019, new String[] {
            "La le DET 2 det", "France France PROPN 3 nsubj LOCATION", "condamne condamner VERB 0 root",
            "la le DET 5 det", "Russie Russie PROPN 3 obj LOCATION", ". . PUNCT 3 punct"}));
        assertEquals(List.of("FRA>RUS:11"), asserted(events));
        Event e = events.get(0);
        assertEquals("France", e.sourceText());
        assertTrue(e.rule().startsWith("fr."), e.rule());
        assertEquals("La ".length(), e.start());
        assertEquals("La France condamne la Russie".length(), e.end());
    }

    @Test
    void aStopRequestStopsCodingEvenOnceTheInterruptIsCleared() {
        var article = Parses.article("fr", MAY_2019, new String[] {
            "La le DET 2 det", "France France PROPN 3 nsubj LOCATION", "condamne condamner VERB 0 root",
            "la le DET 5 det", "Russie Russie PROPN 3 obj LOCATION", ". . PUNCT 3 punct"});
        StopRequest.send(Thread.currentThread()); // what an article's time budget does to the thread coding it
        Thread.interrupted(); // as CoreNLP's NER does with an interrupt: the request must outlive it
        CancellationException stopped = assertThrows(CancellationException.class, () -> coder.code(article));
        assertTrue(stopped.getMessage().contains(article.article().id()), stopped.getMessage());
        assertFalse(StopRequest.pending(), "the request is taken, not left for the next article");
        assertEquals(List.of("FRA>RUS:11"), asserted(coder.code(article)), "the next call codes as before");
    }

    @Test
    void passiveAgentIsTheSource() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2019, new String[] {
            "La le DET 2 det", "Russie Russie PROPN 5 nsubj:pass", "a avoir AUX 5 aux", "été être AUX 5 aux:pass",
            "sanctionnée sanctionner VERB 0 root", "par par ADP 8 case", "l' le DET 8 det",
            "UE UE PROPN 5 obl:agent", ". . PUNCT 5 punct"}));
        assertEquals(List.of("EU>RUS:16"), asserted(events));
    }

    @Test
    void coordinatedSubjectsOfAMeetingMeetEachOtherWhereTheTextSays() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2019, new String[] {
            "Donald donald PROPN 8 nsubj PERSON", "Trump trump PROPN 1 flat:name PERSON", "et et CCONJ 4 cc",
            "Kim kim PROPN 1 conj PERSON", "Jong-un jong-un PROPN 4 flat:name PERSON", "se se PRON 8 expl:pv",
            "sont être AUX 8 aux", "rencontrés rencontrer VERB 0 root", "à à ADP 10 case",
            "Singapour singapour PROPN 8 obl LOCATION", ". . PUNCT 8 punct"}));
        assertEquals(List.of("USA>PRK:04"), asserted(events));
        assertEquals("USAGOV", events.get(0).source().code());
        assertNotNull(events.get(0).place());
        assertEquals("SGP", events.get(0).place().country());
    }

    @Test
    void anUnplacedEventTakesTheCityTheNextSentencesNameInItsSourcesCountry() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2019,
            new String[] {"Les le DET 2 det", "manifestants manifestant NOUN 4 nsubj", "biélorusses biélorusse ADJ 2 amod",
                "dénoncent dénoncer VERB 0 root", "le le DET 6 det", "gouvernement gouvernement NOUN 4 obj",
                ". . PUNCT 4 punct"},
            new String[] {"Les le DET 2 det", "usines usine NOUN 4 nsubj", "sont être AUX 4 cop",
                "fermées fermé ADJ 0 root", ". . PUNCT 4 punct"},
            new String[] {"À à ADP 2 case", "Minsk Minsk PROPN 5 obl LOCATION", ", , PUNCT 2 punct",
                "on on PRON 5 nsubj", "attend attendre VERB 0 root", ". . PUNCT 5 punct"}));
        assertEquals(List.of("BLR>BLR:11"), asserted(events));
        assertNotNull(events.get(0).place());
        assertEquals("Minsk", events.get(0).place().name());
    }

    @Test
    void anActorlessEventNounContinuesOnlyAnEarlierEventOfItsOwnKind() {
        String[] arrest = {"La le DET 2 det", "police police NOUN 5 nsubj", "iranienne iranien ADJ 2 amod",
            "a avoir AUX 5 aux", "arrêté arrêter VERB 0 root", "deux deux NUM 7 nummod",
            "journalistes journaliste NOUN 5 obj", "grecs grec ADJ 7 amod", ". . PUNCT 5 punct"};
        List<Event> events = coder.code(Parses.article("fr", MAY_2019, arrest,
            new String[] {"Un un DET 2 det", "coup coup NOUN 5 nsubj", "d' de ADP 4 case", "État état NOUN 2 nmod",
                "suit suivre VERB 0 root", ". . PUNCT 5 punct"}));
        assertEquals(List.of("IRN>GRC:17"), asserted(events)); // a coup is no continuation of an arrest
        List<Event> again = coder.code(Parses.article("fr", MAY_2019, arrest,
            new String[] {"Cette ce DET 2 det", "arrestation arrestation NOUN 4 nsubj", "a avoir AUX 4 aux",
                "choqué choquer VERB 0 root", "Athènes Athènes PROPN 4 obj LOCATION", ". . PUNCT 4 punct"}));
        assertEquals(List.of("IRN>GRC:17", "IRN>GRC:17"), asserted(again)); // "cette arrestation" is that arrest
    }

    @Test
    void negatedEventIsNotAsserted() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2019, new String[] {
            "La le DET 2 det", "France France PROPN 6 nsubj", "n' ne ADV 6 advmod", "a avoir AUX 6 aux",
            "pas pas ADV 6 advmod", "condamné condamner VERB 0 root", "la le DET 8 det",
            "Russie Russie PROPN 6 obj", ". . PUNCT 6 punct"}));
        assertEquals(List.of(), asserted(events));
        assertEquals(Mode.NEGATED, events.get(0).mode());
    }

    @Test
    void participialClauseTakesTheSubjectResolvedFromThePreviousSentence() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2019,
            new String[] {"Le le DET 2 det", "leader leader NOUN 6 nsubj", "nord-coréen nord-coréen ADJ 2 amod",
                "s' se PRON 6 expl:pv", "est être AUX 6 aux", "tourné tourner VERB 0 root", "vers vers ADP 9 case",
                "la le DET 9 det", "Russie Russie PROPN 6 obl", ". . PUNCT 6 punct"},
            new String[] {"Rencontrant rencontrer VERB 9 advcl O VerbForm=Part", "Poutine poutine PROPN 1 obj PERSON",
                "à à ADP 4 case", "Vladivostok vladivostok PROPN 1 obl LOCATION", ", , PUNCT 1 punct",
                "ce ce DET 7 det", "dernier dernier NOUN 9 nsubj", "a avoir AUX 9 aux", "renoué renouer VERB 0 root",
                "avec avec ADP 11 case", "Moscou Moscou PROPN 9 obl", ". . PUNCT 9 punct"}));
        Event meeting = events.stream().filter(e -> e.cameo().root().equals("04") && e.sentenceIndex() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("no meeting coded: " + asserted(events)));
        assertEquals("PRK>RUS:04", triple(meeting));
        assertEquals("RUS", meeting.place().country());
        assertTrue(meeting.place().name().startsWith("Vladivostok"), meeting.place().name());
    }

    @Test
    void englishSubjectObjectWithNationalityAdjectiveAndTitle() {
        List<Event> events = coder.code(Parses.article("en", MAY_2019, new String[] {
            "The the DET 3 det", "Russian russian ADJ 3 amod MISC", "government government NOUN 4 nsubj",
            "condemned condemn VERB 0 root", "the the DET 6 det", "Ukrainian ukrainian ADJ 7 amod MISC",
            "army army NOUN 4 obj", ". . PUNCT 4 punct"}));
        assertEquals(List.of("RUS>UKR:11"), asserted(events));
        assertEquals("RUSGOV", events.get(0).source().code());
        assertEquals("UKRMIL", events.get(0).target().code());
    }

    @Test
    void targetNamedInsideTheObject() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2019, new String[] {
            "Le le DET 2 det", "Maroc Maroc PROPN 4 nsubj", "a avoir AUX 4 aux", "rompu rompre VERB 0 root",
            "ses son DET 6 det", "relations relation NOUN 4 obj", "diplomatiques diplomatique ADJ 6 amod",
            "avec avec ADP 10 case", "l' le DET 10 det", "Iran Iran PROPN 6 nmod", ". . PUNCT 4 punct"}));
        assertEquals(List.of("MAR>IRN:16"), asserted(events));
    }

    @Test
    void protestWithoutTargetIsAgainstTheOwnGovernmentWhereTheSceneIs() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2019, new String[] {
            "Des un DET 2 det", "milliers millier NOUN 6 nsubj", "de de ADP 4 case",
            "manifestants manifestant NOUN 2 nmod", "ont avoir AUX 6 aux", "défilé défiler VERB 0 root",
            "à à ADP 8 case", "Alger Alger PROPN 6 obl LOCATION", ". . PUNCT 6 punct"}));
        assertEquals(List.of("DZA>DZA:14"), asserted(events));
        assertEquals("OPP", events.get(0).source().sector());
        assertEquals("GOV", events.get(0).target().sector());
        assertEquals("DZA", events.get(0).place().country());
    }

    @Test
    void timePhrasePointingAheadMakesTheEventFuture() {
        List<Event> events = coder.code(Parses.article("en", MAY_2019, new String[] {
            "Putin putin PROPN 2 nsubj PERSON", "meets meet VERB 0 root", "Macron macron PROPN 2 obj PERSON",
            "next next ADJ 5 amod", "week week NOUN 2 obl:tmod", ". . PUNCT 2 punct"}));
        assertEquals(List.of(), asserted(events));
        assertEquals(Mode.FUTURE, events.get(0).mode());
    }

    @Test
    void anActorSubjectSaysWhoActsNotWhatIsDone() {
        // "UN aid agencies warned Israel": a threat, not a threat to cut aid; the agencies are expelled by no one
        List<Event> warned = coder.code(Parses.article("en", MAY_2019, new String[] {
            "UN UN PROPN 3 compound ORGANIZATION", "aid aid NOUN 3 compound", "agencies agency NOUN 4 nsubj",
            "warned warn VERB 0 root", "Israel Israel PROPN 4 obj LOCATION", ". . PUNCT 4 punct"}));
        assertEquals(List.of("en.threaten"), warned.stream().map(Event::rule).toList());
        // with no complement the subject may be what happens: protesters clashing is a violent protest (145)
        List<Event> clashed = coder.code(Parses.article("en", MAY_2019, new String[] {
            "Thousands thousand NOUN 4 nsubj", "of of ADP 3 case", "protesters protester NOUN 1 nmod",
            "clashed clash VERB 0 root", "with with ADP 7 case", "the the DET 7 det", "police police NOUN 4 obl",
            "in in ADP 9 case", "Caracas Caracas PROPN 4 obl LOCATION", ". . PUNCT 4 punct"}));
        assertEquals(List.of("en.clash.protester"), clashed.stream().map(Event::rule).distinct().toList());
        // an instrument as subject may be the word: "missiles struck the plant" is a missile strike
        List<Event> struck = coder.code(Parses.article("en", MAY_2019, new String[] {
            "Russian Russian ADJ 2 amod MISC", "missiles missile NOUN 3 nsubj", "struck strike VERB 0 root",
            "Kharkiv Kharkiv PROPN 3 obj LOCATION", ". . PUNCT 3 punct"}));
        assertEquals(List.of("en.strike.missile.verb"), struck.stream().map(Event::rule).toList());
    }

    @Test
    void aCapitalisedMonthIsNoMarch() {
        List<Event> events = coder.code(Parses.article("en", MAY_2019, new String[] {
            "LONDON London PROPN 8 dep LOCATION", ", , PUNCT 1 punct", "March March PROPN 8 obl:tmod",
            "4 4 NUM 3 nummod", "- - PUNCT 1 punct", "the the DET 7 det", "economy economy NOUN 8 nsubj",
            "grew grow VERB 0 root", "faster fast ADV 8 advmod", "than than SCONJ 11 mark",
            "expected expect VERB 9 advcl", ". . PUNCT 8 punct"}));
        assertEquals(List.of(), events);
    }
}
