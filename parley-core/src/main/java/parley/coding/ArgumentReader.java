package parley.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parley.coding.ArgumentActors.Resolved;
import parley.coding.TriggerFinder.Trigger;
import parley.kb.LanguagePack;
import parley.model.Actor;
import parley.model.Sentence;
import parley.model.Token;

/**
 * Reads who did it (source) and to whom (target) off the dependency tree around an event word.
 * Verbs: subject, or passive agent; object, indirect object, or an oblique whose preposition the
 * language lists as a target marker. Verbs without a subject borrow one from the clause they hang on
 * (coordination, participial and infinitive clauses). Nouns: owner, adjective or "by" phrase as
 * source, "with/against/between" phrases as target, else the arguments of the verb they are object of.
 */
final class ArgumentReader {
    /** The code sets (code-sets.tsv) that decide where targets are looked for. */
    private static final CodeSets SETS = CodeSets.bundled();

    /**
     * The actors around an event word. {@code targetUnknown}: the text names a target through a
     * preposition ("renoue avec l'un de ses alliés") but it is no known actor, so the event is not
     * coded as having no target. {@code mutual}: the sources act on each other ("X et Y ont signé un
     * accord"), one event per ordered pair.
     */
    record Arguments(List<Resolved> sources, List<Resolved> targets, boolean targetUnknown, boolean mutual) {
        Arguments(List<Resolved> sources, List<Resolved> targets) {
            this(sources, targets, false, false);
        }

        /** Coordinated actors who act on each other: every one is source and target. */
        Arguments asMutual() {
            return new Arguments(sources, sources, false, true);
        }

        Arguments withSources(List<Resolved> newSources) {
            return new Arguments(newSources, targets, targetUnknown, mutual);
        }

        Arguments withTargets(List<Resolved> newTargets) {
            return new Arguments(sources, newTargets, false, mutual);
        }
    }

    /** Relations followed inside an object or oblique when looking for the actor an event concerns. */
    private static final Set<String> INNER_RELATIONS = Set.of("nmod", "amod", "acl", "obl", "compound", "obj");
    /** Relations through which a clause without subject takes the subject of the clause above. */
    private static final Set<String> SUBJECT_SHARING = Set.of("xcomp", "advcl", "conj", "acl");

    private final Sentence s;
    private final LanguagePack lang;
    private final ArgumentActors actors;

    ArgumentReader(Sentence s, LanguagePack lang, ArgumentActors actors) {
        this.s = s;
        this.lang = lang;
        this.actors = actors;
    }

    Arguments read(Trigger trigger) {
        return trigger.entry().isNoun() ? readNoun(trigger) : readVerb(trigger);
    }

    private Arguments readVerb(Trigger trigger) {
        Token t = trigger.token();
        Token subject = openingParticipleRepair(t, child(t, "nsubj"));
        Token agent = marked(t, "agent");
        boolean passive = s.hasChild(t.index(), "aux:pass") || s.children(t.index()).stream()
                .anyMatch(c -> c.deprel().equals("nsubj:pass"));
        List<Resolved> sources;
        List<Resolved> targets = new ArrayList<>();
        // "by"/"par" marks an agent only in a passive or a participle ("imposées par l'ONU"), not in
        // "spoke by phone" or "s'est entretenu par téléphone".
        // an active clause with a subject and an object has no agent, whatever the parser says ("a reconnu X comme
        // président par intérim")
        boolean active = !passive && subject != null && child(t, "obj") != null;
        boolean agentive = agent != null && (passive || (agent.deprel().equals("obl:agent") && !active)
                || t.baseRel().equals("acl"));
        if (!agentive) {
            agent = null;
        }
        if (passive || agentive) {
            sources = actors.of(agent, null);
            targets.addAll(actors.of(subject, null));
        } else {
            sources = actors.of(subject, null);
        }
        if (sources.isEmpty()) {
            sources = controller(t);
        }
        Actor avoid = sources.isEmpty() ? null : sources.get(0).actor();
        if (targets.isEmpty()) {
            targets = objects(t, agent, avoid, trigger.entry().cameo());
            // "massed troops": a word of the pattern guessed to be someone from context is nobody
            targets.removeIf(r -> r.inferred() && trigger.used().contains(r.mention().head()));
        }
        if (targets.isEmpty()) {
            targets = actors.of(objectRelative(t), avoid); // "le Soudan, qu'il accuse de soutenir les rebelles"
        }
        if (targets.isEmpty() && SETS.has("target-in-complement", trigger.entry().cameo())) {
            Token comp = child(t, "ccomp");
            comp = comp != null ? comp : child(t, "xcomp");
            comp = comp != null ? comp : child(t, "advcl");
            targets = comp == null ? targets : actors.of(child(comp, "nsubj"), avoid);
        }
        if (SETS.has("intent", trigger.entry().cameo()) && avoid != null) {
            List<Resolved> partners = partnersInComplement(t, avoid);
            if (!partners.isEmpty()) {
                return new Arguments(partners, partners, false, true);
            }
        }
        if (targets.isEmpty() && SETS.has("act-in-complement", trigger.entry().cameo())) {
            targets = complementTargets(t, avoid, trigger.entry().cameo());
        }
        if (targets.isEmpty() && marked(t, "between") == null && !SETS.has("topical", trigger.entry().cameo())) {
            targets = namedWithin(trigger, agent, avoid);
        }
        if (targets.isEmpty() && SETS.has("reacting", trigger.entry().cameo())) {
            targets = actors.authorOfReferredAct(child(t, "obj"), avoid); // "denounced the measures"
            Token judged = child(t, "ccomp"); // « Cette mesure est inacceptable », condamne l'Agence
            if (targets.isEmpty() && judged != null) {
                targets = actors.authorOfReferredAct(child(judged, "nsubj"), avoid);
            }
        }
        boolean commentary = SETS.has("reacting", trigger.entry().cameo())
                || SETS.has("statement-family", trigger.entry().cameo());
        Token election = targets.isEmpty() && commentary ? electionBelow(t, 3) : null;
        if (election != null) {
            targets = actors.storyCountry(election, avoid); // "a exprimé des inquiétudes sur la régularité du scrutin"
        }
        return unknownTarget(pairs(sources, targets, t), t);
    }

