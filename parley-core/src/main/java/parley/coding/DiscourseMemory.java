package parley.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import parley.model.Actor;
import parley.model.Place;

/**
 * What an article has said so far, for the words that point back: the actors it named (subjects are the
 * most salient, as in centering theory), the places it named, and the events it coded.
 */
final class DiscourseMemory {

    /** One actor named; {@code position} is the first token of its words, or -1 when not known. */
    record Entry(Actor actor, boolean human, boolean subject, int sentence, int position) {
    }

    record PlaceSeen(Place place, int sentence) {
    }

    /** {@code place}: where the words were said ("lors d'un discours à Munich"), or null. */
    record Spoken(Actor speaker, int sentence, Place place) {
    }

    /** {@code kind}: the event's family as {@link #kindOf} reads it; {@code source} null when no one is named. */
    record PastEvent(String kind, Actor source, Actor target, Place place, int sentence) {
    }

    private static final int REACH = 3;
    /** "The two ministers" may point back past a few sentences about one of them. */
    private static final int PAIR_REACH = 6;
    /** A government named as "the X regime" stays the one "the regime" means for this many sentences. */
    private static final int NAMED_GOVERNMENT_REACH = 8;
    /** "L'Agence" may point back past a few sentences to the agency named in full. */
    private static final int ORGANISATION_REACH = 8;
    /** How many sentences after an unplaced event the story may first say where it happens. */
    private static final int REACH_AHEAD = 2;
    /** The first sentence: the title, or the opening sentence of an article without one. */
    private static final int LEAD_SENTENCES = 1;
    private final List<Entry> actors = new ArrayList<>();
    private final List<PlaceSeen> places = new ArrayList<>();
    /** Places named as where something is or happens ("in Kampala"), not as actors ("Uganda said"). */
    private final List<PlaceSeen> scenes = new ArrayList<>();
    private final List<Entry> namedGovernments = new ArrayList<>();
    private final List<Spoken> speakers = new ArrayList<>();
    /** People the article introduced with whom they work for ("Lopez, head of the UN agency"), by last name. */
    private final java.util.Map<String, Actor> introduced = new java.util.HashMap<>();
    private final List<PastEvent> events = new ArrayList<>();
    private Place dateline;
    /** The latest sentence read, and whether a quotation was still open at its end. */
    private int lastSentence = -1;
    private boolean quotationOpen;

    void rememberActor(Actor actor, boolean human, boolean subject, int sentence, int position) {
        if (actor != null && actor.key() != null) {
            actors.add(new Entry(actor, human, subject, sentence, position));
        }
    }

    /**
     * A government the text names with a word it may later use alone ("Bashar al Assad's regime", "les
     * autorités biélorusses"): "the regime" then means that one, even when other states came up since.
     */
    void rememberNamedGovernment(Actor named, int sentence) {
        namedGovernments.add(new Entry(governmentOf(named), false, false, sentence, 0));
    }

    void rememberPlace(Place place, int sentence) {
        places.add(new PlaceSeen(place, sentence));
    }

    /** A place the sentence sets its scene in ("in Kampala", "À Minsk"), not one that acts. */
    void rememberScene(Place place, int sentence) {
        scenes.add(new PlaceSeen(place, sentence));
    }

    void rememberEvent(PastEvent e) {
        events.add(e);
    }

    /**
     * The antecedent of an anaphor in sentence {@code sentence}: a subject of the closest earlier sentence
     * first, then any earlier mention; people for personal pronouns. {@code avoid} is never returned
     * (an actor does not meet itself).
     */
    Actor antecedent(String refersTo, int sentence, Actor avoid) {
        if (refersTo.equals("latter")) {
            return latter(sentence, avoid);
        }
        if (refersTo.equals("counterpart")) {
            return counterpart(sentence, avoid);
        }
        if (refersTo.equals("government")) {
            for (int i = namedGovernments.size() - 1; i >= 0; i--) {
                Entry e = namedGovernments.get(i);
                if (e.sentence() < sentence && sentence - e.sentence() <= NAMED_GOVERNMENT_REACH
                        && !same(e.actor(), avoid)) {
                    return e.actor();
                }
            }
        }
        // "il", "he" point to a person; "ils", "they" also to groups of people ("les manifestants... Ils
        // dénoncent") and peoples, not to organisations ("the UN")
        for (boolean subjectsOnly : new boolean[] {true, false}) {
            for (int i = actors.size() - 1; i >= 0; i--) {
                Entry e = actors.get(i);
                if (sentence - e.sentence() > REACH) {
                    break;
                }
                if ((subjectsOnly && !e.subject()) || !fits(refersTo, e.actor(), e.human())) {
                    continue;
                }
                Actor meant = as(refersTo, e.actor());
                // a state never acts on itself ("his visit to the country" is another country); protesters
                // demand the resignation of their own government, which is not themselves
                boolean self = refersTo.equals("country") ? meant.sameKey(avoid) : same(meant, avoid)
                        || (!e.human() && sameState(meant, avoid));
                if (!self) {
                    return meant;
                }
            }
        }
        return null;
    }

