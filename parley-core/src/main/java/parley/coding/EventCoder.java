package parley.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import parley.coding.ArgumentActors.Resolved;
import parley.coding.ArgumentReader.Arguments;
import parley.coding.TriggerFinder.Trigger;
import parley.kb.Gazetteer;
import parley.kb.KnowledgeBase;
import parley.kb.LanguagePack;
import parley.model.Actor;
import parley.model.ActorMention;
import parley.model.AnalyzedArticle;
import parley.model.CameoCode;
import parley.model.Event;
import parley.model.Mode;
import parley.model.Place;
import parley.model.Sentence;
import parley.model.Token;
import parley.time.DateLexicon;
import parley.time.DateResolver;
import parley.time.Dateline;
import parley.time.EventDate;

/**
 * Codes the events of an analysed article, sentence by sentence, keeping a discourse memory so that
 * later sentences can point back to earlier actors, places and events. Returns events in every mode;
 * callers keep the asserted ones unless asked otherwise.
 */
public final class EventCoder {
    /**
     * Roots whose coordinated subjects act on each other when no target is named: "Trump et Kim se sont
     * rencontrés", "Ethiopia and Eritrea restored relations", "X and Y clashed".
     */
    private static final Set<String> SYMMETRIC_ROOTS = Set.of("04", "05", "06", "19");

    /**
     * "Make statement": the CAMEO codebook keeps this residual code for statements that say nothing more
     * specific; reporting verbs (said, a déclaré) carry the events they report, not events of their own.
     */
    private static final String RESIDUAL_STATEMENT = "010";
    private static final String DENIAL = "016";
    private static final String INTENT_ROOT = "03";
    private static final String MEETING_ROOT = "04";
    /** Demands and disapproval voiced by the people of a country are aimed at its government. */
    private static final Set<String> DEMANDING_ROOTS = Set.of("10", "11");
    private static final Set<String> POPULAR_SECTORS = Set.of("OPP", "CVL", "LAB");
    private static final String PROTEST_ROOT = "14";
    /** Crowd control (tear gas, water cannon, baton charges): with no actor named, the police of the place. */
    private static final String REPRESSION = "175";
    /** Releasing people: a state that frees unnamed people frees its own (hostages freed by armed groups are not). */
    private static final String RELEASE_OF_PEOPLE = "084";
    private static final Set<String> STATE_ORGANS = Set.of("GOV", "COP", "JUD");
    private static final String UNCONVENTIONAL_VIOLENCE = "180";
    /**
     * Concessions a state makes to its own people: easing curfews, emergency rule and bans (081), tolerating
     * dissent (082), reforms and resignations (083). "Sudan lifted the state of emergency" is SDN>SDN.
     */
    private static final List<String> DOMESTIC_CONCESSIONS = List.of("081", "082", "083");
    private static final Set<String> UNARMED_SECTORS = Set.of("CVL", "OPP", "REF", "EDU", "LAB", "MED", "HLH", "REL",
            "BUS", "AGR");
    /** Assault, fight, mass violence. */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
    /** Where an event noun stands when it is what another event is about. */
    /** Roots whose complement is wanted, not done: appeals, intents, demands, rejections, threats. */
    private static final Set<String> WANTING_ROOTS = Set.of("02", "03", "10", "12", "13");
    /** An accusation: what it says was done is alleged, not reported as done ("accusing them of supporting..."). */
    private static final String ACCUSE = "112";
    private static final Set<String> CONTENT_SLOTS = Set.of("obj", "obl:arg", "iobj", "xcomp");

    private final KnowledgeBase kb;
    private final ActorTagger actorTagger;
    private final PlaceTagger placeTagger;
    private final TriggerFinder triggerFinder = new TriggerFinder();
    private final ModalityReader modality = new ModalityReader();
    private final IntentReader intents = new IntentReader();
    private final PlaceFinder placeFinder = new PlaceFinder();
    private final Map<String, DateResolver> dates = new ConcurrentHashMap<>();

    public EventCoder(KnowledgeBase kb) {
        this.kb = kb;
        this.actorTagger = new ActorTagger(kb.actors());
        this.placeTagger = new PlaceTagger(kb.gazetteer());
    }

    public List<Event> code(AnalyzedArticle article) {
        return code(article, null);
    }

