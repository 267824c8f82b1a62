package parley.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import parley.coding.ArgumentActors.Resolved;
import parley.coding.ArgumentReader.Arguments;
import parley.coding.Candidate.Located;
import parley.coding.TriggerFinder.Trigger;
import parley.kb.KnowledgeBase;
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
import parley.time.EventDate;

/**
 * The last stage: turns a candidate into events, one per source and target, with the target the codebook infers
 * when the text names none (the implicit-targets rules), its date, evidence span and confidence.
 */
final class EventBuilder {
    private static final CodeSets SETS = CodeSets.bundled();

    private final KnowledgeBase kb;
    private final Map<String, DateResolver> dates = new ConcurrentHashMap<>();

    EventBuilder(KnowledgeBase kb) {
        this.kb = kb;
    }

    List<Event> build(Candidate c, SentenceContext x) {
        AnalyzedArticle article = x.article();
        Sentence s = x.s();
        Arguments args = c.args;
        Place place = c.place.place();
        List<Event> out = new ArrayList<>();
        if (c.inherited != null) {
            out.add(event(article, s, c.trigger, c.code, c.mode, c.inherited.source(), null, c.inherited.target(), null,
                    place, 0.5));
            return out;
        }
        for (Resolved src : args.sources()) {
            // "l'armée a pris le pouvoir au Niger": a bare name of the source's own state is no other party
            boolean ownSideOnly = !args.targets().isEmpty() && !args.mutual()
                    && args.targets().stream().allMatch(tgt -> tgt.actor().equals(src.actor()) || speaksFor(src, tgt));
            Actor domestic = args.targets().isEmpty() || ownSideOnly
                    ? implicitTarget(c.code, src.actor(), c.place, namesObject(c, s), c.trigger.entry().isNoun(),
                    namesState(src)) : null;
            if ((args.targets().isEmpty() && (!args.targetUnknown() || domestic != null)) || (ownSideOnly && domestic != null)) {
                out.add(event(article, s, c.trigger, c.code, c.mode, src.actor(), src.mention(), domestic, null, place,
                        confidence(c.trigger, src, null)));
            }
            for (Resolved tgt : args.targets()) {
                if (tgt.actor().equals(src.actor()) || sameWords(src, tgt) || speaksFor(src, tgt)
                        || (tgt.inferred() && src.inferred()
                        && tgt.actor().code().equals(src.actor().code())) // two guesses that meet are one actor
                        || (args.mutual() && !onePerPair(args, src, tgt, c.code))) {
                    continue;
                }
                out.add(event(article, s, c.trigger, againstUnarmed(c.code, tgt.actor()), c.mode, src.actor(), src.mention(),
                        tgt.actor(), tgt.mention(), place, confidence(c.trigger, src, tgt)));
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
     * CAMEO keeps "fight" (19) for armed forces fighting each other; firing on civilians, protesters or
     * refugees is violence against them (18): "troops opened fire on protesters" is 180, not 190.
     */
    private CameoCode againstUnarmed(CameoCode code, Actor target) {
        return SETS.has("fight", code.code()) && SETS.hasSector("unarmed-sectors", target)
                ? kb.cameo().get(SETS.single("violence-against-unarmed")) : code;
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
        return !SETS.has("meeting", code.code()) || args.sources().indexOf(src) < args.sources().indexOf(tgt);
    }

    /**
     * Targets CAMEO coders infer when the text names none: protesters act against their own government,
     * police against their own civilians, and a state freeing unnamed people frees its own; an attack with
     * unnamed victims hits the civilians of the country where it happened.
     */
    private Actor implicitTarget(CameoCode code, Actor source, Located place, boolean objectNamed, boolean byNoun,
                                 boolean namedState) {
        String cameo = code.code();
        if (SETS.has("violent", cameo)) {
            return place == null || !place.inClause() || !kb.actors().isCountry(place.place().country()) ? null
                    : kb.actors().actor(place.place().country(), "CVL");
        }
        if (source.country() == null) {
            return null;
        }
        boolean stateOrgan = SETS.hasSector("state-organs", source);
        if (SETS.has("domestic-concession", cameo) && stateOrgan) {
            // "Israel eased restrictions in the West Bank": the people of the place its clause names
            boolean placed = place != null && place.inClause() && place.place() != null
                    && kb.actors().isCountry(place.place().country());
            return kb.actors().actor(placed ? place.place().country() : source.country(), "CVL");
        }
        if (SETS.has("domestic-inquiry", cameo) && stateOrgan && !objectNamed) {
            return kb.actors().actor(source.country(), "CVL"); // "le parquet de Niort a ouvert une enquête"
        }
        if (SETS.has("release-of-people", cameo) && stateOrgan) {
            return kb.actors().actor(source.country(), "CVL"); // "les autorités ont annoncé la libération de 2 000 personnes"
        }
        if (SETS.has("demanding", cameo) && SETS.hasSector("popular-sectors", source)) {
            return kb.actors().actor(source.country(), "GOV"); // "les manifestants demandent..."
        }
        // a state or its organs protesting ("le ministère chinois a lancé un boycott", "la Chine a protesté") protest
        // against another, not against themselves; a country named on a protest noun ("the Hong Kong protests") is its people
        if (SETS.has("against-own-government", cameo) && !stateOrgan && !(namedState && !byNoun)) {
            return kb.actors().actor(source.country(), "GOV");
        }
        return SETS.has("against-own-people", cameo) ? kb.actors().actor(source.country(), "CVL") : null;
    }

    /** The source is a state named bare: its name or its seat ("la Chine", "Pékin"), no sector. */
    private static boolean namesState(Resolved src) {
        return src.actor().sector() == null && src.mention() != null
                && (src.mention().kind().equals("name") || src.mention().kind().equals("seat"));
    }

    /** The trigger's object is a name or pronoun Parley does not know ("investigating Glas"): someone is named. */
    private static boolean namesObject(Candidate c, Sentence s) {
        return s.children(c.trigger.token().index(), "obj").stream()
                .anyMatch(o -> o.upos().equals("PROPN") || o.upos().equals("PRON"));
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

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