    /**
     * "ce dernier", "the latter": the person named last (in the order of the words) in the closest earlier
     * sentence that named one, whether subject or not.
     */
    private Actor latter(int sentence, Actor avoid) {
        Entry best = null;
        for (int i = actors.size() - 1; i >= 0; i--) {
            Entry e = actors.get(i);
            if (e.sentence() >= sentence || !e.human() || same(e.actor(), avoid)) {
                continue;
            }
            if (sentence - e.sentence() > REACH || (best != null && e.sentence() < best.sentence())) {
                break;
            }
            if (best == null || e.position() > best.position()) {
                best = e;
            }
        }
        return best == null ? null : best.actor();
    }

    /**
     * "his counterpart" with no name or nationality: the latest person of another country or organisation
     * than the one who meets them. Without that side ({@code avoid} null) or such a person, nobody: a
     * counterpart is never guessed.
     */
    private Actor counterpart(int sentence, Actor avoid) {
        if (avoid == null) {
            return null;
        }
        for (int i = actors.size() - 1; i >= 0; i--) {
            Entry e = actors.get(i);
            if (sentence - e.sentence() > REACH) {
                break;
            }
            if (e.human() && !e.actor().sameKey(avoid)) {
                return e.actor();
            }
        }
        return null;
    }

    /**
     * "les deux dirigeants", "the two leaders": the two latest people of different sides named in the last
     * few sentences ("Le Drian a rencontré Wang Yi. [...] Le chef de la diplomatie chinoise a critiqué
     * Washington. Les deux ministres ont signé..." is Le Drian and Wang); failing two people, the countries
     * or organisations of the closest earlier sentence that named any, one actor each.
     */
    List<Actor> pair(int sentence, Actor avoid) {
        List<Actor> people = new ArrayList<>();
        for (int i = actors.size() - 1; i >= 0 && people.size() < 2; i--) {
            Entry e = actors.get(i);
            if (e.sentence() >= sentence) {
                continue;
            }
            if (sentence - e.sentence() > PAIR_REACH) {
                break;
            }
            if (e.human() && !same(e.actor(), avoid) && people.stream().noneMatch(a -> a.sameKey(e.actor()))) {
                people.add(0, e.actor());
            }
        }
        if (people.size() >= 2) {
            return people;
        }
        int chosen = -1;
        for (Entry e : actors) {
            if (e.sentence() < sentence && sentence - e.sentence() <= REACH) {
                chosen = Math.max(chosen, e.sentence());
            }
        }
        List<Actor> out = new ArrayList<>();
        for (Entry e : actors) {
            boolean nameable = e.human() || e.actor().org() == null;
            if (e.sentence() == chosen && nameable && !same(e.actor(), avoid)
                    && out.stream().noneMatch(a -> a.sameKey(e.actor()))) {
                out.add(e.actor());
            }
        }
        return out;
    }

    /** The latest person named in the last few sentences whose role is in this sector, subjects first. */
    Actor latestPerson(String sector, int sentence) {
        for (boolean subjectsOnly : new boolean[] {true, false}) {
            for (int i = actors.size() - 1; i >= 0; i--) {
                Entry e = actors.get(i);
                if (sentence - e.sentence() > REACH) {
                    break;
                }
                if (e.human() && (e.subject() || !subjectsOnly) && sector.equals(e.actor().sector())
                        && e.actor().country() != null) {
                    return e.actor();
                }
            }
        }
        return null;
    }

    /**
     * Whether an actor can be what an anaphor points to: a person for "il", "he"; people or peoples for
     * "ils", "they" (not an organisation: "the UN"); a state or organisation for "it".
     */
    static boolean fits(String refersTo, Actor actor, boolean human) {
        return switch (refersTo) {
            case "person", "personal" -> human;
            case "persons" -> human || actor.org() == null;
            case "state" -> !human;
            default -> true;
        };
    }

