package parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import parley.model.Sentence;
import parley.testing.Parses;

class DateResolverEnglishTest {
    /** A Friday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 10);
    private static final DateResolver RESOLVER = new DateResolver(DateLexicon.bundled("en"));

    /** "Troops attacked the town [words] .": the date words hang on the verb, token 2. */
    private static String attacked(LocalDate published, String... dateRows) {
        String[] head = {"Troops troop NOUN 2 nsubj", "attacked attack VERB 0 root", "the the DET 4 det",
            "town town NOUN 2 obj"};
        String[] rows = new String[head.length + dateRows.length + 1];
        System.arraycopy(head, 0, rows, 0, head.length);
        System.arraycopy(dateRows, 0, rows, head.length, dateRows.length);
        rows[rows.length - 1] = ". . PUNCT 2 punct";
        Sentence s = Parses.sentence(0, 0, rows);
        return DateResolverFrenchTest.show(RESOLVER.resolve(s, s.token(1), published));
    }

    private static String resolve(int trigger, String... rows) {
        Sentence s = Parses.sentence(0, 0, rows);
        return DateResolverFrenchTest.show(RESOLVER.resolve(s, s.token(trigger - 1), PUBLISHED));
    }

    @Test
    void relativeDays() {
        assertEquals("2019-05-09 day", attacked(PUBLISHED, "yesterday yesterday NOUN 2 obl:tmod"));
        assertEquals("2019-05-10 day", attacked(PUBLISHED, "today today NOUN 2 obl:tmod"));
        assertEquals("2019-05-10 day", attacked(PUBLISHED, "this this DET 7 det", "morning morning NOUN 2 obl:tmod"));
        assertEquals("2019-05-09 day", attacked(PUBLISHED, "last last ADJ 7 amod", "night night NOUN 2 obl:tmod"));
    }

    @Test
    void weekdays() {
        assertEquals("2019-05-07 day", attacked(PUBLISHED, "on on ADP 6 case", "Tuesday Tuesday PROPN 2 obl"));
        assertEquals("2019-05-10 day", attacked(PUBLISHED, "on on ADP 6 case", "Friday Friday PROPN 2 obl"));
        assertEquals("2019-05-03 day", attacked(PUBLISHED, "last last ADJ 6 amod", "Friday Friday PROPN 2 obl:tmod"));
        assertEquals("2019-05-07 day", attacked(PUBLISHED, "last last ADJ 6 amod", "Tuesday Tuesday PROPN 2 obl:tmod"));
        assertEquals("2019-05-05 day", attacked(PUBLISHED, "on on ADP 6 case", "Sunday Sunday PROPN 2 obl",
                "night night NOUN 6 obl:tmod"));
    }

    @Test
    void monthAndDayNeverFallAfterPublication() {
        assertEquals("2018-05-14 day", attacked(PUBLISHED, "on on ADP 6 case", "May May PROPN 2 obl", "14 14 NUM 6 nummod"));
        assertEquals("2019-05-02 day", attacked(PUBLISHED, "on on ADP 6 case", "May May PROPN 2 obl", "2 2 NUM 6 nummod"));
        assertEquals("2019-04-30 day", attacked(PUBLISHED, "on on ADP 6 case", "April April PROPN 2 obl",
                "30th 30th NUM 6 nummod"));
    }

    @Test
    void yearRollsBackInJanuary() {
        LocalDate january = LocalDate.of(2020, 1, 4);
        assertEquals("2019-12-28 day", attacked(january, "on on ADP 6 case", "Dec. Dec. PROPN 2 obl", "28 28 NUM 6 nummod"));
        assertEquals("2019-11 month", attacked(january, "in in ADP 6 case", "November November PROPN 2 obl"));
        assertEquals("2019-12-23 week", attacked(january, "last last ADJ 6 amod", "week week NOUN 2 obl:tmod"));
        assertEquals("2019-12 month", attacked(january, "last last ADJ 6 amod", "month month NOUN 2 obl:tmod"));
    }

    @Test
    void fullDates() {
        String[] rows = {"on on ADP 6 case", "March March PROPN 2 obl", "3 3 NUM 6 nummod", ", , PUNCT 6 punct",
            "2020 2020 NUM 6 nummod"};
        assertEquals("2020-03-03 day", attacked(null, rows));
        assertEquals("none", attacked(PUBLISHED, rows), "a date after the article is no event date");
        assertEquals("2019-05-07 day", attacked(PUBLISHED, "on on ADP 6 case", "Tuesday Tuesday PROPN 2 obl",
                ", , PUNCT 6 punct", "May May PROPN 6 appos", "7 7 NUM 8 nummod", ", , PUNCT 8 punct",
                "2019 2019 NUM 8 nummod"));
        assertEquals("none", attacked(null, "yesterday yesterday NOUN 2 obl:tmod"), "relative needs a publication day");
    }

    @Test
    void monthsAndParts() {
        assertEquals("2019-04 month", attacked(PUBLISHED, "in in ADP 7 case", "late late ADJ 7 amod",
                "April April PROPN 2 obl"));
        assertEquals("2019-04 month", attacked(PUBLISHED, "in in ADP 6 case", "mid-April mid-April PROPN 2 obl"));
        assertEquals("2019-02 month", attacked(PUBLISHED, "in in ADP 6 case", "February February PROPN 2 obl"));
        assertEquals("2018-08 month", attacked(PUBLISHED, "in in ADP 6 case", "August August PROPN 2 obl"));
        assertEquals("2019-05 month", attacked(PUBLISHED, "earlier earlier ADV 7 advmod", "this this DET 7 det",
                "month month NOUN 2 obl:tmod"));
    }

