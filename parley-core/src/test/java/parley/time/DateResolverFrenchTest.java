package parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.model.Sentence;
import parley.testing.Parses;

class DateResolverFrenchTest {
    /** A Friday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 10);
    private static final DateResolver RESOLVER = new DateResolver(DateLexicon.bundled("fr"));

    /** "Les soldats ont attaqué [words] la ville .": the date words hang on the verb, token 4. */
    private static String attacked(LocalDate published, String... dateRows) {
        String[] head = {"Les le DET 2 det", "soldats soldat NOUN 4 nsubj", "ont avoir AUX 4 aux",
            "attaqué attaquer VERB 0 root"};
        String[] rows = new String[head.length + dateRows.length + 2];
        System.arraycopy(head, 0, rows, 0, head.length);
        System.arraycopy(dateRows, 0, rows, head.length, dateRows.length);
        rows[rows.length - 2] = "ville ville NOUN 4 obj";
        rows[rows.length - 1] = ". . PUNCT 4 punct";
        Sentence s = Parses.sentence(0, 0, rows);
        return show(RESOLVER.resolve(s, s.token(3), published));
    }

    static String show(Optional<EventDate> d) {
        return d.map(e -> e.iso() + " " + e.precision()).orElse("none");
    }

    private static String resolve(int trigger, String... rows) {
        Sentence s = Parses.sentence(0, 0, rows);
        return show(RESOLVER.resolve(s, s.token(trigger - 1), PUBLISHED));
    }

    @Test
    void relativeDays() {
        assertEquals("2019-05-09 day", attacked(PUBLISHED, "hier hier ADV 4 advmod"));
        assertEquals("2019-05-08 day", attacked(PUBLISHED, "avant-hier avant-hier ADV 4 advmod"));
        assertEquals("2019-05-10 day", attacked(PUBLISHED, "aujourd'hui aujourd'hui ADV 4 advmod"));
        assertEquals("2019-05-09 day", attacked(PUBLISHED, "hier hier ADV 4 advmod", "soir soir NOUN 5 nmod"));
    }

    @Test
    void weekdayIsTheLatestSuchDayOnOrBeforePublication() {
        assertEquals("2019-05-07 day", attacked(PUBLISHED, "mardi mardi NOUN 4 obl:mod"));
        assertEquals("2019-05-10 day", attacked(PUBLISHED, "vendredi vendredi NOUN 4 obl:mod"));
        assertEquals("2019-05-05 day", attacked(PUBLISHED, "dimanche dimanche NOUN 4 obl:mod", "soir soir NOUN 5 nmod"));
    }

    @Test
    void lastWeekdayIsStrictlyBefore() {
        assertEquals("2019-05-06 day", attacked(PUBLISHED, "lundi lundi NOUN 4 obl:mod", "dernier dernier ADJ 5 amod"));
        assertEquals("2019-05-03 day", attacked(PUBLISHED, "vendredi vendredi NOUN 4 obl:mod",
                "dernier dernier ADJ 5 amod"));
    }

    @Test
    void dayAndMonthWithoutYearNeverFallAfterPublication() {
        assertEquals("2019-05-03 day", attacked(PUBLISHED, "le le DET 6 det", "3 3 NUM 4 obl:mod", "mai mai NOUN 6 nmod"));
        assertEquals("2018-05-14 day", attacked(PUBLISHED, "le le DET 6 det", "14 14 NUM 4 obl:mod", "mai mai NOUN 6 nmod"));
        assertEquals("2019-03-01 day", attacked(PUBLISHED, "le le DET 6 det", "1er 1er NUM 4 obl:mod", "mars mars NOUN 6 nmod"));
    }

    @Test
    void yearRollsBackInJanuary() {
        LocalDate january = LocalDate.of(2020, 1, 4);
        assertEquals("2019-12-28 day", attacked(january, "le le DET 6 det", "28 28 NUM 4 obl:mod", "décembre décembre NOUN 6 nmod"));
        assertEquals("2019-12 month", attacked(january, "en en ADP 6 case", "décembre décembre NOUN 4 obl:mod"));
        assertEquals("2019-12-30 day", attacked(january, "lundi lundi NOUN 4 obl:mod", "dernier dernier ADJ 5 amod"));
    }

    @Test
    void fullDateNeedsNoPublicationDay() {
        String[] rows = {"le le DET 6 det", "3 3 NUM 4 obl:mod", "mars mars NOUN 6 nmod", "2020 2020 NUM 6 nmod"};
        assertEquals("2020-03-03 day", attacked(null, rows));
        assertEquals("none", attacked(PUBLISHED, rows), "a date after the article is no event date");
        assertEquals("none", attacked(null, "hier hier ADV 4 advmod"), "a relative date needs the publication day");
    }

    @Test
    void monthsAndPartsOfMonths() {
        assertEquals("2019-04 month", attacked(PUBLISHED, "fin fin NOUN 4 obl:mod", "avril avril NOUN 5 nmod"));
        assertEquals("2019-03 month", attacked(PUBLISHED, "à à ADP 6 case", "la le DET 6 det", "mi-mars mi-mars NOUN 4 obl:mod"));
        assertEquals("2019-02 month", attacked(PUBLISHED, "en en ADP 6 case", "février février NOUN 4 obl:mod"));
        assertEquals("2018-06 month", attacked(PUBLISHED, "en en ADP 6 case", "juin juin NOUN 4 obl:mod"));
        assertEquals("2018-05 month", attacked(PUBLISHED, "en en ADP 6 case", "mai mai NOUN 4 obl:mod",
                "dernier dernier ADJ 6 amod"));
        assertEquals("2018-09 month", attacked(PUBLISHED, "en en ADP 6 case", "sept. sept. NOUN 4 obl:mod",
                "2018 2018 NUM 6 nmod"), "abbreviated month with a year");
    }