    /** The actor an anaphor stands for: "the regime" is the government of the country it points to. */
    static Actor as(String refersTo, Actor antecedent) {
        return switch (refersTo) {
            case "government" -> governmentOf(antecedent);
            case "country" -> antecedent.country() != null
                    ? Actor.ofCountry(antecedent.name(), antecedent.country(), null) : antecedent;
            default -> antecedent;
        };
    }

    private static Actor governmentOf(Actor a) {
        return a.country() != null ? Actor.ofCountry(a.name(), a.country(), "GOV") : a;
    }

    /**
     * The organisation named in the last few sentences that {@code named} accepts: "l'Agence" after "l'Agence
     * internationale de l'énergie atomique", "the Council" after "the UN Security Council".
     */
    Actor recentOrganisation(java.util.function.Predicate<Actor> named, int sentence) {
        for (int i = actors.size() - 1; i >= 0; i--) {
            Entry e = actors.get(i);
            if (sentence - e.sentence() > ORGANISATION_REACH) {
                break;
            }
            if (e.actor().org() != null && e.sentence() <= sentence && named.test(e.actor())) {
                return e.actor();
            }
        }
        return null;
    }

    /** A state and its government are one actor: "Belarus accused them" is not Belarus accusing Minsk. */
    private static boolean sameState(Actor a, Actor b) {
        return b != null && a.sameKey(b) && a.country() != null
                && STATE_SECTORS.contains(String.valueOf(a.sector())) && STATE_SECTORS.contains(String.valueOf(b.sector()));
    }

    private static final Set<String> STATE_SECTORS = Set.of("null", "GOV");

    private static boolean same(Actor a, Actor b) {
        return b != null && a.code().equals(b.code()) && Objects.equals(a.name(), b.name());
    }

    /**
     * The country a bare agent ("les manifestants", "the police") or an actorless protest belongs to: the
     * country the story is about so far, i.e. the one its actors and places belong to most often. The lead (the first
     * sentence) says what the story is about, so its actors count double, and a recent subject counts
     * one more: "les militants veulent obtenir de Pékin..." leaves the next "protestataires" in Hong Kong,
     * and a German reaction in a story on Belarus leaves the story in Belarus. Null when no actor so far
     * belongs to a country.
     */
    String contextCountry(int sentence) {
        Map<Mention, Integer> perMention = new LinkedHashMap<>(); // one name in one sentence counts once
        for (Entry e : actors) {
            if (e.actor().country() != null && e.sentence() <= sentence) {
                int w = (e.sentence() < LEAD_SENTENCES ? 2 : 1)
                        + (e.subject() && sentence - e.sentence() <= REACH ? 1 : 0);
                perMention.merge(new Mention(e.sentence(), e.actor().name() + "|" + e.actor().key(),
                        e.actor().country()), w, Math::max);
            }
        }
        for (PlaceSeen p : places) { // where the story is set counts like who is in it
            if (p.place().country() != null && p.sentence() <= sentence) {
                perMention.merge(new Mention(p.sentence(), "place:" + p.place().id(), p.place().country()),
                        p.sentence() < LEAD_SENTENCES ? 2 : 1, Math::max);
            }
        }
        if (dateline != null && dateline.country() != null) { // "KAMPALA (Reuters) -": told from where it happens
            perMention.merge(new Mention(-1, "dateline", dateline.country()), 2, Math::max);
        }
        Map<String, Integer> weight = new LinkedHashMap<>();
        perMention.forEach((m, w) -> weight.merge(m.country(), w, Integer::sum));
        String best = null;
        for (var w : weight.entrySet()) { // ties go to the country introduced later
            if (best == null || w.getValue() >= weight.get(best)) {
                best = w.getKey();
            }
        }
        return best;
    }

    /**
     * The country where the story happens, as far as sentence {@code sentence}: the one its scenes ("in Kampala")
     * and its dateline place most often, the opening sentence counting double; else the country it is most
     * about ({@link #contextCountry}). The police, the protesters and the security forces it names without a
     * country are that country's, even when foreign diplomats or states are named more often ("the US ambassador
     * in Kampala was blocked by security forces").
     */
    String homeCountry(int sentence) {
        Map<String, Integer> weight = new LinkedHashMap<>();
        if (dateline != null && dateline.country() != null) {
            weight.merge(dateline.country(), 2, Integer::sum);
        }
        Map<Mention, Integer> perMention = new LinkedHashMap<>(); // one place in one sentence counts once
        for (PlaceSeen p : scenes) {
            if (p.place().country() != null && p.sentence() <= sentence) {
                perMention.merge(new Mention(p.sentence(), p.place().id(), p.place().country()),
                        p.sentence() < LEAD_SENTENCES ? 2 : 1, Math::max);
            }
        }
        perMention.forEach((m, w) -> weight.merge(m.country(), w, Integer::sum));
        String best = null;
        for (var w : weight.entrySet()) { // ties go to the country introduced later
            if (best == null || w.getValue() >= weight.get(best)) {
                best = w.getKey();
            }
        }
        return best != null ? best : contextCountry(sentence);
    }

