package parley.model;

/**
 * A coded event: who did what to whom, where and when, with the evidence.
 *
 * @param sourceText the source's words as written
 * @param targetText the target's words as written, or null
 * @param target null when the event has no target
 * @param place where it happened, or null
 * @param placeText the place's words as written, or null
 * @param date ISO date ("2019-05-14"; "2019-05" or "2019" when the text says no more), or null
 * @param datePrecision day, week, month or year; null when there is no date
 * @param trigger the word (lemma) that carries the event
 * @param start character offset where the evidence starts in the article's full text
 * @param end character offset where it ends
 * @param rule id of the lexicon entry that fired
 */
public record Event(String eventId, String articleId, String lang, int sentenceIndex, String sentence,
                    Actor source, String sourceText, Actor target, String targetText,
                    CameoCode cameo, Mode mode, Place place, String placeText, String date, String datePrecision,
                    String trigger, int start, int end, String rule, double confidence) {

    /** The same event placed somewhere else. */
    public Event withPlace(Place newPlace) {
        return new Event(eventId, articleId, lang, sentenceIndex, sentence, source, sourceText, target, targetText,
                cameo, mode, newPlace, placeText, date, datePrecision, trigger, start, end, rule, confidence);
    }
}
