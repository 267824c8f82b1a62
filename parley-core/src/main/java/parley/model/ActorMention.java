package parley.model;

/**
 * A stretch of a sentence that names or points to an actor.
 *
 * @param sentence index of the sentence in the article
 * @param start first token index
 * @param end token index after the last token
 * @param head the token that stands for the whole mention in the dependency tree
 * @param text the words as written
 * @param actor who it is, or null when it is an anaphor not yet resolved
 * @param kind how it was recognised (name, adjective, demonym, seat, person, agent, title, anaphor, ner)
 * @param human true for people and titles (what "ce dernier" or "he" can point to)
 */
public record ActorMention(int sentence, int start, int end, int head, String text, Actor actor,
                           String kind, boolean human) {

    public ActorMention withActor(Actor resolved) {
        return new ActorMention(sentence, start, end, head, text, resolved, kind, human);
    }

    public boolean covers(int token) {
        return token >= start && token < end;
    }
}