    /**
     * "Addressing the UN General Assembly, Emmanuel Macron urged Iran...": the parser sometimes takes the
     * opening participle clause for the subject and hangs the real subject on it (as an apposition of its
     * object). The name right before the verb, inside that clause, is then the subject.
     */
    private Token openingParticipleRepair(Token verb, Token subject) {
        if (subject == null || !subject.isVerb() || subject.index() != 0) {
            return subject;
        }
        int before = verb.index() - 1;
        Token named = before > subject.index() ? s.token(before) : null;
        boolean noun = named != null && (named.upos().equals("PROPN") || named.upos().equals("NOUN"));
        return noun && s.dominates(subject.index(), before) ? named : subject;
    }

    /**
     * The object relative pronoun of a verb ("qu'il accuse", parsed as the object or as a mark of the clause),
     * which stands for the noun the clause qualifies; null when the verb has none.
     */
    private Token objectRelative(Token verb) {
        for (Token c : s.children(verb.index())) {
            if ((c.deprel().equals("obj") || c.deprel().equals("mark")) && c.upos().equals("PRON")
                    && lang.plays("object-relative", c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Partners an intention names together with its announcer: in "We have agreed that the EU and UK will
     * negotiate" (said for the EU), each of the two intends it toward the other.
     */
    private List<Resolved> partnersInComplement(Token t, Actor announcer) {
        for (String rel : List.of("ccomp", "xcomp")) {
            Token comp = child(t, rel);
            List<Resolved> subjects = comp == null ? List.of() : actors.of(child(comp, "nsubj"), null);
            if (subjects.size() >= 2 && subjects.stream().anyMatch(r -> r.actor().sameKey(announcer))) {
                return subjects;
            }
        }
        return List.of();
    }

    /** What a promise is about: "promised that the US would help Turkey", "pledged to send aid to Ukraine". */
    private List<Resolved> complementTargets(Token t, Actor avoid, String cameo) {
        for (String rel : List.of("ccomp", "xcomp")) {
            Token comp = child(t, rel);
            if (comp != null) {
                List<Resolved> found = objects(comp, null, avoid, cameo);
                if (found.isEmpty()) {
                    // "agreed to let the world body open a crossing": whom it lets, parsed as the subject below
                    found = actors.of(child(child(comp, "ccomp"), "nsubj"), avoid);
                    found.removeIf(r -> r.inferred() || r.actor().sameKey(avoid));
                }
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return new ArrayList<>();
    }

    private Arguments unknownTarget(Arguments args, Token t) {
        if (!args.targets().isEmpty()) {
            return args;
        }
        boolean named = s.children(t.index()).stream().anyMatch(c -> (c.baseRel().equals("obl")
                || c.baseRel().equals("nmod")) && has(c, "target") && !has(c, "place") && actors.looksLikeActor(c));
        return new Arguments(args.sources(), args.targets(), named, false);
    }

    private Arguments readNoun(Trigger trigger) {
        Token t = trigger.token();
        boolean meeting = SETS.has("meeting", trigger.entry().cameo());
        List<Resolved> sources = new ArrayList<>();
        List<Resolved> targets = new ArrayList<>();
        // "Islamic State claimed the Niger attack": the claimer is the author; the name before the noun is where
        List<Resolved> claimedBy = claimer(t);
        for (Token c : s.children(t.index())) {
            if (trigger.used().contains(c.index())) {
                continue; // "aide humanitaire": the words of the pattern are not its actors
            }
            boolean modifier = c.deprel().equals("amod") || c.deprel().equals("compound");
            if (modifier && !claimedBy.isEmpty()) {
                continue;
            }
            if (modifier || c.deprel().equals("nmod:poss")) {
                sources.addAll(actors.of(c, null));
            } else if (c.baseRel().equals("nmod") && (has(c, "agent") || has(c, "source"))) {
                actors.of(c, null).stream().filter(r -> !(meeting && r.mention().kind().equals("seat")))
                        .filter(r -> !ownerOfAThingIn(r, c)).forEach(sources::add);
            }
        }
        Token performed = sources.isEmpty() ? performedBy(t) : null;
        if (performed != null) {
            sources.addAll(actors.of(marked(performed, "agent"), null));
        }
        Actor avoid = sources.isEmpty() ? null : sources.get(0).actor();
        targets.addAll(objects(t, null, avoid, trigger.entry().cameo()));
        if (targets.isEmpty() && performed != null) {
            targets = performedAgainst(performed, avoid, trigger.entry().cameo());
        }
        Token slot = lightVerbObject(t);
        Token verb = s.head(slot.index());
        boolean objectLike = slot.deprel().equals("obj") || partitiveObject(slot, verb);
        Token host = verb != null && !verb.isVerb() ? hostOfMisplacedPartitive(slot) : null;
        if (host != null) {
            verb = host;
            objectLike = true;
        }
        if (verb != null && verb.isVerb()) {
            if (sources.isEmpty() && objectLike) {
                sources = actors.of(child(verb, "nsubj"), null);
                sources = sources.isEmpty() ? controller(verb) : sources;
            }
            if (targets.isEmpty()) {
                targets = objects(verb, null, sources.isEmpty() ? null : sources.get(0).actor(),
                        trigger.entry().cameo());
                targets.removeIf(r -> r.mention().head() == t.index());
            }
        }
        if (targets.isEmpty()) {
            targets = misattachedTarget(t, sources.isEmpty() ? null : sources.get(0).actor());
        }
        if (targets.isEmpty() && SETS.has("mediation", trigger.entry().cameo())) {
            // "sous l'égide de la Malaisie, le Cambodge et la Thaïlande ont convenu...": the mediator's parties
            Actor mediator = sources.isEmpty() ? null : sources.get(0).actor();
            targets = new ArrayList<>(clauseSubject(t));
            targets.removeIf(r -> r.actor().sameKey(mediator));
        }
        if (sources.isEmpty() && ((meeting && !targets.isEmpty()) || ownedBySubject(t))) {
            sources = clauseSubject(t); // "after hours of talks with Raab, Barnier said...", "après ses entretiens"
        }
        if (sources.isEmpty() && meeting && circumstance(t)) {
            // "X et Y ont convenu d'un cessez-le-feu après des pourparlers": the partners of the clause held them
            List<Resolved> partners = clauseSubject(t);
            sources = partners.size() >= 2 ? partners : sources;
        }
        if (sources.isEmpty()) {
            sources = claimedBy; // "L'attaque a été revendiquée par l'État islamique"
        }
        if (targets.isEmpty() && !sources.isEmpty() && !meeting && marked(t, "between") == null) {
            targets = namedWithin(trigger, null, sources.get(0).actor());
        }
        return unknownTarget(pairs(sources, targets, t), t);
    }

    /**
     * The participle that says who carried out the act an event noun tells: "l'offensive menée par les rebelles",
     * "the raid carried out by the army", "les sanctions imposées par Washington"; null when none names an agent.
     */
    private Token performedBy(Token noun) {
        for (Token c : s.children(noun.index())) {
            if (c.baseRel().equals("acl") && c.isVerb() && !actors.of(marked(c, "agent"), null).isEmpty()) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whom the act was carried out against, named on that participle ("menée contre Bangui") or, as the parser
     * often attaches it, on its agent phrase ("menée par les rebelles contre Bangui").
     */
    private List<Resolved> performedAgainst(Token participle, Actor avoid, String cameo) {
        Token agent = marked(participle, "agent");
        List<Resolved> found = objects(participle, agent, avoid, cameo);
        for (Token c : found.isEmpty() ? s.children(agent.index()) : List.<Token>of()) {
            if (c.baseRel().equals("nmod") && has(c, "target")) {
                found = actors.of(c, avoid);
                if (!found.isEmpty()) {
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A target phrase right after an event noun that the parser hung on the verb instead ("après ses
     * entretiens avec les responsables libanais": "avec" attached to "a déclaré"). Only the phrase that
     * immediately follows the noun is taken, since a phrase further away may well belong to the verb.
     */
    private List<Resolved> misattachedTarget(Token noun, Actor avoid) {
        Token verb = s.head(noun.index());
        while (verb != null && !verb.isVerb()) {
            verb = s.head(verb.index());
        }
        if (verb == null) {
            return new ArrayList<>();
        }
        for (Token c : s.children(verb.index())) {
            boolean oblique = c.baseRel().equals("obl") || c.baseRel().equals("nmod");
            List<Token> marks = s.children(c.index(), "case");
            if (oblique && !marks.isEmpty() && marks.get(0).index() == noun.index() + 1 && has(c, "target")) {
                return actors.of(c, avoid);
            }
        }
        return new ArrayList<>();
    }

    /** A noun reached from its verb through obliques only: a circumstance of the clause, not what it acts on. */
    private boolean circumstance(Token noun) {
        Token cur = noun;
        for (int depth = 0; depth < 4; depth++) {
            Token head = s.head(cur.index());
            if (head == null || !(cur.baseRel().equals("obl") || cur.baseRel().equals("nmod"))) {
                return false;
            }
            if (head.isVerb()) {
                return true;
            }
            cur = head;
        }
        return false;
    }

    /** The subject of the nearest verb above a word: who took part in talks the clause mentions. */
    private List<Resolved> clauseSubject(Token t) {
        Token cur = s.head(t.index());
        for (int depth = 0; cur != null && depth < 4; depth++) {
            if (cur.isVerb()) {
                List<Resolved> found = actors.of(child(cur, "nsubj"), null);
                return found.isEmpty() ? controller(cur) : found;
            }
            cur = s.head(cur.index());
        }
        return new ArrayList<>();
    }

    /**
     * French "de nouvelles sanctions", "des frappes" after a verb are its object, but the parser may read
     * the partitive "de" as a preposition ("a annoncé de nouvelles sanctions" as obl:arg).
     */
    private boolean partitiveObject(Token slot, Token verb) {
        boolean oblique = slot.baseRel().equals("obl") || slot.baseRel().equals("nmod");
        return oblique && verb != null && verb.isVerb() && has(slot, "partitive") && !s.hasChild(verb.index(), "obj");
    }

    /**
     * "a mené dans la nuit des frappes aériennes" parsed with the strikes as "the night's": a partitive
     * object hung on a noun that is itself an oblique of a verb without object belongs to that verb.
     */
    private Token hostOfMisplacedPartitive(Token slot) {
        Token head = s.head(slot.index());
        if (head == null || !slot.baseRel().equals("nmod") || !has(slot, "partitive") || !head.baseRel().equals("obl")) {
            return null;
        }
        Token verb = s.head(head.index());
        return verb != null && verb.isVerb() && !s.hasChild(verb.index(), "obj") ? verb : null;
    }

    /**
     * The phrase through which an event noun hangs on its verb: the noun itself, or the light noun it
     * completes ("a fait usage de gaz lacrymogène", "a procédé à l'arrestation de", "carried out strikes").
     */
    private Token lightVerbObject(Token noun) {
        Token head = s.head(noun.index());
        if (head != null && !head.isVerb() && noun.baseRel().equals("nmod") && head.deprel().equals("obj")) {
            return head;
        }
        return noun;
    }

    /**
     * Targets: object, indirect object, then obliques with a target preposition. A bare name after a
     * preposition that also marks places ("rencontrés à Singapour", unlike "a livré des armes à la
     * Russie") is where the event happened, not its target, unless the event is a visit.
     */
    private List<Resolved> objects(Token t, Token agent, Actor avoid, String cameo) {
        // what talks are about is no party to them: "discussed Syria and Ukraine with Lavrov" is with Lavrov only
        boolean topical = SETS.has("topical", cameo);
        for (String rel : List.of("obj", "iobj")) {
            Token object = child(t, rel);
            List<Resolved> found = topical ? new ArrayList<>() : actors.of(object, avoid);
            boolean guessed = found.stream().allMatch(Resolved::inferred);
            if (guessed && object != null) {
                List<Resolved> inside = insideObject(object, avoid, cameo);
                // "ses ambassadeurs", "its troops" belong to the source: never someone else guessed from context
                found = !inside.isEmpty() ? inside : ownedBySubject(object) ? List.of() : found;
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (Token c : s.children(t.index())) {
            boolean oblique = c.baseRel().equals("obl") || c.baseRel().equals("nmod");
            // "à Moscou" is where a meeting happens, but whom a statement, appeal or demand is addressed to
            boolean bareplace = barePlace(c, cameo);
            // "une aide pour le Liban", "aid for Gaza": whom aid is for is its target
            boolean forWhom = SETS.has("aid", cameo) && has(c, "beneficiary");
            boolean party = !topical || has(c, "partner");
            // "arrived in Moscow for an official visit": where a visit goes is whom it visits
            boolean visited = SETS.has("visit", cameo) && has(c, "place");
            if (oblique && c != agent && (has(c, "target") || forWhom || visited) && !bareplace && party) {
                List<Resolved> found = actors.of(c, avoid);
                found = found.isEmpty() && !topical ? insideObject(c, avoid, cameo) : found;
                if (!found.isEmpty()) {
                    return withListedSiblings(t, c, found, avoid);
                }
            }
        }
        return new ArrayList<>();
    }

    /**
     * A list whose members each repeat the preposition, parsed as sibling phrases of the verb: "a exprimé sa
     * gratitude au président ghanéen, au gouvernement nigérian et au roi du Maroc".
     */
    private List<Resolved> withListedSiblings(Token t, Token first, List<Resolved> found, Actor avoid) {
        List<Resolved> out = new ArrayList<>(found);
        for (Token c : s.children(t.index())) {
            if (c.index() > first.index() && c.baseRel().equals(first.baseRel()) && actors.continuesList(first, c)) {
                actors.of(c, avoid).stream().filter(r -> out.stream().noneMatch(o -> o.actor().equals(r.actor())))
                        .forEach(out::add);
            }
        }
        return out;
    }

    /** A bare name after a preposition that also marks places: where the event happened, unless it is a visit. */
    private boolean barePlace(Token phrase, String cameo) {
        return has(phrase, "place") && !s.hasChild(phrase.index(), "det") && !SETS.has("visit", cameo)
                && !SETS.has("addressed", cameo);
    }

    /**
     * The country or organisation an event concerns when none of its arguments is an actor, named deeper
     * inside its object or obliques: "lifted the tariffs it had imposed on Australian wine", "massed troops
     * near the Ukrainian border", "une enquête sur des crimes commis au Burundi". Only words that name an
     * actor count, never one guessed from context; the nearest wins. A phrase that says where ("in",
     * "near", "en") leads to a target only for events done to a place: aid sent there, an investigation
     * there, forces massed near it, violence there; "met in the Russian resort of Sochi" has no target.
     */
    private List<Resolved> namedWithin(Trigger trigger, Token agent, Actor avoid) {
        return namedWithin(trigger, agent, avoid, false);
    }

    /** {@code fromContext}: an agent noun whose country comes from the story counts too. */
    private List<Resolved> namedWithin(Trigger trigger, Token agent, Actor avoid, boolean fromContext) {
        boolean placeCounts = SETS.has("place-target", trigger.entry().cameo());
        List<Token> frontier = new ArrayList<>();
        for (Token c : s.children(trigger.token().index())) {
            boolean oblique = c.baseRel().equals("obl") || c.baseRel().equals("nmod");
            boolean saysWhere = has(c, "place");
            // a word of the entry ("the removal of the penalties that have hurt Tehran's banks") holds
            // what the act is about as much as an object does
            boolean entryWord = trigger.used().contains(c.index()) && !trigger.token().isVerb();
            // "l'attaque d'un poste de l'armée": what an act of violence is "of" is what it hit
            entryWord |= !trigger.token().isVerb() && SETS.has("violent", trigger.entry().cameo())
                    && c.baseRel().equals("nmod") && has(c, "owner") && !actors.looksLikeActor(c);
            if (c.deprel().equals("obj") || entryWord || (oblique && c != agent && (placeCounts || !saysWhere)
                    && (has(c, "target") || saysWhere))) {
                frontier.add(c);
            }
        }
        for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
            List<Token> next = new ArrayList<>();
            for (Token t : frontier) {
                Resolved r = t.upos().equals("NOUN") || t.upos().equals("PROPN") ? actors.one(t.index(), avoid) : null;
                if (r != null && (fromContext || !r.inferred()) && !r.actor().sameKey(avoid)) {
                    // with its conjuncts: "sanctions on officials from Russia and Ukraine"
                    List<Resolved> all = actors.of(t, avoid);
                    all.removeIf(a -> (a.inferred() && !fromContext) || a.actor().sameKey(avoid));
                    return all.isEmpty() ? new ArrayList<>(List.of(r)) : all;
                }
                for (Token c : s.children(t.index())) {
                    // "le rappel de ses ambassadeurs en Irlande": where an envoy serves is whom the act concerns
                    boolean posting = lang.plays("envoy", t);
                    if (INNER_RELATIONS.contains(c.baseRel()) && (placeCounts || posting || !has(c, "place"))) {
                        next.add(c);
                    }
                }
            }
            frontier = next;
        }
        return new ArrayList<>();
    }

    private boolean ownedBySubject(Token object) {
        return s.children(object.index()).stream().anyMatch(c -> lang.is("possessive", c.text()));
    }

    /**
     * The target named inside an object that is no actor itself: "a rompu ses relations avec l'Iran",
     * "a présenté ses excuses à l'Indonésie", "imposed sanctions against Russia", or the agent of a
     * participle that qualifies it.
     */
    private List<Resolved> insideObject(Token object, Actor avoid, String cameo) {
        for (Token c : s.children(object.index())) {
            boolean party = !SETS.has("topical", cameo) || has(c, "partner"); // "held talks on Syria with Lavrov"
            if (c.baseRel().equals("nmod") && (has(c, "target") || has(c, "place")) && party) {
                // "ses relations avec l'Iran", "interference in the US election", "arrests in Hong Kong"
                List<Resolved> found = actors.of(c, avoid);
                found.removeIf(r -> r.actor().sameKey(avoid));
                // "signed a deal in Doha": a seat named bare where the act was done is its place, not a party
                found.removeIf(r -> SETS.has("venue", cameo) && barePlace(c, cameo) && r.mention() != null
                        && r.mention().kind().equals("seat"));
                if (!found.isEmpty()) {
                    return found;
                }
            }
            if (c.baseRel().equals("acl")) {
                // "a critiqué les droits de douane imposés par Washington": whoever imposed them
                List<Resolved> found = actors.of(marked(c, "agent"), avoid);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return new ArrayList<>();
    }

    /**
     * The two (or more) parties an event is told between: "entre X et Y", "between X and Y" on the trigger (or on
     * the noun it completes), or the object of a verb of opposing whose subject the trigger is ("de violents
     * combats ont opposé l'armée et les rebelles"). Empty when there are fewer than two.
     */
    List<Resolved> partiesOf(Trigger trigger) {
        Token t = trigger.token();
        Token between = marked(t, "between");
        if (between == null && s.head(t.index()) != null && !t.isVerb()) {
            between = marked(s.head(t.index()), "between");
        }
        if (between != null) {
            List<Resolved> parties = actors.of(between, null);
            return parties.size() >= 2 ? parties : List.of();
        }
        if (t.isVerb()) {
            return List.of();
        }
        Token verb = s.head(t.index());
        // "De violents combats ont opposé...": a partitive subject the parser read as an oblique is the subject too
        boolean subject = verb != null && (t.baseRel().equals("nsubj") || (has(t, "partitive") && !s.hasChild(verb.index(), "nsubj")));
        if (subject && lang.plays("opposing", verb)) {
            return opposed(verb);
        }
        for (Token c : s.children(t.index())) {
            // "des combats qui l'opposent à l'armée", "des affrontements opposant l'armée aux rebelles"
            if (c.baseRel().equals("acl") && c.isVerb() && lang.plays("opposing", c)) {
                return opposed(c);
            }
        }
        return List.of();
    }

    /**
     * The parties a verb of opposing sets against each other: its object ("ont opposé l'armée"), and the target
     * phrase on the verb or on that object ("aux rebelles"); a bare place ("à Kidal") is where, not whom. An
     * object pronoun ("qui l'opposent à l'armée") is the subject of the clause above. When the parser lost the
     * object among the phrases before it ("ont opposé, samedi, à Omdurman, la ville jumelle de Khartoum, les
     * forces gouvernementales aux rebelles"), the first phrase below the verb that names an actor and carries a
     * target phrase naming another is the pair.
     */
    private List<Resolved> opposed(Token verb) {
        Token object = child(verb, "obj");
        List<Resolved> first = object == null ? List.of()
                : object.upos().equals("PRON") && !lang.plays("relative", object) ? clauseSubject(verb) : actors.of(object, null);
        List<Resolved> second = opposedParty(verb, first);
        if (second.isEmpty() && object != null) {
            second = opposedParty(object, first);
        }
        if (object == null) {
            for (Token x : s.tokens()) {
                if (x.index() > verb.index() && (x.upos().equals("NOUN") || x.upos().equals("PROPN"))
                        && s.dominates(verb.index(), x.index()) && !x.baseRel().equals("nmod")) {
                    List<Resolved> one = actors.of(x, null);
                    List<Resolved> other = one.isEmpty() ? List.of() : opposedParty(x, one);
                    if (!other.isEmpty()) {
                        first = one;
                        second = other;
                        break;
                    }
                }
            }
        }
        List<Resolved> parties = new ArrayList<>(first);
        second.stream().filter(r -> parties.stream().noneMatch(p -> p.actor().equals(r.actor()))).forEach(parties::add);
        return parties.size() >= 2 ? parties : List.of();
    }

    /** The actors of the first target phrase of {@code t} ("à l'armée", "aux rebelles") that names a party. */
    private List<Resolved> opposedParty(Token t, List<Resolved> first) {
        for (Token c : s.children(t.index())) {
            if ((c.baseRel().equals("obl") || c.baseRel().equals("nmod")) && has(c, "target")) {
                List<Resolved> found = new ArrayList<>(actors.of(c, null));
                found.removeIf(r -> r.mention() != null && r.mention().kind().equals("seat") && !s.hasChild(c.index(), "det"));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** "entre X et Y" / "between X and Y": the first is the source when there is none yet. */
    private Arguments pairs(List<Resolved> sources, List<Resolved> targets, Token t) {
        Token between = marked(t, "between");
        if (between == null && s.head(t.index()) != null && !t.isVerb()) {
            between = marked(s.head(t.index()), "between");
        }
        if (between != null && targets.isEmpty()) {
            List<Resolved> pair = actors.of(between, null);
            if (sources.isEmpty() && pair.size() >= 2) {
                return new Arguments(List.of(pair.get(0)), pair.subList(1, pair.size()));
            }
            if (!sources.isEmpty()) {
                pair.removeIf(r -> r.actor().equals(sources.get(0).actor()));
                return new Arguments(sources, pair);
            }
        }
        return new Arguments(sources, targets);
    }

    /**
     * Who performs a verb that has no subject: a "pour"/"for" phrase on the verb itself ("l'occasion pour
     * lui d'y rencontrer"), else the subject of the clause it hangs on ("Rencontrant Poutine, il...").
     */
    private List<Resolved> controller(Token t) {
        List<Resolved> own = actors.of(marked(t, "controller"), null);
        if (own.isEmpty() && t.feat("VerbForm").equals("Part")) {
            // "Rencontrant Poutine, ce dernier a..." parsed with the main clause as the participle's conjunct
            Token main = child(t, "conj");
            own = main == null ? own : actors.of(child(main, "nsubj"), null);
        }
        if (!own.isEmpty()) {
            return own;
        }
        Token cur = t;
        for (int depth = 0; depth < 4; depth++) {
            Token head = s.head(cur.index());
            // a participle the parser left loosely attached ("resisted appeals, instead telling Myanmar...")
            boolean looseParticiple = cur.deprel().equals("dep") && cur.feat("VerbForm").equals("Part")
                    && !s.hasChild(cur.index(), "aux"); // "had withdrawn" is a clause of its own
            if (head == null || !(SUBJECT_SHARING.contains(cur.baseRel()) || looseParticiple)) {
                break;
            }
            List<Resolved> found = actors.of(child(head, "nsubj"), null);
            if (found.isEmpty()) {
                found = actors.of(marked(head, "controller"), null);
            }
            if (found.isEmpty() && !head.isVerb() && cur.baseRel().equals("acl")) {
                // "la décision du chef de l'État de suspendre l'Assemblée", also when the parser hangs "de geler" on
                // "président": the one who decides, or the actor named by the noun itself
                found = ownerOfNoun(head);
                found = found.isEmpty() ? actors.of(head, null).stream().filter(r -> !r.inferred()).toList() : found;
            }
            if (!found.isEmpty()) {
                return found;
            }
            cur = head;
        }
        return new ArrayList<>();
    }

    /** The election the words below {@code t} are about ("inquiétudes sur la régularité du scrutin"), or null. */
    private Token electionBelow(Token t, int depth) {
        for (Token c : s.children(t.index())) {
            boolean argument = c.deprel().equals("obj") || c.baseRel().equals("obl") || c.baseRel().equals("nmod");
            Token found = !argument ? null : lang.plays("election", c) ? c : depth > 1 ? electionBelow(c, depth - 1) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * "l'attaque d'un poste de l'armée": the army owns the post that was attacked; an actor reached through a
     * "de"/"of" phrase of the noun's complement is not the one who acted.
     */
    private boolean ownerOfAThingIn(Resolved r, Token complement) {
        if (r.mention() == null || r.mention().sentence() != s.index()) {
            return false;
        }
        Token cur = s.token(r.mention().head());
        while (cur != null && cur.index() != complement.index()) {
            if (cur.baseRel().equals("nmod") && !r.mention().covers(complement.index())) {
                return true;
            }
            cur = s.head(cur.index());
        }
        return false;
    }

    /**
     * Who claimed an act told by a noun: the agent or subject of a claiming verb ("revendiquer", "claim") the
     * noun is the object or passive subject of, directly or through "responsibility for".
     */
    private List<Resolved> claimer(Token noun) {
        Token head = s.head(noun.index());
        if (head != null && !head.isVerb() && lang.plays("claiming", head)) {
            head = s.head(head.index()); // "claimed responsibility for the attack"
        }
        if (head == null || !head.isVerb() || !lang.plays("claiming", head)) {
            return new ArrayList<>();
        }
        Token agent = marked(head, "agent");
        if (agent != null) {
            return actors.of(agent, null);
        }
        Token subject = child(head, "nsubj");
        return subject == null || subject.index() == noun.index() ? new ArrayList<>() : actors.of(subject, null);
    }

    /** Who an actorless act of violence hit, named inside it ("l'attaque d'un poste de l'armée"), or empty. */
    List<Resolved> victimsOf(Trigger trigger) {
        return namedWithin(trigger, null, null, true); // "l'armée" of a Malian story is Mali's
    }

    /**
     * Whose a noun is: its possessive ("his decision") or its "de"/"of" phrase ("la décision du président"),
     * owners of things inside that phrase included ("un signe de recul des autorités qui ont annoncé...":
     * the clause belongs to the authorities). Unlike an event noun's own source, read in {@link #readNoun}.
     */
    private List<Resolved> ownerOfNoun(Token noun) {
        for (Token c : s.children(noun.index())) {
            if (c.deprel().equals("nmod:poss") || (c.baseRel().equals("nmod") && (has(c, "source") || has(c, "agent")))) {
                List<Resolved> found = actors.of(c, null);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return new ArrayList<>();
    }

    private Token child(Token t, String rel) {
        if (t == null) {
            return null;
        }
        for (Token c : s.children(t.index())) {
            if (c.deprel().equals(rel) || (c.baseRel().equals(rel) && !c.deprel().equals("nsubj:pass")
                    && !c.deprel().equals("nsubj:outer"))) {
                return c;
            }
        }
        if (rel.equals("nsubj")) {
            return s.children(t.index()).stream().filter(c -> c.deprel().equals("nsubj:pass"))
                    .findFirst().orElse(null);
        }
        return null;
    }

    /** The first oblique or nominal modifier of {@code t} whose case marker plays {@code role}. */
    private Token marked(Token t, String role) {
        for (Token c : s.children(t.index())) {
            if ((c.baseRel().equals("obl") || c.baseRel().equals("nmod")) && has(c, role)) {
                return c;
            }
            if (role.equals("agent") && c.deprel().equals("obl:agent")) {
                return c;
            }
        }
        return null;
    }

    /** True when a case marker of the phrase (or a word fixed to it) plays this role. */
    private boolean has(Token phrase, String role) {
        for (Token c : s.children(phrase.index(), "case")) {
            if (lang.plays(role, c)) {
                return true;
            }
            if (lang.plays("circumstance", c)) {
                continue; // "grâce à la médiation du Qatar": the "à" of a compound preposition introduces no target
            }
            for (Token f : s.children(c.index(), "fixed")) {
                if (lang.plays(role, f)) {
                    return true;
                }
            }
        }
        return false;
    }
}