    /** One actor or place named in one sentence, for counting what a story is about. */
    private record Mention(int sentence, String who, String country) {
    }

    /** The place of the article's dateline ("PÉKIN, 8 juillet 2019 -"), or null. */
    Place dateline() {
        return dateline;
    }

    void setDateline(Place place) {
        this.dateline = place;
    }

    /** The latest city or region named in the last few sentences in one of these countries, or null. */
    Place recentPlaceIn(Set<String> countries, int sentence) {
        for (int i = places.size() - 1; i >= 0; i--) {
            PlaceSeen seen = places.get(i);
            if (sentence - seen.sentence() > REACH) {
                break;
            }
            if (seen.sentence() < sentence && countries.contains(seen.place().country())
                    && !seen.place().precision().equals("country")) {
                return seen.place();
            }
        }
        return null;
    }

    /**
     * The first city or region of {@code country} named in the few sentences after {@code sentence}: a story
     * often says where only once it zooms in ("une vague de grèves dans le pays [...] A Minsk, des centaines
     * d'ouvriers..."). Asked once the whole article has been read.
     */
    Place placeAheadIn(String country, int sentence) {
        for (PlaceSeen seen : places) {
            if (seen.sentence() > sentence && seen.sentence() - sentence <= REACH_AHEAD
                    && seen.place().country().equals(country) && !seen.place().precision().equals("country")) {
                return seen.place();
            }
        }
        return null;
    }

    /** The places of the latest earlier sentence that named any, most precise first. */
    Place recentPlace(int sentence) {
        int chosen = -1;
        Place best = null;
        for (int i = places.size() - 1; i >= 0; i--) {
            PlaceSeen seen = places.get(i);
            if (seen.sentence() >= sentence) {
                continue;
            }
            if (chosen < 0) {
                if (sentence - seen.sentence() > REACH) {
                    break;
                }
                chosen = seen.sentence();
            }
            if (seen.sentence() != chosen) {
                break;
            }
            if (best == null || PlaceFinder.rank(seen.place()) > PlaceFinder.rank(best)) {
                best = seen.place();
            }
        }
        return best;
    }


    /**
     * What an event noun must share with the earlier event it continues: any consultation continues any
     * other (a visit, the talks, the summit are one meeting), other events only the same three-digit code
     * ("the military coup" does not continue "Iran seized a tanker", though both are coercion, 17).
     */
    static String kindOf(String cameo) {
        return cameo.startsWith("04") ? "04" : cameo.substring(0, Math.min(3, cameo.length()));
    }

    /**
     * The earlier event an event noun without actors continues ("la première rencontre a eu lieu à
     * Singapour"): one of the same kind at the same place anywhere before, else the latest of the same
     * kind in the last few sentences.
     */
    PastEvent earlierEvent(String kind, int sentence, Place place) {
        if (place != null) {
            for (int i = events.size() - 1; i >= 0; i--) {
                PastEvent e = events.get(i);
                if (e.source() != null && e.kind().equals(kind) && e.place() != null && e.place().id().equals(place.id())) {
                    return e;
                }
            }
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            PastEvent e = events.get(i);
            if (sentence - e.sentence() > REACH) {
                break;
            }
            if (e.source() != null && e.kind().equals(kind)) {
                return e;
            }
        }
        return null;
    }

    /**
     * What "followed suit" or "a fait de même" repeats: the first event with a target of the latest of the last
     * few sentences that reported one. Null when none.
     */
    PastEvent latestWithTarget(int sentence) {
        PastEvent found = null;
        for (int i = events.size() - 1; i >= 0; i--) {
            PastEvent e = events.get(i);
            if (sentence - e.sentence() > REACH || (found != null && e.sentence() != found.sentence())) {
                break;
            }
            if (e.sentence() < sentence && e.source() != null && e.target() != null) {
                found = e;
            }
        }
        return found;
    }

