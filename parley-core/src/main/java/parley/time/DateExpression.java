package parley.time;

import java.util.Map;
import parley.time.DateLexicon.Kind;

/**
 * The date words read from one stretch of a sentence, before they are turned into a date: at most one
 * word of each kind, a day number and a year written in digits.
 *
 * @param words the value of each kind of date word present
 * @param dayNumber a number from 1 to 31 written in digits, or null (a day, or a count: "il y a 3 jours")
 * @param year a four-digit year, or null
 * @param cased true when an adposition ("en", "in") comes just before: only then is a bare month or
 *              year taken as a date, since "mars" or "2019" alone are often something else
 * @param firstToken index of the expression's first token
 * @param lastToken index of its last token
 */
record DateExpression(Map<Kind, String> words, Integer dayNumber, Integer year, boolean cased,
                      int firstToken, int lastToken) {

    /** The ways the words combine into a date. */
    enum Form {
        CALENDAR_DAY, AGO, MONTH, RELATIVE_DAY, WEEKDAY, PREVIOUS_UNIT, CURRENT_UNIT, TIME_OF_DAY, YEAR, NONE
    }

    DateExpression {
        words = Map.copyOf(words);
    }

    boolean has(Kind k) {
        return words.containsKey(k);
    }

    String value(Kind k) {
        return words.get(k);
    }

    int number(Kind k) {
        return Integer.parseInt(words.get(k));
    }

    /** How many units back an "ago" expression counts: its number word, its digits, or one. */
    int count() {
        return has(Kind.NUMBER) ? number(Kind.NUMBER) : dayNumber != null ? dayNumber : 1;
    }

    /** Which form these words make; NONE when they do not make a date ("le soir", "deux jours"). */
    Form form() {
        if (has(Kind.MONTH)) {
            return monthForm();
        }
        if (has(Kind.AGO)) {
            return has(Kind.UNIT) ? Form.AGO : Form.NONE;
        }
        if (has(Kind.RELATIVE_DAY)) {
            return Form.RELATIVE_DAY;
        }
        if (has(Kind.WEEKDAY)) {
            return Form.WEEKDAY;
        }
        boolean anchored = has(Kind.LAST) || has(Kind.THIS);
        if (has(Kind.UNIT) && anchored) {
            return unitForm();
        }
        if (has(Kind.TIME_OF_DAY) && !has(Kind.UNIT)) {
            return anchored ? Form.TIME_OF_DAY : Form.NONE;
        }
        return year != null ? yearForm() : Form.NONE;
    }

    /** "en 2019", "début 2019", "fin de l'année 2018"; a bare "2019" may count soldiers, not years. */
    private Form yearForm() {
        boolean unitFits = !has(Kind.UNIT) || value(Kind.UNIT).equals("year");
        return unitFits && (cased || has(Kind.PERIOD_PART) || has(Kind.UNIT)) ? Form.YEAR : Form.NONE;
    }

    /** "last week", "cette année"; but "ces derniers jours", "the past few days" span a stretch, not a date. */
    private Form unitForm() {
        if (has(Kind.LAST)) {
            return has(Kind.THIS) || has(Kind.NUMBER) ? Form.NONE : Form.PREVIOUS_UNIT;
        }
        return Form.CURRENT_UNIT;
    }

    private Form monthForm() {
        if (has(Kind.AGO) || has(Kind.RELATIVE_DAY)) {
            return Form.NONE;
        }
        if (dayNumber != null && !has(Kind.UNIT)) {
            return Form.CALENDAR_DAY;
        }
        // "au mois de mai" names the unit as well as the month; any other unit does not fit a month
        boolean unitFits = !has(Kind.UNIT) || value(Kind.UNIT).equals("month");
        boolean dated = year != null || cased || has(Kind.PERIOD_PART) || has(Kind.LAST);
        return unitFits && dated && !has(Kind.WEEKDAY) ? Form.MONTH : Form.NONE;
    }
}
