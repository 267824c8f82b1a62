package parley.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.kb.KnowledgeBase;
import parley.model.Event;
import parley.model.Mode;
import parley.model.Sentence;
import parley.testing.Parses;

/** The coder's passes for events between parties, repeats, topics, venues and datelines, on hand-built parses. */
class PassesTest {
    private static final LocalDate MAY_2022 = LocalDate.of(2022, 5, 14);
    /** "Des combats ont opposé l'armée soudanaise aux forces tchadiennes." */
    private static final String[] SUDAN_CHAD_FIGHTING = {
        "Des un DET 2 det", "combats combat NOUN 4 nsubj", "ont avoir AUX 4 aux", "opposé opposer VERB 0 root",
        "l' le DET 6 det", "armée armée NOUN 4 obj", "soudanaise soudanais ADJ 6 amod", "aux à ADP 9 case",
        "forces force NOUN 4 obl", "tchadiennes tchadien ADJ 9 amod", ". . PUNCT 4 punct"};
    private static EventCoder coder;

    @BeforeAll
    static void load() {
        coder = new EventCoder(KnowledgeBase.bundled());
    }

    private static List<String> asserted(List<Event> events) {
        return events.stream().filter(e -> e.mode() == Mode.ASSERTED)
                .map(e -> e.source().key() + ">" + (e.target() == null ? "---" : e.target().key()) + ":" + e.cameo().root())
                .distinct().sorted().toList();
    }

    @Test
    void thePassesRunInTheDocumentedOrder() {
        assertEquals(List.of("repeats", "trigger", "modality", "arguments", "pairs", "denial", "place", "inheritance",
                "claims", "called-parties", "crowds"), coder.passNames());
    }