    /**
     * The latest event of one of these roots in the last few sentences whose victim is known, its author known or not:
     * what "the attack" hit, and where, when a later sentence says who claimed it. Null when none.
     */
    PastEvent earlierWithVictim(java.util.function.Predicate<String> violent, int sentence) {
        for (int i = events.size() - 1; i >= 0; i--) {
            PastEvent e = events.get(i);
            if (sentence - e.sentence() > REACH) {
                break;
            }
            if (violent.test(e.kind()) && e.sentence() < sentence && e.target() != null) {
                return e;
            }
        }
        return null;
    }

    /**
     * Follows quotation marks through a sentence: whether words quoted in it go on into the next. A mark
     * opening a sentence always opens (a quotation running over paragraphs reopens each one).
     */
    void readQuotationMarks(int sentence, String text) {
        boolean open = insideQuotation(sentence);
        String t = text.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\u201C' || c == '\u00AB') {
                open = true;
            } else if (c == '\u201D' || c == '\u00BB') {
                open = false;
            } else if (c == '"') {
                open = i == 0 || !open;
            }
        }
        lastSentence = sentence;
        quotationOpen = open;
    }

    /** Whether sentence {@code sentence} begins inside a quotation opened before it. */
    boolean insideQuotation(int sentence) {
        return quotationOpen && lastSentence < sentence && sentence - lastSentence <= 1;
    }

    void introducePerson(String lastName, Actor affiliation) {
        introduced.putIfAbsent(lastName, affiliation);
    }

    /** Whom a person the article introduced earlier acts for, or null. */
    Actor introducedPerson(String lastName) {
        return introduced.get(lastName);
    }

    /** Someone spoke in this sentence; {@code speaker} is null when the text's speaker is no known actor. */
    void rememberSpeaker(Actor speaker, int sentence, Place place) {
        speakers.add(new Spoken(speaker != null && speaker.key() != null ? speaker : null, sentence, place));
    }

    /**
     * Where {@code actor} spoke in sentence {@code sentence} or the next ones, or null: an appeal the text
     * quotes on ("a-t-il déclaré lors d'un discours à Munich") was made there.
     */
    Place placeSpokenNext(Actor actor, int sentence) {
        for (Spoken e : speakers) {
            if (e.sentence() >= sentence && e.sentence() - sentence <= REACH_AHEAD && e.place() != null && e.speaker() != null
                    && e.speaker().code().equals(actor.code())) {
                return e.place();
            }
        }
        return null;
    }

    /**
     * The speaker of the latest words reported in the last few sentences, whose "comments" these are; null
     * when that speaker is unknown ("Lopez said") or is the one reacting.
     */
    Actor recentSpeaker(int sentence, Actor avoid) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Spoken e = speakers.get(i);
            if (sentence - e.sentence() > REACH) {
                break;
            }
            if (e.sentence() < sentence) {
                return e.speaker() == null || e.speaker().sameKey(avoid) ? null : e.speaker();
            }
        }
        return null;
    }

    /** The latest earlier event of the article of one of these kinds whose source is known, or null. */
    PastEvent latestOf(java.util.function.Predicate<String> kind, int sentence) {
        for (int i = events.size() - 1; i >= 0; i--) {
            PastEvent e = events.get(i);
            if (e.sentence() < sentence && e.source() != null && kind.test(e.kind())) {
                return e;
            }
        }
        return null;
    }

    /**
     * Who last charged {@code accused} in the last few sentences: the source of the latest earlier event of
     * one of the given kinds aimed at the accused's side (accusations, threats, broken ties...), from another
     * side. What a denial that names no one answers ("Le Tchad a démenti toute implication"). Null when none.
     */
    Actor chargedBy(Actor accused, java.util.function.Predicate<String> charge, int sentence) {
        for (int i = events.size() - 1; i >= 0; i--) {
            PastEvent e = events.get(i);
            if (sentence - e.sentence() > REACH) {
                break;
            }
            boolean against = e.target() != null && e.target().key() != null && e.target().key().equals(accused.key());
            if (e.sentence() < sentence && against && charge.test(e.kind()) && e.source() != null
                    && e.source().key() != null && !e.source().sameKey(accused)) {
                return e.source();
            }
        }
        return null;
    }

    /**
     * Who did the latest event of the last few sentences, other than {@code avoid}: what "the measures",
     * "cette décision" point back to when an actor reacts to them.
     */
    Actor authorOfRecentEvent(int sentence, Actor avoid) {
        for (int i = events.size() - 1; i >= 0; i--) {
            PastEvent e = events.get(i);
            if (sentence - e.sentence() > REACH) {
                break;
            }
            if (e.sentence() < sentence && e.source() != null && e.source().key() != null && !e.source().sameKey(avoid)) {
                return e.source();
            }
        }
        return null;
    }
}