    @Test
    void yearsAndPartsOfYears() {
        assertEquals("2019 year", attacked(PUBLISHED, "début début NOUN 4 obl:mod", "2019 2019 NUM 5 nmod"));
        assertEquals("2017 year", attacked(PUBLISHED, "en en ADP 6 case", "2017 2017 NUM 4 obl:mod"));
        assertEquals("2018 year", attacked(PUBLISHED, "l' le DET 6 det", "an an NOUN 4 obl:mod", "dernier dernier ADJ 6 amod"));
        assertEquals("2019 year", attacked(PUBLISHED, "cette ce DET 6 det", "année année NOUN 4 obl:mod"));
        assertEquals("none", attacked(PUBLISHED, "2000 2000 NUM 6 nummod", "blindés blindé NOUN 4 obj"),
                "a bare number is not a year");
    }

    @Test
    void yearNamedAsAYear() {
        assertEquals("2018 year", attacked(PUBLISHED, "à à ADP 7 case", "la le DET 7 det", "fin fin NOUN 4 obl:mod",
                "de de ADP 10 case", "l' le DET 10 det", "année année NOUN 7 nmod", "2018 2018 NUM 10 nmod"));
        assertEquals("none", attacked(PUBLISHED, "ces ce DET 7 det", "derniers dernier ADJ 7 amod",
                "jours jour NOUN 4 obl:mod"), "a stretch of days, not a date");
    }

    @Test
    void ilYaCountsBackEvenWhenParsedAsAClause() {
        assertEquals("2019-05-07 day", attacked(PUBLISHED, "il il PRON 7 expl:subj", "y y PRON 7 expl:comp",
                "a avoir VERB 4 advcl", "quelques quelque DET 9 det", "jours jour NOUN 7 obj"));
        assertEquals("2019-05-03 day", attacked(PUBLISHED, "il il PRON 7 expl:subj", "y y PRON 7 expl:comp",
                "a avoir VERB 4 advcl", "sept sept NUM 9 nummod", "jours jour NOUN 7 obj"));
        assertEquals("2019-04-22 week", attacked(PUBLISHED, "il il PRON 7 expl:subj", "y y PRON 7 expl:comp",
                "a avoir VERB 4 advcl", "deux deux NUM 9 nummod", "semaines semaine NOUN 7 obj"));
        assertEquals("2018 year", attacked(PUBLISHED, "il il PRON 7 expl:subj", "y y PRON 7 expl:comp",
                "a avoir VERB 4 advcl", "un un DET 9 det", "an an NOUN 7 obj"));
    }

    @Test
    void lastAndThisWeekOrMonth() {
        assertEquals("2019-04-29 week", attacked(PUBLISHED, "la le DET 6 det", "semaine semaine NOUN 4 obl:mod",
                "dernière dernier ADJ 6 amod"));
        assertEquals("2019-04 month", attacked(PUBLISHED, "le le DET 6 det", "mois mois NOUN 4 obl:mod",
                "dernier dernier ADJ 6 amod"));
        assertEquals("2019-05-06 week", attacked(PUBLISHED, "cette ce DET 6 det", "semaine semaine NOUN 4 obl:mod"));
        assertEquals("2019-05-10 day", attacked(PUBLISHED, "ce ce DET 6 det", "matin matin NOUN 4 obl:mod"));
    }

    @Test
    void noDateOrNotTheEventsDate() {
        assertEquals("none", attacked(PUBLISHED));
        assertEquals("none", attacked(PUBLISHED, "depuis depuis ADP 6 case", "mai mai NOUN 4 obl:mod"));
        assertEquals("none", attacked(PUBLISHED, "mardi mardi NOUN 4 obl:mod", "prochain prochain ADJ 5 amod"));
        assertEquals("none", attacked(PUBLISHED, "demain demain ADV 4 advmod"), "never after the article");
        assertEquals("none", attacked(PUBLISHED, "le le DET 6 det", "soir soir NOUN 4 obl:mod"));
    }

    @Test
    void dateOfAReportedClauseIsNotTheSpeakersDate() {
        String[] rows = {"Le le DET 2 det", "ministre ministre NOUN 4 nsubj", "a avoir AUX 4 aux",
            "déclaré déclarer VERB 0 root", "que que SCONJ 8 mark", "l' le DET 7 det", "armée armée NOUN 8 nsubj",
            "attaqué attaquer VERB 4 ccomp", "mardi mardi NOUN 8 obl:mod", ". . PUNCT 4 punct"};
        assertEquals("none", resolve(4, rows));
        assertEquals("2019-05-07 day", resolve(8, rows));
    }

    @Test
    void eventNounTakesTheDateOfItsVerb() {
        assertEquals("2019-05-07 day", resolve(2, "La le DET 2 det", "visite visite NOUN 4 nsubj",
                "a avoir AUX 4 aux", "eu avoir VERB 0 root", "lieu lieu NOUN 4 obj", "mardi mardi NOUN 4 obl:mod"));
    }
}