    @Test
    void clashesBetweenTwoPartiesAreFoughtByEachAgainstTheOther() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2022, new String[] {
            "Des un DET 2 det", "affrontements affrontement NOUN 12 nsubj", "entre entre ADP 5 case",
            "l' le DET 5 det", "armée armée NOUN 2 nmod", "soudanaise soudanais ADJ 5 amod", "et et CCONJ 9 cc",
            "les le DET 9 det", "forces force NOUN 5 conj", "tchadiennes tchadien ADJ 9 amod", "ont avoir AUX 12 aux",
            "éclaté éclater VERB 0 root", ". . PUNCT 12 punct"}));
        assertEquals(List.of("SDN>TCD:19", "TCD>SDN:19"), asserted(events));
    }

    @Test
    void aVerbOfOpposingNamesThePartiesOfTheFightingItsSubjectTells() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2022, SUDAN_CHAD_FIGHTING));
        assertEquals(List.of("SDN>TCD:19", "TCD>SDN:19"), asserted(events));
    }

    @Test
    void followingSuitRepeatsTheLatestEventWithANewSource() {
        List<Event> events = coder.code(Parses.article("en", MAY_2022, SPAIN_RECALLS, new String[] {
            "Italy Italy PROPN 2 nsubj LOCATION", "followed follow VERB 0 root", "suit suit NOUN 2 obj",
            ". . PUNCT 2 punct"}));
        assertEquals(List.of("ESP>VEN:16", "ITA>VEN:16"), asserted(events));
        Event repeat = events.stream().filter(e -> e.source().key().equals("ITA")).findFirst().orElseThrow();
        assertEquals(events.get(0).cameo().code(), repeat.cameo().code());
        assertEquals("en.follow.suit", repeat.rule());
    }

    @Test
    void notFollowingSuitRepeatsNothing() {
        List<Event> events = coder.code(Parses.article("en", MAY_2022, SPAIN_RECALLS, new String[] {
            "Italy Italy PROPN 4 nsubj LOCATION", "did do AUX 4 aux", "not not PART 4 advmod",
            "follow follow VERB 0 root", "suit suit NOUN 4 obj", ". . PUNCT 4 punct"}));
        assertEquals(List.of("ESP>VEN:16"), asserted(events));
    }

    @Test
    void aRepeatWithNothingBeforeItCodesNothing() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2022, new String[] {
            "Le le DET 2 det", "Brésil Brésil PROPN 4 nsubj LOCATION", "a avoir AUX 4 aux",
            "emboîté emboîter VERB 0 root", "le le DET 6 det", "pas pas NOUN 4 obj", ". . PUNCT 4 punct"}));
        assertEquals(List.of(), asserted(events));
    }

    private static final String[] SPAIN_RECALLS = {
        "Spain Spain PROPN 2 nsubj LOCATION", "recalled recall VERB 0 root", "its its PRON 4 nmod:poss",
        "ambassador ambassador NOUN 2 obj", "to to ADP 6 case", "Venezuela Venezuela PROPN 4 nmod LOCATION",
        ". . PUNCT 2 punct"};

    @Test
    void whatTalksAreAboutIsNoPartyToThem() {
        List<Event> withPartner = coder.code(Parses.article("en", MAY_2022, new String[] {
            "Sergei Sergei PROPN 3 nsubj PERSON", "Lavrov Lavrov PROPN 1 flat:name PERSON", "discussed discuss VERB 0 root",
            "Syria Syria PROPN 3 obj LOCATION", "with with ADP 6 case", "Antony Antony PROPN 3 obl PERSON",
            "Blinken Blinken PROPN 6 flat:name PERSON", ". . PUNCT 3 punct"}));
        assertEquals(List.of("RUS>USA:04"), asserted(withPartner));
        List<Event> alone = coder.code(Parses.article("en", MAY_2022, new String[] {
            "Sergei Sergei PROPN 3 nsubj PERSON", "Lavrov Lavrov PROPN 1 flat:name PERSON", "discussed discuss VERB 0 root",
            "Syria Syria PROPN 3 obj LOCATION", "and and CCONJ 6 cc", "Ukraine Ukraine PROPN 4 conj LOCATION",
            ". . PUNCT 3 punct"}));
        assertEquals(List.of("RUS>---:04"), asserted(alone)); // talks with no partner named: no target
    }

    @Test
    void aSeatNamedBareWhereAnAgreementWasSignedIsItsVenue() {
        List<Event> events = coder.code(Parses.article("en", MAY_2022, new String[] {
            "Armenia Armenia PROPN 4 nsubj LOCATION", "and and CCONJ 3 cc", "Azerbaijan Azerbaijan PROPN 1 conj LOCATION",
            "signed sign VERB 0 root", "an a DET 6 det", "agreement agreement NOUN 4 obj", "in in ADP 8 case",
            "Doha Doha PROPN 6 nmod LOCATION", ". . PUNCT 4 punct"}));
        assertEquals(List.of("ARM>AZE:05", "AZE>ARM:05"), asserted(events));
    }

    @Test
    void aWireDatelineEndsAtItsDashAndNeedsNoVerbBefore() {
        Sentence kabul = Parses.sentence(1, 0, "KABUL Kabul PROPN 6 nsubj LOCATION", ", , PUNCT 1 punct",
                "Afghanistan Afghanistan PROPN 1 appos LOCATION", "– – PUNCT 1 punct", "Taliban Taliban PROPN 6 nsubj",
                "freed free VERB 0 root", ". . PUNCT 6 punct");
        assertEquals(4, Datelines.length(kabul, List.of()));
        Sentence delhi = Parses.sentence(1, 0, "New New PROPN 2 compound LOCATION", "Delhi Delhi PROPN 5 nsubj LOCATION",
                ": : PUNCT 2 punct", "India India PROPN 5 nsubj LOCATION", "summoned summon VERB 0 root", ". . PUNCT 5 punct");
        assertEquals(3, Datelines.length(delhi, List.of(new PlaceMention(1, 0, 2, 1, "New Delhi", List.of()))));
        Sentence hyphen = Parses.sentence(0, 0, "Somalia Somalia PROPN 5 nmod:poss LOCATION", "al al PROPN 5 compound",
                "- - PUNCT 2 punct", "Shabaab Shabaab PROPN 5 compound", "militants militant NOUN 6 nsubj",
                "attacked attack VERB 0 root", ". . PUNCT 6 punct");
        assertEquals(0, Datelines.length(withHyphen(hyphen), List.of(new PlaceMention(0, 0, 1, 0, "Somalia", List.of()))));
        Sentence claim = Parses.sentence(1, 0, "Kabul Kabul PROPN 2 nsubj LOCATION", "said say VERB 0 root",
                ": : PUNCT 2 punct", "no no DET 5 det", "talks talk NOUN 2 ccomp", ". . PUNCT 2 punct");
        assertEquals(0, Datelines.length(claim, List.of(new PlaceMention(1, 0, 1, 0, "Kabul", List.of()))));
    }

    @Test
    void theDatelinesPlaceIsNoActorEvenWhereTheParserMakesItASubject() {
        List<Event> events = coder.code(Parses.article("en", MAY_2022, new String[] {
            "MOSCOW Moscow PROPN 3 nsubj LOCATION", "– – PUNCT 1 punct", "condemned condemn VERB 0 root",
            "the the DET 5 det", "attack attack NOUN 3 obj", ". . PUNCT 3 punct"}));
        assertEquals(List.of(), asserted(events));
    }

    @Test
    void armedBodiesGoOnNoStrike() {
        List<Event> workers = coder.code(Parses.article("en", MAY_2022, launchedAStrike("workers worker")));
        assertEquals(List.of("MLI>MLI:14"), asserted(workers));
        List<Event> forces = coder.code(Parses.article("en", MAY_2022, launchedAStrike("forces force")));
        assertEquals(List.of(), asserted(forces));
    }

    private static String[] launchedAStrike(String who) {
        return new String[] {"Malian Malian ADJ 2 amod", who + " NOUN 3 nsubj", "launched launch VERB 0 root",
            "a a DET 5 det", "strike strike NOUN 3 obj", ". . PUNCT 3 punct"};
    }

    @Test
    void aStateReportingAnotherStatesViolenceAccusesIt() {
        List<Event> events = coder.code(Parses.article("en", MAY_2022, new String[] {
            "Pakistan Pakistan PROPN 2 nsubj LOCATION", "said say VERB 0 root", "Indian Indian ADJ 4 amod MISC",
            "troops troop NOUN 5 nsubj", "fired fire VERB 2 ccomp", "on on ADP 7 case", "posts post NOUN 5 obl",
            ". . PUNCT 2 punct"}));
        assertEquals(List.of("PAK>IND:11"), asserted(events).stream().filter(t -> t.endsWith(":11")).toList());
        // the same act told in a clause that dates the statement is no accusation
        List<Event> after = coder.code(Parses.article("en", MAY_2022, new String[] {
            "After after SCONJ 4 mark", "Indian Indian ADJ 3 amod MISC", "troops troop NOUN 4 nsubj",
            "fired fire VERB 9 advcl", "on on ADP 6 case", "posts post NOUN 4 obl", ", , PUNCT 4 punct",
            "Pakistan Pakistan PROPN 9 nsubj LOCATION", "said say VERB 0 root", "it it PRON 12 nsubj",
            "would would AUX 12 aux", "respond respond VERB 9 ccomp", ". . PUNCT 9 punct"}));
        assertEquals(List.of("IND>---:19"), asserted(after).stream().filter(t -> t.startsWith("IND")).toList());
        assertEquals(List.of(), asserted(after).stream().filter(t -> t.endsWith(":11")).toList());
    }

    @Test
    void theClaimerOfAnAttackIsItsAuthorNotTheNameBeforeIt() {
        // "Islamic State claimed the Niger attack": Niger is where, not who
        List<Event> events = coder.code(Parses.article("en", MAY_2022, new String[] {
            "Islamic Islamic PROPN 2 compound ORGANIZATION", "State State PROPN 3 nsubj ORGANIZATION",
            "claimed claim VERB 0 root", "the the DET 6 det", "Niger Niger PROPN 6 compound LOCATION",
            "attack attack NOUN 3 obj", ". . PUNCT 3 punct"}));
        assertEquals(List.of("ISIL>NER:18"), asserted(events));
    }

    /** The hand-built sentence with its third token written against the second, as in "al-Shabaab". */
    private static Sentence withHyphen(Sentence s) {
        List<parley.model.Token> tokens = new java.util.ArrayList<>();
        for (parley.model.Token t : s.tokens()) {
            int shift = t.index() >= 2 ? -1 : 0;
            shift += t.index() >= 3 ? -1 : 0;
            tokens.add(new parley.model.Token(t.index(), t.text(), t.lemma(), t.upos(), t.ner(), t.begin() + shift,
                    t.end() + shift, t.head(), t.deprel(), t.feats()));
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens);
    }

    @Test
    void aReciprocalAdverbMakesCoordinatedSubjectsActOnEachOther() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2022, new String[] {
            "Le le DET 2 det", "Niger Niger PROPN 7 nsubj LOCATION", "et et CCONJ 5 cc", "le le DET 5 det",
            "Bénin Bénin PROPN 2 conj LOCATION", "s' se PRON 7 expl:pv", "accusent accuser VERB 0 root",
            "mutuellement mutuellement ADV 7 advmod", ". . PUNCT 7 punct"}));
        assertEquals(List.of("BEN>NER:11", "NER>BEN:11"), asserted(events));
    }

    @Test
    void aDenialNamingOnlyItsOwnSideAnswersWhoeverChargedIt() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2022, new String[] {
            "Le le DET 2 det", "Mali Mali PROPN 4 nsubj LOCATION", "a avoir AUX 4 aux", "accusé accuser VERB 0 root",
            "l' le DET 6 det", "Algérie Algérie PROPN 4 obj LOCATION", ". . PUNCT 4 punct"}, new String[] {
            "L' le DET 2 det", "Algérie Algérie PROPN 4 nsubj LOCATION", "a avoir AUX 4 aux", "démenti démentir VERB 0 root",
            ". . PUNCT 4 punct"}));
        assertEquals(List.of("DZA>MLI:01", "MLI>DZA:11"), asserted(events));
    }

    @Test
    void anAppealToStopTheFightingGoesToThePartiesOfTheLatestFighting() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2022, SUDAN_CHAD_FIGHTING, new String[] {
            "L' le DET 2 det", "ONU ONU PROPN 4 nsubj ORGANIZATION", "a avoir AUX 4 aux", "appelé appeler VERB 0 root",
            "à à ADP 7 case", "la le DET 7 det", "fin fin NOUN 4 obl", "des de ADP 9 case", "combats combat NOUN 7 nmod",
            ". . PUNCT 4 punct"}));
        assertEquals(List.of("SDN>TCD:19", "TCD>SDN:19", "UN>SDN:02", "UN>TCD:02"), asserted(events));
    }

    @Test
    void theObjectOfAVerbOfOpposingInARelativeClauseIsTheSubjectAbove() {
        List<Event> events = coder.code(Parses.article("fr", MAY_2022, new String[] {
            "L' le DET 2 det", "armée armée NOUN 5 nsubj", "tchadienne tchadien ADJ 2 amod", "a avoir AUX 5 aux",
            "perdu perdre VERB 0 root", "dix dix NUM 7 nummod", "hommes homme NOUN 5 obj", "dans dans ADP 10 case",
            "des un DET 10 det", "combats combat NOUN 5 obl", "qui qui PRON 13 nsubj", "l' le PRON 13 obj",
            "opposent opposer VERB 10 acl:relcl", "aux à ADP 15 case", "forces force NOUN 13 obl",
            "soudanaises soudanais ADJ 15 amod", ". . PUNCT 5 punct"}));
        assertEquals(List.of("SDN>TCD:19", "TCD>SDN:19"), asserted(events));
    }
}
