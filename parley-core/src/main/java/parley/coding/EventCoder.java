package parley.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parley.coding.ArgumentActors.Resolved;
import parley.coding.TriggerFinder.Trigger;
import parley.kb.Gazetteer;
import parley.kb.KnowledgeBase;
import parley.kb.LanguagePack;
import parley.model.Actor;
import parley.model.ActorMention;
import parley.model.AnalyzedArticle;
import parley.model.Event;
import parley.model.Mode;
import parley.model.Place;
import parley.model.Sentence;
import parley.model.Token;
import parley.time.DateLexicon;
import parley.time.Dateline;

/**
 * Codes the events of an analysed article, sentence by sentence, keeping a discourse memory so that
 * later sentences can point back to earlier actors, places and events. Returns events in every mode;
 * callers keep the asserted ones unless asked otherwise.
 *
 * <p>Each trigger of a sentence becomes a {@link Candidate} that a fixed sequence of named passes fills in
 * (docs/coder.md): repeats, trigger, modality, arguments, pairs, denial, place, inheritance, claims, called parties,
 * crowds; the
 * {@link EventBuilder} then writes its events.
 */
public final class EventCoder {
    private final KnowledgeBase kb;
    private final ActorTagger actorTagger;
    private final PlaceTagger placeTagger;
    private final TriggerFinder triggerFinder = new TriggerFinder();
    private final List<CandidatePass> passes;
    private final EventBuilder builder;

    public EventCoder(KnowledgeBase kb) {
        this.kb = kb;
        this.actorTagger = new ActorTagger(kb.actors());
        this.placeTagger = new PlaceTagger(kb.gazetteer());
        this.passes = List.of(new RepeatPass(kb.cameo()), new StatementPass(kb.cameo()), new ModalityPass(kb.cameo()),
                new ArgumentPass(), new PairPass(), new DenialPass(), new PlacePass(), new InheritancePass(),
                new ClaimPass(), new CalledPartiesPass(), new CrowdPass(kb.actors()));
        this.builder = new EventBuilder(kb);
    }

    /** The names of the passes, in the order they run. */
    public List<String> passNames() {
        return passes.stream().map(CandidatePass::name).toList();
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
            // a long article is many sentences of work: its time budget (the API's ingest queue) stops it here
            StopRequest.check("coding article", article.article().id());
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

    private List<Event> codeSentence(AnalyzedArticle article, Sentence s, LanguagePack lang,
                                     DiscourseMemory memory, ArgumentListener listener) {
        SentenceContext x = contextOf(article, s, lang, memory);
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Trigger found : x.triggers()) {
            Candidate c = new Candidate(found, found.entry().repeats() ? null : kb.cameo().get(found.entry().cameo()));
            for (CandidatePass pass : passes) {
                pass.apply(c, x);
                if (c.dropped()) {
                    break;
                }
            }
            if (!c.dropped()) {
                emit(c, x, seen, out);
            }
        }
        if (listener != null) {
            listener.sentence(s, x.actors().coreArguments().stream().map(Resolved::actor).toList());
        }
        rememberSentence(s, x.mentions(), x.places(), x.actors(), memory, lang);
        rememberScenes(s, x.scene(), memory);
        return out;
    }

    private SentenceContext contextOf(AnalyzedArticle article, Sentence s, LanguagePack lang, DiscourseMemory memory) {
        java.time.LocalDate date = article.article().published();
        List<ActorMention> mentions = actorTagger.tag(s, lang, date);
        List<PlaceMention> places = placeTagger.tag(s, mentions, DateLexicon.bundled(lang.code()), lang);
        mentions = withoutAgentsInPlaceNames(mentions, places);
        // "JAKARTA –": where the story was written is no argument, though it tells the memory what the story is about
        int dateline = Datelines.length(s, places);
        List<ActorMention> arguments = mentions.stream().filter(m -> m.start() >= dateline).toList();
        List<PlaceMention> scene = scenePlaces(s, places, arguments, lang);
        List<String> sceneCountries = countriesOf(scene);
        ArgumentActors actors = new ArgumentActors(s, arguments, sceneCountries, lang, memory, kb.actors(), date);
        ArgumentReader reader = new ArgumentReader(s, lang, actors);
        return new SentenceContext(article, s, lang, memory, mentions, places, scene, sceneCountries, actors, reader,
                triggerFinder.find(s, lang));
    }

    /** Writes the candidate's events (once per dyad and code in the sentence) and remembers what was asserted. */
    private void emit(Candidate c, SentenceContext x, Set<String> seen, List<Event> out) {
        int sentence = x.s().index();
        DiscourseMemory memory = x.memory();
        if (c.mode == Mode.ASSERTED) {
            c.args.sources().forEach(r -> memory.rememberActor(r.actor(), r.human(), true, sentence,
                    r.mention() == null || r.mention().sentence() != sentence ? -1 : r.mention().start()));
        }
        for (Event e : builder.build(c, x)) {
            String key = e.source().code() + ">" + (e.target() == null ? "" : e.target().code()) + ":" + c.code.code();
            if (seen.add(key)) {
                out.add(e);
                if (c.mode == Mode.ASSERTED) {
                    memory.rememberEvent(new DiscourseMemory.PastEvent(DiscourseMemory.kindOf(c.code.code()), e.source(),
                            e.target(), e.place(), sentence));
                }
            }
        }
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

    /**
     * A sentence the parse gate passed over (no event word): it still names actors and places that later
     * sentences point back to, and opens or closes quotations. Read from its words, tags and names only, so
     * that it gives the same memory whether or not it was parsed.
     */
    private void rememberUnparsed(AnalyzedArticle article, Sentence s, LanguagePack lang, DiscourseMemory memory,
                                  ArgumentListener listener) {
        List<ActorMention> mentions = actorTagger.tag(s, lang, article.article().published());
        List<PlaceMention> places = placeTagger.tag(s, mentions, DateLexicon.bundled(lang.code()), lang);
        mentions = withoutAgentsInPlaceNames(mentions, places);
        rememberNames(s, mentions, places, memory);
        List<ActorMention> named = mentions;
        rememberScenes(s, places.stream().filter(p -> named.stream().noneMatch(m -> m.covers(p.head()))).toList(),
                memory);
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

    /** Where the sentence happens, for the story's home country (DiscourseMemory.homeCountry). */
    private static void rememberScenes(Sentence s, List<PlaceMention> scene, DiscourseMemory memory) {
        for (PlaceMention p : scene) {
            Place chosen = Gazetteer.choose(p.readings(), Set.of());
            if (chosen != null) {
                memory.rememberScene(chosen, s.index());
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
}