    @Test
    void yearsAndParts() {
        assertEquals("2019 year", attacked(PUBLISHED, "in in ADP 7 case", "early early ADJ 7 amod", "2019 2019 NUM 2 obl"));
        assertEquals("2018 year", attacked(PUBLISHED, "last last ADJ 6 amod", "year year NOUN 2 obl:tmod"));
        assertEquals("2016 year", attacked(PUBLISHED, "in in ADP 6 case", "2016 2016 NUM 2 obl"));
        assertEquals("none", attacked(PUBLISHED, "in in ADP 6 case", "2020 2020 NUM 2 obl"), "never after the article");
    }

    @Test
    void ago() {
        assertEquals("2019-05-08 day", attacked(PUBLISHED, "two two NUM 6 nummod", "days day NOUN 7 obl:npmod",
                "ago ago ADV 2 advmod"));
        assertEquals("2019-05-07 day", attacked(PUBLISHED, "a a DET 6 det", "few few ADJ 7 amod",
                "days day NOUN 8 obl:npmod", "ago ago ADV 2 advmod"));
        assertEquals("2019-04-22 week", attacked(PUBLISHED, "two two NUM 6 nummod", "weeks week NOUN 7 obl:npmod",
                "ago ago ADV 2 advmod"));
        assertEquals("2018 year", attacked(PUBLISHED, "a a DET 6 det", "year year NOUN 7 obl:npmod",
                "ago ago ADV 2 advmod"));
    }

    @Test
    void lastAndThisWeek() {
        assertEquals("2019-04-29 week", attacked(PUBLISHED, "last last ADJ 6 amod", "week week NOUN 2 obl:tmod"));
        assertEquals("2019-05-06 week", attacked(PUBLISHED, "this this DET 6 det", "week week NOUN 2 obl:tmod"));
        assertEquals("2019-04 month", attacked(PUBLISHED, "last last ADJ 6 amod", "month month NOUN 2 obl:tmod"));
    }

    @Test
    void noDateOrNotTheEventsDate() {
        assertEquals("none", attacked(PUBLISHED));
        assertEquals("none", attacked(PUBLISHED, "since since ADP 6 case", "January January PROPN 2 obl"));
        assertEquals("none", attacked(PUBLISHED, "next next ADJ 6 amod", "week week NOUN 2 obl:tmod"));
        assertEquals("none", attacked(PUBLISHED, "tomorrow tomorrow NOUN 2 obl:tmod"), "never after the article");
        assertEquals("none", attacked(PUBLISHED, "in in ADP 6 case", "the the DET 6 det", "evening evening NOUN 2 obl"));
    }

    @Test
    void modalMayAndAProtestMarchAreNoMonths() {
        assertEquals("none", resolve(3, "Russia Russia PROPN 3 nsubj", "may may AUX 3 aux",
                "impose impose VERB 0 root", "sanctions sanction NOUN 3 obj"));
        assertEquals("none", resolve(3, "Protesters protester NOUN 3 nsubj", "held hold VERB 0 root",
                "a a DET 4 det", "march march NOUN 2 obj"));
    }

    @Test
    void theresaMayIsNoMonth() {
        assertEquals("2016 year", resolve(3, "Theresa Theresa PROPN 2 compound PERSON", "May May PROPN 3 nsubj PERSON",
                "resigned resign VERB 0 root", "in in ADP 5 case", "2016 2016 NUM 3 obl"));
        assertEquals("2016 year", resolve(3, "Theresa Theresa PROPN 2 compound", "May May PROPN 3 nsubj",
                "resigned resign VERB 0 root", "in in ADP 5 case", "2016 2016 NUM 3 obl"),
                "without NER, the adposition still keeps May and 2016 apart");
    }

    @Test
    void aStretchOfTimeIsNoDate() {
        assertEquals("none", attacked(PUBLISHED, "in in ADP 9 case", "the the DET 9 det", "past past ADJ 9 amod",
                "few few ADJ 9 amod", "days day NOUN 2 obl"));
    }

    @Test
    void dateOfAReportedClauseIsNotTheSpeakersDate() {
        String[] rows = {"The the DET 2 det", "minister minister NOUN 3 nsubj", "said say VERB 0 root",
            "on on ADP 5 case", "Monday Monday PROPN 3 obl", "that that SCONJ 8 mark", "troops troop NOUN 8 nsubj",
            "attacked attack VERB 3 ccomp", "on on ADP 10 case", "Sunday Sunday PROPN 8 obl", ". . PUNCT 3 punct"};
        assertEquals("2019-05-06 day", resolve(3, rows));
        assertEquals("2019-05-05 day", resolve(8, rows));
    }

    @Test
    void relativeClauseDateStaysInItsClause() {
        String[] rows = {"Police police NOUN 2 nsubj", "arrested arrest VERB 0 root", "men man NOUN 2 obj",
            "who who PRON 5 nsubj", "fled flee VERB 3 acl:relcl", "in in ADP 7 case", "March March PROPN 5 obl"};
        assertEquals("none", resolve(2, rows));
        assertEquals("2019-03 month", resolve(5, rows));
    }

    @Test
    void eventNounTakesTheDateOfItsVerb() {
        assertEquals("2019-05-08 day", resolve(2, "The the DET 2 det", "talks talk NOUN 3 nsubj",
                "took take VERB 0 root", "place place NOUN 3 obj", "on on ADP 6 case", "Wednesday Wednesday PROPN 3 obl"));
    }
}