    /**
     * What the actor benchmark reads: for each sentence, the actors of its subjects and objects as the coder
     * resolved them in context (anaphors, titles and bare agents included), whether or not an event was found.
     */
    public interface ArgumentListener {
        void sentence(Sentence s, List<Actor> actors);
    }

    /** Codes the article and tells {@code listener} (when not null) the actors of each sentence's arguments. */
    public List<Event> code(AnalyzedArticle article, ArgumentListener listener) {
        LanguagePack lang = kb.language(article.lang());
        DiscourseMemory memory = new DiscourseMemory();
        Dateline.place(article.article().fullText())
                .map(name -> Gazetteer.choose(kb.gazetteer().names().get(name), Set.of()))
                .ifPresent(memory::setDateline);
        List<Event> events = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (s.size() == 0 || lang.isFurniture(s.text())) {
                continue;
            }
            if (!s.eventCandidate()) {
                rememberUnparsed(article, s.withoutParse(), lang, memory, listener);
                continue;
            }
            events.addAll(codeSentence(article, s, lang, memory, listener));
        }
        return events.stream().map(e -> e.place() != null ? e : placedAhead(e, memory)).toList();
    }

    /**
     * An event the text has not placed so far, placed where its source speaks on in the next sentences, else
     * where the next sentences say its source acts.
     */
    private static Event placedAhead(Event e, DiscourseMemory memory) {
        String country = e.source().country();
        Place ahead = memory.placeSpokenNext(e.source(), e.sentenceIndex());
        ahead = ahead != null || country == null ? ahead : memory.placeAheadIn(country, e.sentenceIndex());
        return ahead == null ? e : e.withPlace(ahead);
    }

    /** Where words were said: a place in the clause of the verb of saying ("said at a news conference in Kyiv"). */
    private Place placeOfWords(Sentence s, Trigger said, List<PlaceMention> places, Actor speaker, LanguagePack lang) {
        Set<String> countries = speaker.country() == null ? Set.of() : Set.of(speaker.country());
        PlaceFinder.Found found = placeFinder.find(s, said.token(), places, countries, lang, Set.of());
        return found == null || found.place().precision().equals("country") ? null : found.place();
    }

    private List<Event> codeSentence(AnalyzedArticle article, Sentence s, LanguagePack lang,
                                     DiscourseMemory memory, ArgumentListener listener) {
        LocalDate date = article.article().published();
        List<ActorMention> mentions = actorTagger.tag(s, lang, date);
        List<PlaceMention> places = placeTagger.tag(s, mentions, DateLexicon.bundled(lang.code()));
        mentions = withoutAgentsInPlaceNames(mentions, places);
        List<PlaceMention> scene = scenePlaces(s, places, mentions, lang);
        List<String> sceneCountries = countriesOf(scene);
        ArgumentActors actors = new ArgumentActors(s, mentions, sceneCountries, lang, memory, kb.actors(), date);
        ArgumentReader reader = new ArgumentReader(s, lang, actors);
        List<Trigger> triggers = triggerFinder.find(s, lang);
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Trigger found : triggers) {
            boolean statement = found.entry().cameo().equals(RESIDUAL_STATEMENT)
                    || isStatementAboutAnotherEvent(s, found, triggers);
            if (statement) {
                // who spoke: what "the comments" or "ces propos" in a later sentence point back to
                List<Resolved> speakers = reader.read(found).sources();
                Actor speaker = speakers.isEmpty() ? null : speakers.get(0).actor();
                memory.rememberSpeaker(speaker, s.index(), speaker == null ? null : placeOfWords(s, found, places, speaker, lang));
            }
            if (statement || isContentOfAnotherEvent(s, found, triggers)) {
                continue;
            }
            Trigger tr = found;
            CameoCode code = kb.cameo().get(tr.entry().cameo());
            Mode mode = modality.read(s, tr.token(), lang);
            if (mode == Mode.ASSERTED && isWantedByAnotherEvent(s, tr, triggers)) {
                mode = Mode.HYPOTHETICAL;
            } else if (mode == Mode.FUTURE || mode == Mode.HYPOTHETICAL) {
                IntentReader.Intent intent = intents.read(s, tr.token(), code.root(), lang, mode == Mode.FUTURE);
                if (intent != null) {
                    tr = new Trigger(tr.token(), tr.entry().asIntent(intent.cameo()), tr.used());
                    code = kb.cameo().get(intent.cameo());
                    mode = modality.read(s, intent.announcer(), lang);
                }
            }
            Arguments args = reader.read(found); // an announced act keeps its own arguments
            args = splitSymmetric(args, code.root(), promisesMutualAct(s, tr, triggers));
            if (code.code().equals(DENIAL) && onlyOwnSide(args)) {
                List<Resolved> concerned = targetOfDenied(s, tr, triggers, reader, args);
                args = concerned.isEmpty() ? args : args.withTargets(concerned);
            }
            Located place = placeOf(s, tr, lang, places, scene, mentions, args, memory);
            DiscourseMemory.PastEvent inherited = null;
            if (args.sources().isEmpty() && tr.entry().isNoun()) {
                inherited = memory.earlierEvent(DiscourseMemory.kindOf(code.code()), s.index(), place.place());
                place = place.place() == null && inherited != null ? new Located(inherited.place(), false) : place;
            }
            DiscourseMemory.PastEvent claimed = mode == Mode.ASSERTED && tr.entry().isNoun()
                    && VIOLENT_ROOTS.contains(code.root()) ? claimedAct(args, code, tr, s, reader, memory, place) : null;
            if (claimed != null) {
                Resolved victim = new Resolved(claimed.target(), ArgumentActors.referenceTo(s, tr.token()), true, false);
                args = args.withTargets(List.of(victim));
                place = place.place() == null ? new Located(claimed.place(), false) : place;
            }
            boolean crowdAct = tr.entry().isNoun() || code.root().equals(PROTEST_ROOT); // "des milliers de personnes ont manifesté"
            if (args.sources().isEmpty() && args.targets().isEmpty() && inherited == null && crowdAct) {
                args = args.withSources(crowdOf(code, tr, place, sceneCountries, memory, s, lang));
                if (place.place() == null && !args.sources().isEmpty()) {
                    place = new Located(sceneOf(s, scene, Set.of(args.sources().get(0).actor().country()), memory),
                            false);
                }
            }
            if (mode == Mode.ASSERTED) {
                args.sources().forEach(r -> memory.rememberActor(r.actor(), r.human(), true, s.index(),
                        r.mention() == null || r.mention().sentence() != s.index() ? -1 : r.mention().start()));
            }
            for (Event e : build(article, s, tr, code, mode, args, inherited, place)) {
                String key = e.source().code() + ">" + (e.target() == null ? "" : e.target().code()) + ":" + code.code();
                if (seen.add(key)) {
                    out.add(e);
                    if (mode == Mode.ASSERTED) {
                        memory.rememberEvent(new DiscourseMemory.PastEvent(DiscourseMemory.kindOf(code.code()), e.source(), e.target(),
                                e.place(), s.index()));
                    }
                }
            }
        }
        if (listener != null) {
            listener.sentence(s, actors.coreArguments().stream().map(Resolved::actor).toList());
        }
        rememberSentence(s, mentions, places, actors, memory, lang);
        return out;
    }

    /** "the West Bank", "Ciudad del Este": an agent word inside a place's name ("Bank") names no one. */
    private static List<ActorMention> withoutAgentsInPlaceNames(List<ActorMention> mentions, List<PlaceMention> places) {
        return mentions.stream().filter(m -> !(m.kind().equals("group") || m.kind().equals("title"))
                || places.stream().noneMatch(p -> p.end() - p.start() > 1 && p.start() <= m.start() && m.end() <= p.end()))
                .toList();
    }

    /**
     * The places where the sentence sets its scene: "À Minsk", "en France", "in Hong Kong"; a name used as an
     * actor ("Britain's foreign secretary", "Washington a condamné") sets no scene.
     */
    private static List<PlaceMention> scenePlaces(Sentence s, List<PlaceMention> places, List<ActorMention> mentions,
                                                  LanguagePack lang) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : places) {
            boolean actor = mentions.stream().anyMatch(m -> m.covers(p.head()));
            boolean located = s.children(p.head(), "case").stream().anyMatch(c -> lang.is("place", c.text()));
            if (!actor || located) {
                out.add(p);
            }
        }
        return out;
    }

    private List<String> countriesOf(List<PlaceMention> scene) {
        List<String> out = new ArrayList<>();
        for (PlaceMention p : scene) {
            Place chosen = Gazetteer.choose(p.readings(), Set.of());
            if (chosen != null && kb.actors().isCountry(chosen.country())) {
                out.add(chosen.country());
            }
        }
        return out;
    }

    /** A bare statement ("X a déclaré que...") gives way to the event its clause reports. */
    private static boolean isStatementAboutAnotherEvent(Sentence s, Trigger tr, List<Trigger> all) {
        if (!tr.entry().cameo().startsWith("01") || tr.entry().cameo().equals(DENIAL)) {
            return false; // a denial is the event; what it denies is not reported as done (mode "denied")
        }
        return all.stream().anyMatch(o -> o != tr && !o.entry().cameo().startsWith("01")
                && s.dominates(tr.token().index(), o.token().index()));
    }

    /**
     * An event noun that is the object of another event verb is what that event is about ("prône des
     * négociations", "condemned the attack"): the verb's event stands for it.
     */
    private static boolean isContentOfAnotherEvent(Sentence s, Trigger tr, List<Trigger> all) {
        if (!tr.entry().isNoun() || !CONTENT_SLOTS.contains(tr.token().deprel())) {
            return false;
        }
        int head = tr.token().head();
        return all.stream().anyMatch(o -> o.token().index() == head && !o.entry().cameo().startsWith("01"));
    }

    /**
     * What an appeal, a promise, a demand, a rejection or a threat is about has not happened: in
     * "appelle Israël à cesser ses frappes" the strikes are not reported as a new event.
     */
    private static boolean isWantedByAnotherEvent(Sentence s, Trigger tr, List<Trigger> all) {
        Token cur = tr.token();
        for (int depth = 0; depth < 4 && cur.head() >= 0; depth++) {
            // a coordinated act, an aside, or a circumstance with its own subject ("vowed to retaliate after
            // Washington imposed tariffs") is reported as done, not wanted
            boolean circumstance = cur.baseRel().equals("advcl") && s.hasChild(cur.index(), "nsubj");
            // an unlabelled attachment ("turned down requests, instead telling Cambodia it must...") is an aside
            if (cur.deprel().equals("dep") || cur.baseRel().equals("conj") || cur.baseRel().equals("parataxis") || circumstance) {
                return false;
            }
            int head = cur.head();
            boolean wanted = all.stream().anyMatch(o -> o.token().index() == head
                    && (WANTING_ROOTS.contains(o.entry().cameo().substring(0, 2)) || o.entry().cameo().startsWith(ACCUSE)));
            if (wanted) {
                return true;
            }
            cur = s.token(head);
        }
        return false;
    }

    private static Arguments splitSymmetric(Arguments args, String root, boolean mutualIntent) {
        boolean symmetric = SYMMETRIC_ROOTS.contains(root) || (root.equals(INTENT_ROOT) && mutualIntent);
        // partners who meet consult each other: what "the two ministers discussed" is a topic, not a party
        boolean partnersMeet = root.equals(MEETING_ROOT) && args.sources().size() >= 2;
        // "Chile and Peru agreed to hold joint exercises": partners who intend an act together intend it
        // toward each other, not toward a country guessed from context for a bare "military"
        boolean jointIntent = root.equals(INTENT_ROOT)
                && args.targets().stream().allMatch(ArgumentActors::guessedFromContext);
        if ((args.targets().isEmpty() || partnersMeet || jointIntent) && args.sources().size() >= 2
                && (symmetric || jointIntent)) {
            return args.asMutual();
        }
        return args;
    }

    /**
     * An intention whose act is one the partners do to each other: "Turkey and Egypt agreed to restore
     * relations" is each expressing to the other its intent to cooperate.
     */
    private static boolean promisesMutualAct(Sentence s, Trigger tr, List<Trigger> all) {
        return all.stream().anyMatch(o -> o != tr && SYMMETRIC_ROOTS.contains(o.entry().cameo().substring(0, 2))
                && s.dominates(tr.token().index(), o.token().index()));
    }

    /**
     * Where the event's clause puts it; else, when the clause points back ("d'y rencontrer"), the place of
     * the sentence before. Places that are the actors themselves ("Moscou prône...") are not locations.
     */
    private Located placeOf(Sentence s, Trigger tr, LanguagePack lang, List<PlaceMention> places,
                            List<PlaceMention> scene, List<ActorMention> mentions, Arguments args,
                            DiscourseMemory memory) {
        Set<String> countries = new HashSet<>();
        Set<Integer> actorWords = new HashSet<>();
        for (Resolved r : concat(args.sources(), args.targets())) {
            if (r.actor().country() != null) {
                countries.add(r.actor().country());
            }
            if (r.mention() != null && r.mention().sentence() == s.index()) {
                actorWords.add(r.mention().head());
            }
        }
        // a country named as an actor is no place unless a place word or an area introduces it: "vetoed
        // sanctions against Russia" happened nowhere in Russia, "met in Russia" and "dans le nord-est du
        // Nigeria" did
        List<PlaceMention> candidates = places.stream().filter(p -> !actorWords.contains(p.head()))
                .filter(p -> scene.contains(p) || !isCountry(p) || PlaceFinder.completesArea(s, p, lang)).toList();
        Set<Integer> peopleWords = new HashSet<>();
        mentions.forEach(m -> peopleWords.add(m.head()));
        PlaceFinder.Found found = placeFinder.find(s, tr.token(), candidates, countries, lang, peopleWords);
        if (found != null) {
            return new Located(found.place(), true);
        }
        boolean pointsBack = s.children(tr.token().index()).stream()
                .anyMatch(c -> lang.is("clitic-there", c.text()));
        if (pointsBack) {
            return new Located(memory.recentPlace(s.index()), true);
        }
        Place cityActor = cityNamingTheSource(args, places, s);
        if (cityActor != null) {
            return new Located(cityActor, false);
        }
        return new Located(countries.isEmpty() ? null : sceneOf(s, scene, countries, memory), false);
    }

    private static boolean isCountry(PlaceMention p) {
        Place reading = Gazetteer.choose(p.readings(), Set.of());
        return reading != null && reading.precision().equals("country");
    }

    /**
     * A source named by a city of its own ("la police de Hong Kong", "Singapore's navy") acts there; a capital
     * used for its government ("Washington a condamné") is not taken as a place, since the statement may
     * come from anywhere.
     */
    private static Place cityNamingTheSource(Arguments args, List<PlaceMention> places, Sentence s) {
        for (Resolved src : args.sources()) {
            if (src.mention() == null || src.mention().sentence() != s.index() || src.actor().country() == null
                    || src.mention().kind().equals("seat")) {
                continue;
            }
            for (PlaceMention m : places) {
                if (src.mention().covers(m.head())) {
                    Place p = Gazetteer.choose(m.readings(), Set.of(src.actor().country()));
                    if (p != null && p.precision().equals("city") && p.country().equals(src.actor().country())) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Protests need no named actor: "une vague de manifestations", "rallies were held across the country",
     * "des milliers de personnes ont manifesté à Tbilissi" are the people of the country where they happen (the
     * clause's place, else the sentence's scene, else the country the story is about). Crowd control needs none
     * either: "le tir de grenades lacrymogènes" is the police of that country. Other actorless nouns stay uncoded.
     */
    private List<Resolved> crowdOf(CameoCode code, Trigger tr, Located place, List<String> sceneCountries,
                                   DiscourseMemory memory, Sentence s, LanguagePack lang) {
        String sector = code.root().equals(PROTEST_ROOT) ? "OPP" : code.code().startsWith(REPRESSION) ? "COP" : null;
        if (sector == null || ownedBySomething(s, tr, lang)
                || !s.children(tr.token().index(), "cop").isEmpty()) {
            return List.of(); // "a demonstration of strength", "it was a demonstration that..." are no protests
        }
        String country = place.inClause() && place.place() != null ? place.place().country() : null;
        country = country != null ? country
                : !sceneCountries.isEmpty() ? sceneCountries.get(0) : memory.contextCountry(s.index());
        if (country == null || !kb.actors().isCountry(country)) {
            return List.of();
        }
        return List.of(new Resolved(Actor.ofCountry(tr.token().text(), country, sector), null, true, false));
    }

    /** "a demonstration of strength": a "de"/"of" phrase that is not a word of the entry ("le tir de grenades"). */
    private static boolean ownedBySomething(Sentence s, Trigger tr, LanguagePack lang) {
        return s.children(tr.token().index()).stream()
                .filter(c -> c.baseRel().equals("nmod") && !tr.used().contains(c.index()))
                .anyMatch(c -> s.children(c.index(), "case").stream().anyMatch(k -> lang.is("owner", k.text())));
    }

    /** A place, and whether the event's own clause names it (only such a place locates unnamed victims). */
    record Located(Place place, boolean inClause) {
    }

    /**
     * Where the story happens, for an event whose clause names no place: a place in the actors' country
     * named in the same sentence, else in the last few sentences, else the article's dateline.
     */
    private Place sceneOf(Sentence s, List<PlaceMention> places, Set<String> countries, DiscourseMemory memory) {
        Place best = null;
        for (PlaceMention m : places) {
            Place p = Gazetteer.choose(m.readings(), countries);
            if (p != null && countries.contains(p.country())
                    && (best == null || PlaceFinder.rank(p) > PlaceFinder.rank(best))) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        Place recent = memory.recentPlaceIn(countries, s.index());
        Place dateline = memory.dateline();
        return recent != null ? recent : dateline != null && countries.contains(dateline.country()) ? dateline : null;
    }

    private static List<Resolved> concat(List<Resolved> a, List<Resolved> b) {
        List<Resolved> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private List<Event> build(AnalyzedArticle article, Sentence s, Trigger tr, CameoCode code, Mode mode,
                              Arguments args, DiscourseMemory.PastEvent inherited, Located located) {
        Place place = located.place();
        List<Event> out = new ArrayList<>();
        if (inherited != null) {
            out.add(event(article, s, tr, code, mode, inherited.source(), null, inherited.target(), null,
                    place, 0.5));
            return out;
        }
        for (Resolved src : args.sources()) {
            Actor domestic = args.targets().isEmpty() ? implicitTarget(code, src.actor(), located) : null;
            if (args.targets().isEmpty() && (!args.targetUnknown() || domestic != null)) {
                out.add(event(article, s, tr, code, mode, src.actor(), src.mention(), domestic, null, place,
                        confidence(tr, src, null)));
            }
            for (Resolved tgt : args.targets()) {
                if (tgt.actor().equals(src.actor()) || sameWords(src, tgt) || speaksFor(src, tgt)
                        || (tgt.inferred() && src.inferred()
                        && tgt.actor().code().equals(src.actor().code())) // two guesses that meet are one actor
                        || (args.mutual() && !onePerPair(args, src, tgt, code))) {
                    continue;
                }
                out.add(event(article, s, tr, againstUnarmed(code, tgt.actor()), mode, src.actor(), src.mention(),
                        tgt.actor(), tgt.mention(), place, confidence(tr, src, tgt)));
            }
        }
        return out;
    }

    /**
     * A target that is the source's own side, not a person: its state or organisation named bare ("Lavrov said
     * Russia must respond", "Barnier said Britain should...") or a seat of its own body (Zarif and
     * "Tehran's banks"). The source speaks for it, not to it.
     */
    private static boolean speaksFor(Resolved src, Resolved tgt) {
        Actor target = tgt.actor();
        return (target.sector() == null && src.actor().sameKey(target))
                || (!tgt.human() && target.code().equals(src.actor().code()));
    }

    /**
     * An attack told without its author is remembered with whom it hit, so that a later "the attack was claimed
     * by X" codes X against them; an attack whose author is known but not its victim is that earlier attack
     * (returned, for its victim and place).
     */
    private static DiscourseMemory.PastEvent claimedAct(Arguments args, CameoCode code, Trigger tr, Sentence s,
                                                        ArgumentReader reader, DiscourseMemory memory, Located place) {
        String kind = DiscourseMemory.kindOf(code.code());
        if (args.sources().isEmpty()) {
            List<Resolved> hit = reader.victimsOf(tr);
            if (!hit.isEmpty()) {
                memory.rememberEvent(new DiscourseMemory.PastEvent(kind, null, hit.get(0).actor(), place.place(), s.index()));
            }
            return null;
        }
        return args.targets().isEmpty() ? memory.earlierWithVictim(VIOLENT_ROOTS, s.index()) : null;
    }

    /**
     * CAMEO keeps "fight" (19) for armed forces fighting each other; firing on civilians, protesters or
     * refugees is violence against them (18): "troops opened fire on protesters" is 180, not 190.
     */
    private CameoCode againstUnarmed(CameoCode code, Actor target) {
        return code.root().equals("19") && UNARMED_SECTORS.contains(String.valueOf(target.sector()))
                ? kb.cameo().get(UNCONVENTIONAL_VIOLENCE) : code;
    }

    /** No target, or only the source's own side ("une intervention militaire française" denied by Paris). */
    private static boolean onlyOwnSide(Arguments args) {
        Set<String> own = keysOf(args.sources());
        return args.targets().stream().allMatch(r -> own.contains(r.actor().key()));
    }

    private static Set<String> keysOf(List<Resolved> actors) {
        Set<String> keys = new HashSet<>();
        actors.forEach(r -> keys.add(r.actor().key()));
        return keys;
    }

    /**
     * Whom a denial concerns when it names no one: the other side of the act it denies ("la Corée du Nord
     * dément livrer des armes à la Russie" concerns Russia), never the denier's own country.
     */
    private static List<Resolved> targetOfDenied(Sentence s, Trigger denial, List<Trigger> all, ArgumentReader reader,
                                                 Arguments args) {
        Set<String> own = keysOf(args.sources());
        for (Trigger o : all) {
            if (o != denial && s.dominates(denial.token().index(), o.token().index())) {
                List<Resolved> found = new ArrayList<>(reader.read(o).targets());
                found.removeIf(r -> own.contains(r.actor().key()));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * One mention read as both sides ("Myanmar ethnic cleansing") names one actor, not a dyad; "the two
     * ministers" names two, one on each side.
     */
    private static boolean sameWords(Resolved src, Resolved tgt) {
        ActorMention a = src.mention();
        ActorMention b = tgt.mention();
        return a != null && b != null && a.sentence() == b.sentence() && a.start() < b.end() && b.start() < a.end()
                && src.actor().sameKey(tgt.actor());
    }

    /** Mutual consultation is one event (04 is undirected); mutual agreement or fighting is one per side. */
    private static boolean onePerPair(Arguments args, Resolved src, Resolved tgt, CameoCode code) {
        return !code.root().equals("04") || args.sources().indexOf(src) < args.sources().indexOf(tgt);
    }

    /**
     * Targets CAMEO coders infer when the text names none: protesters act against their own government,
     * police against their own civilians, and a state freeing unnamed people frees its own; an attack with
     * unnamed victims hits the civilians of the country where it happened.
     */
    private Actor implicitTarget(CameoCode code, Actor source, Located place) {
        String root = code.root();
        if (VIOLENT_ROOTS.contains(root)) {
            return place == null || !place.inClause() || !kb.actors().isCountry(place.place().country()) ? null
                    : kb.actors().actor(place.place().country(), "CVL");
        }
        if (source.country() == null) {
            return null;
        }
        boolean domesticConcession = DOMESTIC_CONCESSIONS.stream().anyMatch(code.code()::startsWith);
        if (domesticConcession && STATE_ORGANS.contains(String.valueOf(source.sector()))) {
            // "Israel eased restrictions in the West Bank": the people of the place its clause names
            boolean placed = place != null && place.inClause() && place.place() != null
                    && kb.actors().isCountry(place.place().country());
            return kb.actors().actor(placed ? place.place().country() : source.country(), "CVL");
        }
        if (code.code().startsWith(RELEASE_OF_PEOPLE) && STATE_ORGANS.contains(String.valueOf(source.sector()))) {
            return kb.actors().actor(source.country(), "CVL"); // "les autorités ont annoncé la libération de 2 000 personnes"
        }
        if (DEMANDING_ROOTS.contains(root) && POPULAR_SECTORS.contains(String.valueOf(source.sector()))) {
            return kb.actors().actor(source.country(), "GOV"); // "les manifestants demandent..."
        }
        return switch (root) {
            case "14" -> kb.actors().actor(source.country(), "GOV");
            case "17" -> kb.actors().actor(source.country(), "CVL");
            default -> null;
        };
    }

    private static double confidence(Trigger tr, Resolved src, Resolved tgt) {
        double c = 0.9;
        c -= src.inferred() ? 0.2 : 0;
        c -= tgt == null ? 0.1 : (tgt.inferred() ? 0.1 : 0);
        c -= tr.entry().isNoun() ? 0.1 : 0;
        return Math.round(c * 100) / 100.0;
    }

    private Event event(AnalyzedArticle article, Sentence s, Trigger tr, CameoCode code, Mode mode,
                        Actor source, ActorMention srcMention,
                        Actor target, ActorMention tgtMention, Place place, double confidence) {
        Token t = tr.token();
        int start = t.begin();
        int end = t.end();
        for (ActorMention m : new ActorMention[] {srcMention, tgtMention}) {
            if (m != null && m.sentence() == s.index()) {
                start = Math.min(start, s.token(m.start()).begin());
                end = Math.max(end, s.token(m.end() - 1).end());
            }
        }
        String articleId = article.article().id();
        String id = hash(articleId + "|" + s.index() + "|" + t.index() + "|" + source.code() + "|"
                + (target == null ? "-" : target.code()) + "|" + code.code());
        EventDate date = dateOf(article, s, t);
        return new Event(id, articleId, article.lang(), s.index(), s.text(), source, text(srcMention),
                target, text(tgtMention), code, mode, place, null, date == null ? null : date.iso(),
                date == null ? null : date.precision(), t.lemma(), start, end, tr.entry().id(), confidence);
    }

    /** The date the event's clause gives ("hier", "on Tuesday"), else the article's publication day. */
    private EventDate dateOf(AnalyzedArticle article, Sentence s, Token trigger) {
        LocalDate published = article.article().published();
        DateResolver resolver = dates.computeIfAbsent(article.lang(), l -> new DateResolver(DateLexicon.bundled(l)));
        return resolver.resolve(s, trigger, published)
                .orElse(published == null ? null : new EventDate(published.toString(), "day"));
    }

    private static String text(ActorMention m) {
        return m == null ? null : m.text();
    }

    /**
     * A sentence the parse gate passed over (no event word): it still names actors and places that later
     * sentences point back to, and opens or closes quotations. Read from its words, tags and names only, so
     * that it gives the same memory whether or not it was parsed.
     */
    private void rememberUnparsed(AnalyzedArticle article, Sentence s, LanguagePack lang, DiscourseMemory memory,
                                  ArgumentListener listener) {
        List<ActorMention> mentions = actorTagger.tag(s, lang, article.article().published());
        List<PlaceMention> places = placeTagger.tag(s, mentions, DateLexicon.bundled(lang.code()));
        mentions = withoutAgentsInPlaceNames(mentions, places);
        rememberNames(s, mentions, places, memory);
        memory.readQuotationMarks(s.index(), s.text());
        if (listener != null) {
            listener.sentence(s, mentions.stream().map(ActorMention::actor)
                    .filter(a -> a != null && a.key() != null).toList());
        }
    }

    /** The actors the sentence names (as written, not resolved in context) and its places. */
    private static void rememberNames(Sentence s, List<ActorMention> mentions, List<PlaceMention> places,
                                      DiscourseMemory memory) {
        for (ActorMention m : mentions) {
            if (m.actor() != null && m.actor().key() != null) {
                memory.rememberActor(m.actor(), m.human(), false, s.index(), m.start());
            }
        }
        for (PlaceMention p : places) {
            Place chosen = Gazetteer.choose(p.readings(), Set.of());
            if (chosen != null) {
                memory.rememberPlace(chosen, s.index());
            }
        }
    }

    private void rememberSentence(Sentence s, List<ActorMention> mentions, List<PlaceMention> places,
                                  ArgumentActors actors, DiscourseMemory memory, LanguagePack lang) {
        for (Token t : s.tokens()) {
            if (lang.isGovernmentNoun(t.lemma())) { // "Bashar al Assad's regime": the regime of later sentences
                ArgumentActors.Resolved named = actors.one(t.index(), null);
                if (named != null && !named.inferred() && !named.mention().kind().startsWith("anaphor:")
                        && named.actor().country() != null) {
                    memory.rememberNamedGovernment(named.actor(), s.index());
                }
            }
            if (t.deprel().startsWith("nsubj")) {
                ArgumentActors.Resolved r = actors.one(t.index(), null);
                if (r != null && !r.mention().kind().startsWith("anaphor:")) {
                    memory.rememberActor(r.actor(), r.human(), true, s.index(), r.mention().start());
                }
            }
        }
        for (ArgumentActors.Resolved r : actors.coreArguments()) { // as resolved: "le président russe" is Putin
            if (!r.mention().kind().startsWith("anaphor:")) {
                memory.rememberActor(r.actor(), r.human(), false, s.index(), r.mention().start());
            }
        }
        rememberNames(s, mentions, places, memory);
        actors.rememberIntroducedPeople();
        memory.readQuotationMarks(s.index(), s.text());
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
