package parley.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.time.LocalDate;
import parley.kb.ActorKnowledgeBase;
import parley.text.Fold;
import parley.kb.LanguagePack;
import parley.model.Actor;
import parley.model.ActorMention;
import parley.model.Sentence;
import parley.model.Token;

/**
 * Turns an argument of an event (the head word of a subject, object or oblique) into the actors it
 * names: one per coordinated conjunct, each read off its noun phrase. A person beats a state's name, a
 * name beats an adjective; an agent noun or title lends its sector to the state it goes with
 * ("le gouvernement russe" is RUSGOV); anaphors are resolved through the discourse memory.
 */
final class ArgumentActors {

    /**
     * An actor found for an argument; {@code inferred} when it came from context, not from the words;
     * {@code human} when the phrase names a person ("le leader nord-coréen" is one, "la Corée" is not).
     */
    record Resolved(Actor actor, ActorMention mention, boolean inferred, boolean human) {
    }

    /** Relations that stay inside a noun phrase; everything else starts another phrase or clause. */
    private static final Set<String> NP_RELATIONS = Set.of("amod", "nmod", "appos", "flat", "compound",
            "det", "case", "fixed", "nummod", "dep", "nmod:poss", "flat:name", "flat:foreign", "compound:prt");

    private static final Set<String> STATE_KINDS = Set.of("name", "seat");
    /** What a pronoun stands for when it points to a phrase that names no known actor. */
    private static final Resolved NO_ONE = new Resolved(null, null, false, false);

    /** Relations that join the words of one name or noun phrase to its head ("Burkina" ← "Faso"). */
    private static final Set<String> NAME_PARTS = Set.of("flat:name", "flat", "fixed", "amod", "compound");
    private static final CodeSets SETS = CodeSets.bundled();

    private final List<String> sceneCountries;
    private final Sentence s;
    private final List<ActorMention> mentions;
    private final LanguagePack lang;
    private final DiscourseMemory memory;
    private final ActorKnowledgeBase kb;
    private final LocalDate date;
    private final parley.time.DateLexicon dates;

    /**
     * @param sceneCountries countries of the places the sentence names, in order ("À Minsk, ..."): where
     *     bare agents ("la police", "protesters") belong when the phrase itself names no country
     */
    ArgumentActors(Sentence s, List<ActorMention> mentions, List<String> sceneCountries, LanguagePack lang,
                   DiscourseMemory memory, ActorKnowledgeBase kb, LocalDate date) {
        this.kb = kb;
        this.date = date;
        this.sceneCountries = sceneCountries;
        this.s = s;
        this.mentions = mentions;
        this.lang = lang;
        this.memory = memory;
        this.dates = parley.time.DateLexicon.bundled(lang.code());
    }

    /**
     * The actors of the phrase headed by {@code head} and of its coordinated conjuncts, including names
     * coordinated below the head ("pour rappel Donald Trump et Kim Jong-un" when the parser hangs the
     * names on "rappel").
     */
    List<Resolved> of(Token head, Actor avoid) {
        List<Resolved> out = new ArrayList<>();
        if (head == null) {
            return out;
        }
        head = antecedentOfRelative(head);
        for (Token conjunct : conjuncts(head)) {
            Resolved r = one(conjunct.index(), avoid);
            if (r == null) {
                continue;
            }
            if (r.mention().kind().equals("anaphor:pair")) {
                // "les deux dirigeants", "the two leaders": both of the sides just named
                for (Actor a : memory.pair(s.index(), avoid)) {
                    add(out, new Resolved(a, r.mention(), true, true));
                }
                continue;
            }
            add(out, r);
            List<Token> more = new ArrayList<>(s.children(conjunct.index(), "appos"));
            for (int w = r.mention().start(); w < r.mention().end(); w++) {
                // "officials from Russia and Ukraine": the countries coordinated inside the phrase
                if (w != conjunct.index()) {
                    List<Token> inner = conjuncts(s.token(w));
                    more.addAll(inner.subList(1, inner.size()));
                }
            }
            for (Token t : more) {
                Resolved other = one(t.index(), avoid);
                if (other != null && !t.deprel().equals("appos")) {
                    add(out, sharingSector(r, other));
                } else if (other != null && listsAnotherState(r, other)) {
                    add(out, other);
                }
            }
        }
        return sameCountryAsConjunct(out);
    }

    /**
     * The author of the earlier act a noun points back to: for "denounced the measures", "a critiqué cette
     * décision", the source of the latest event of the last few sentences that is not the actor reacting;
     * for "criticised the comments", "ces propos", the latest speaker. Only nouns the language lists, with a
     * definite or demonstrative determiner, count.
     */
    List<Resolved> authorOfReferredAct(Token noun, Actor avoid) {
        boolean definite = noun != null && s.children(noun.index(), "det").stream()
                .anyMatch(d -> lang.plays("definite", d));
        Actor author = null;
        if (definite && lang.plays("speech-reference", noun)) {
            author = memory.recentSpeaker(s.index(), avoid); // "criticised the comments": whoever made them
        } else if (definite && lang.plays("act-reference", noun)) {
            author = memory.authorOfRecentEvent(s.index(), avoid);
        }
        return author == null ? new ArrayList<>()
                : new ArrayList<>(List.of(new Resolved(author, referenceTo(s, noun), true, false)));
    }

    /**
     * The country the story is about, as the target of a reaction to its election: no words name it, the
     * story does. Empty when that country is the reacting actor's own.
     */
    List<Resolved> storyCountry(Token election, Actor avoid) {
        String country = memory.contextCountry(s.index());
        if (country == null || !kb.isCountry(country) || (avoid != null && country.equals(avoid.country()))) {
            return new ArrayList<>();
        }
        return new ArrayList<>(List.of(new Resolved(kb.actor(country, null), referenceTo(s, election), true, false)));
    }

    /** The words of an actor known from context, not named: the word that points to it. */
    static ActorMention referenceTo(Sentence s, Token t) {
        return new ActorMention(s.index(), t.index(), t.index() + 1, t.index(), t.text(), null, "reference", false);
    }

    /**
     * A relative pronoun stands for the noun its clause qualifies: in "les autorités, qui ont annoncé la
     * libération de 2 000 personnes" and "the ministry, which summoned the ambassador", "qui" and "which"
     * are the authorities and the ministry.
     */
    private Token antecedentOfRelative(Token t) {
        Token clause = s.head(t.index());
        boolean relative = lang.plays("relative", t) || (lang.plays("object-relative", t) && t.upos().equals("PRON"));
        if (!relative || clause == null) {
            return t;
        }
        if (clause.deprel().equals("acl:relcl") && s.head(clause.index()) != null) {
            return s.head(clause.index());
        }
        // a relative clause the parser hung elsewhere: the noun just before the pronoun (and its comma)
        int before = t.index() - 1;
        while (before >= 0 && s.token(before).upos().equals("PUNCT")) {
            before--;
        }
        boolean noun = before >= 0 && (s.token(before).upos().equals("NOUN") || s.token(before).upos().equals("PROPN"));
        if (!noun) {
            return t;
        }
        Token phrase = s.token(before);
        // "le Burkina Faso, qu'il...": the last word of a name stands for the name's head
        while (NAME_PARTS.contains(phrase.deprel()) && s.head(phrase.index()) != null) {
            phrase = s.head(phrase.index());
        }
        return phrase;
    }

    /**
     * A bare agent coordinated with a state's actor belongs to that state, whatever the story's country:
     * "both the regime and the opposition", "le gouvernement et l'opposition vénézuéliens".
     */
    private static List<Resolved> sameCountryAsConjunct(List<Resolved> conjuncts) {
        Resolved anchor = conjuncts.stream().filter(r -> !guessedFromContext(r) && r.actor().country() != null)
                .findFirst().orElse(null);
        if (anchor == null) {
            return conjuncts;
        }
        List<Resolved> out = new ArrayList<>();
        for (Resolved r : conjuncts) {
            boolean rehome = guessedFromContext(r) && r.actor().country() != null && !r.human();
            out.add(rehome ? new Resolved(Actor.ofCountry(r.actor().name(), anchor.actor().country(),
                    r.actor().sector()), r.mention(), true, r.human()) : r);
        }
        return out;
    }

    /** An agent noun ("the opposition", "la police") given a country from the story, not from its words. */
    static boolean guessedFromContext(Resolved r) {
        return r.inferred() && (r.mention().kind().equals("group") || r.mention().kind().equals("title"));
    }

    /**
     * An apposition usually renames ("le président russe, Vladimir Poutine"), but a state's name beside
     * another state's name is a list the parser read as apposition ("Saudi Arabia, Bahrain, the UAE...").
     */
    private static boolean listsAnotherState(Resolved first, Resolved other) {
        return STATE_KINDS.contains(first.mention().kind()) && STATE_KINDS.contains(other.mention().kind())
                && !first.actor().key().equals(other.actor().key());
    }

    /**
     * "les dirigeants russe et chinois", "the French and American presidents": the noun and its sector belong
     * to every coordinated adjective, not only to the one next to it.
     */
    private static Resolved sharingSector(Resolved first, Resolved other) {
        Actor a = other.actor();
        if (a.sector() != null || a.country() == null || first.actor().sector() == null
                || !other.mention().kind().equals("adjective")) {
            return other;
        }
        return new Resolved(a.withSector(first.actor().sector()), other.mention(), other.inferred(),
                first.human());
    }

    private static void add(List<Resolved> out, Resolved r) {
        if (out.stream().noneMatch(o -> o.actor().equals(r.actor()))) {
            out.add(r);
        }
    }

    /**
     * The phrase's head and its coordinated conjuncts, with the members of a list the parser read otherwise: as
     * an apposition that has conjuncts of its own ("le président ghanéen, le gouvernement nigérian et le roi du
     * Maroc"), or, when each member repeats the preposition, as a modifier after a comma ("au Premier ministre
     * Anwar, au gouvernement chinois et au président Trump").
     */
    private List<Token> conjuncts(Token head) {
        List<Token> out = new ArrayList<>();
        out.add(head);
        for (Token c : s.children(head.index())) {
            boolean member = c.deprel().equals("conj")
                    || (c.deprel().equals("appos") && s.hasChild(c.index(), "conj"))
                    || (c.baseRel().equals("nmod") && continuesList(head, c));
            if (member) {
                out.addAll(conjuncts(c));
            }
        }
        return out;
    }

    /**
     * True when phrase {@code next} continues a list that phrase {@code first} opens: it comes after it, after a
     * comma, introduced by the same preposition ("au président ghanéen, au gouvernement nigérian").
     */
    boolean continuesList(Token first, Token next) {
        List<Token> own = s.children(first.index(), "case");
        List<Token> its = s.children(next.index(), "case");
        if (own.isEmpty() || its.isEmpty() || !Fold.key(own.get(0).lemma()).equals(Fold.key(its.get(0).lemma()))) {
            return false;
        }
        int before = its.get(0).index() - 1;
        return before > first.index() && s.token(before).text().equals(",");
    }

    /** Relations of a clause's core arguments: who does what to whom, whatever the verb. */
    private static final Set<String> CORE_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent");

    /**
     * The actors of every subject, object and passive agent of the sentence ("by X", "par X"), with their
     * conjuncts. Other obliques are left out: most are places or times, and the coder reads the ones that are
     * targets itself.
     */
    List<Resolved> coreArguments() {
        List<Resolved> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            boolean byAgent = t.baseRel().equals("obl") && s.children(t.index(), "case").stream()
                    .anyMatch(c -> lang.plays("agent", c)); // "imposed by the administration"
            if (CORE_RELATIONS.contains(t.deprel()) || CORE_RELATIONS.contains(t.baseRel()) || byAgent) {
                of(t, subjectBeside(t)).forEach(r -> add(out, r));
            }
        }
        return out;
    }

    /** The actor of the subject of the verb that {@code t} depends on, unless {@code t} is that subject. */
    private Actor subjectBeside(Token t) {
        if (t.deprel().startsWith("nsubj") || t.head() < 0) {
            return null;
        }
        for (Token c : s.children(t.head())) {
            if (c.deprel().startsWith("nsubj")) {
                Resolved r = one(c.index(), null);
                return r == null ? null : r.actor();
            }
        }
        return null;
    }

    /** The actor of the noun phrase headed by token {@code head}, or null. */
    Resolved one(int head, Actor avoid) {
        Set<Integer> span = new HashSet<>();
        collect(head, head, span);
        ActorMention base = null;
        ActorMention agent = null;
        ActorMention modifier = null;
        Set<String> pointers = new HashSet<>();
        for (ActorMention m : mentions) {
            if (!span.contains(m.head())) {
                continue;
            }
            if (m.kind().equals("title") || m.kind().equals("group")) {
                if (s.token(m.head()).deprel().equals("amod")) {
                    modifier = modifier == null ? m : modifier; // "military council": lends a sector, names no one
                } else if (agent == null || (agent.actor().sector() == null && m.actor().sector() != null)) {
                    agent = m; // "le porte-parole de l'armée russe" speaks for the army
                }
                continue;
            }
            if (m.kind().startsWith("anaphor:")) {
                pointers.add(m.kind().substring("anaphor:".length()));
            }
            if (base == null || strength(m) > strength(base) || (strength(m) == strength(base) && m.covers(head))) {
                base = m; // at equal strength the head's own words win: "his counterpart" is the counterpart
            }
        }
        boolean eventNoun = lang.eventsFor(s.token(head).lemma()).stream().anyMatch(e -> e.isNoun());
        if (agent == null && (base == null || base.kind().startsWith("anaphor:")) && !eventNoun) {
            modifier = null; // "une transition civile" is no one; "une aide humanitaire" is the humanitarians' act
        }
        agent = agent == null ? modifier : agent;
        if (base == null && agent == null) {
            return shortNameOfOrganisation(s.token(head));
        }
        if (base == null) {
            return fromContext(agent);
        }
        boolean ownsAThing = base.head() != head && agent == null && !eventNoun
                && mentions.stream().noneMatch(m -> m.covers(head));
        if (ownsAThing && base.kind().equals("anaphor:country")) {
            return null; // "l'espace aérien du pays": where the thing is, not who acts (a capital there may act: "la décision de Pékin")
        }
        if (base.kind().equals("anaphor:speaker")) {
            Actor speaker = speakerOf(base);
            return speaker == null || speaker.equals(avoid) ? null : new Resolved(speaker, base, true, true);
        }
        if (base.kind().startsWith("anaphor:")) {
            String refersTo = base.kind().substring("anaphor:".length());
            Resolved speaker = reportingSubject(base, refersTo, avoid);
            if (speaker == NO_ONE) {
                return null;
            }
            if (speaker != null) {
                return speaker;
            }
            Actor a = memory.antecedent(refersTo, s.index(), avoid);
            return a == null ? null : new Resolved(a, base, true, base.human());
        }
        Actor actor = base.actor();
        if (actor == null && base.kind().equals("ner") && base.human()) {
            Actor introduced = memory.introducedPerson(s.token(base.end() - 1).text());
            return introduced == null ? null : new Resolved(introduced, base, true, true); // "Lopez said"
        }
        if (actor == null) {
            return null;
        }
        boolean human = base.human() || (agent != null && agent.human());
        if (base.kind().equals("person")) {
            return new Resolved(actor, base, false, human);
        }
        actor = withSector(actor, base, agent, pointers, avoid);
        Actor holder = holderOf(actor, base, agent, span, head);
        if (holder != null) {
            return new Resolved(holder, base, false, true);
        }
        return new Resolved(actor, base, false, human || pointers.contains("counterpart"));
    }

    /**
     * "Maria Lopez, head of the UN refugee agency UNHCR, told the BBC...": a person the knowledge base does
     * not know, named with words for whom they work for, acts for that actor, here and when the article later
     * says "Lopez said" (remembered by the name's last word).
     */
    void rememberIntroducedPeople() {
        for (ActorMention m : mentions) {
            if (!m.kind().equals("ner") || !m.human()) {
                continue;
            }
            Resolved r = one(m.head(), null);
            if (r != null && r.mention() != m && r.actor().key() != null && !r.mention().kind().startsWith("anaphor:")) {
                memory.introducePerson(s.token(m.end() - 1).text(), r.actor());
            }
        }
    }

    /**
     * A capitalised common noun with a definite article ("l'Agence", "the Council", "la Commission") is the
     * organisation of that name the text has just named in full; the word alone names no one.
     */
    private Resolved shortNameOfOrganisation(Token noun) {
        boolean capitalised = !noun.text().isEmpty() && Character.isUpperCase(noun.text().charAt(0));
        boolean definite = s.children(noun.index(), "det").stream().anyMatch(d -> lang.plays("definite", d));
        if (!capitalised || !definite || !(noun.upos().equals("NOUN") || noun.upos().equals("PROPN"))) {
            return null;
        }
        Actor org = memory.recentOrganisation(a -> kb.organisationNameHas(a.org(), noun.text()), s.index());
        if (org == null) {
            return null;
        }
        ActorMention words = new ActorMention(s.index(), noun.index(), noun.index() + 1, noun.index(), noun.text(), org,
                "anaphor:organisation", false);
        return new Resolved(org, words, true, false);
    }

    /** Agent nouns of fighters in general: members of a named armed body are that body ("les combattants de Wagner"). */
    private static final Set<String> GENERIC_FIGHTERS = Set.of("UAF", "INS");

    /**
     * The sector the words around a state's or organisation's name give it: "son homologue chinois" holds the
     * other side's office (its sector, else government); an agent noun lends its own ("l'armée russe"); a
     * title without one makes a state's person its government ("the Russian leader"); an organisation's
     * officials are the organisation, its troops its military; "le gouvernement turc" read as an anaphor
     * plus an adjective is still the government.
     */
    private Actor withSector(Actor actor, ActorMention base, ActorMention agent, Set<String> pointers, Actor avoid) {
        if (pointers.contains("counterpart") && actor.country() != null) {
            return actor.withSector(avoid != null && avoid.sector() != null ? avoid.sector() : "GOV");
        }
        if (agent != null) {
            String sector = agent.actor().sector();
            if (sector == null) {
                return agent.kind().equals("title") && actor.country() != null ? actor.withSector("GOV") : actor;
            }
            if (actor.org() != null) {
                return agent.kind().equals("group") && sector.equals("MIL") ? actor.withSector(sector) : actor;
            }
            if (actor.sector() != null && base.kind().equals("name") && GENERIC_FIGHTERS.contains(sector)) {
                return actor;
            }
            return actor.withSector(sector);
        }
        if (pointers.contains("government") && actor.country() != null) {
            return actor.withSector("GOV");
        }
        return actor;
    }

    /**
     * The person a title names at the article's date: "le ministre iranien des Affaires étrangères" on
     * 2016-01-16 is Zarif. The title is the phrase's content words without the country's (lemmas, in order,
     * looked up in the language's roles.tsv); a list of countries ("les présidents français et américain") or
     * a title the file does not know ("l'ancien président") names no one person.
     */
    private Actor holderOf(Actor actor, ActorMention base, ActorMention agent, Set<Integer> span, int head) {
        if (agent == null || !agent.kind().equals("title") || date == null
                || !s.children(head, "conj").isEmpty() || !s.children(base.head(), "conj").isEmpty()) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        for (int t : new java.util.TreeSet<>(span)) {
            Token tok = s.token(t);
            if (base.covers(t) || TITLE_SKIPPED.contains(tok.upos())) {
                continue;
            }
            title.append(title.length() == 0 ? "" : " ").append(tok.lemma().toLowerCase(java.util.Locale.ROOT));
        }
        String roles = lang.role(title.toString());
        if (roles == null) {
            return null;
        }
        Actor found = null;
        for (String role : roles.split("\\|")) {
            Actor h = kb.holder(actor.key(), role, date);
            if (h != null) {
                if (found != null && !found.name().equals(h.name())) {
                    return null;
                }
                found = h;
            }
        }
        return found;
    }

    /** Words that are not part of a title's name: articles, prepositions, the possessive, punctuation. */
    private static final Set<String> TITLE_SKIPPED = Set.of("DET", "ADP", "PART", "PUNCT", "CCONJ");

    /**
     * Who "we", "I", "nous", "je" are: the subject of a verb of saying in the same sentence ("We will not
     * retreat," the minister said), else, inside a quotation opened in an earlier sentence, whoever spoke
     * there ("Mr Barnier said: "... We have agreed..."). A quotation whose speaker is unknown names no one.
     */
    private Actor speakerOf(ActorMention pronoun) {
        for (Token verb : s.tokens()) {
            if (!verb.isVerb() || !lang.plays("speaking", verb)) {
                continue;
            }
            for (Token c : s.children(verb.index())) {
                if (c.deprel().startsWith("nsubj") && !pronoun.covers(c.index())) {
                    Resolved r = one(c.index(), null);
                    if (r != null && !r.mention().kind().equals("anaphor:speaker")) {
                        return r.actor();
                    }
                }
            }
        }
        return memory.insideQuotation(s.index()) ? memory.recentSpeaker(s.index(), null) : null;
    }

    /**
     * A pronoun subject of a reported clause points to the subject that reports it: in "Britain announced
     * that it would supply tanks" and "Moscou a affirmé qu'elle riposterait", "it" and "elle" are the
     * announcer, when the announcer is the kind of actor the pronoun can be ("he" is never Britain).
     */
    private Resolved reportingSubject(ActorMention pronoun, String refersTo, Actor avoid) {
        Token subject = s.token(pronoun.head());
        Token clause = s.head(subject.index());
        if (!subject.deprel().startsWith("nsubj") || clause == null || !clause.baseRel().equals("ccomp")) {
            return null;
        }
        Token reporter = s.head(clause.index());
        for (Token c : s.children(reporter.index())) {
            if (c.deprel().equals("nsubj") && c.index() < subject.index()) {
                Resolved r = one(c.index(), avoid);
                if (r == null && refersTo.equals("persons") && c.upos().equals("NOUN")) {
                    return NO_ONE; // "142 pays ont annoncé qu'ils reconnaissaient...": those countries, no one known
                }
                if (r == null || r.mention().kind().startsWith("anaphor:")) {
                    continue;
                }
                // French "il"/"elle" ("personal") stand for a state that reports, as "it" does in English
                if (refersTo.equals("personal") || DiscourseMemory.fits(refersTo, r.actor(), r.human())) {
                    return new Resolved(DiscourseMemory.as(refersTo, r.actor()), pronoun, true, r.human());
                }
            }
        }
        return null;
    }

    /**
     * "la police", "les manifestants", "the army" with no country in the phrase belong to the country the story
     * is about: one named in the same sentence ("À Minsk, des ouvriers..."), else the latest before; the police,
     * protesters and other people of the place (code set local-sectors) belong to the country where the story
     * happens, whoever else it names.
     */
    private Resolved fromContext(ActorMention agent) {
        if (agent.human() && agent.actor().sector() != null) {
            // "le chef de l'Etat", "the president": the person with that role the story just named
            Actor holder = memory.latestPerson(agent.actor().sector(), s.index());
            if (holder != null) {
                return new Resolved(holder, agent, true, true);
            }
        }
        String country = !sceneCountries.isEmpty() ? sceneCountries.get(0)
                : SETS.hasSector("local-sectors", agent.actor()) ? memory.homeCountry(s.index())
                : memory.contextCountry(s.index());
        if (country == null || agent.actor().sector() == null) {
            return null;
        }
        return new Resolved(Actor.ofCountry(agent.text(), country, agent.actor().sector()), agent, true,
                agent.human());
    }

    /** A phrase that could name an actor Parley does not know: a pronoun, a name, or a word for people. */
    boolean looksLikeActor(Token head) {
        if (dates.lookup(head.text()).isPresent()) {
            return false; // "threatened on Monday to...": a day, not someone unknown
        }
        return head.upos().equals("PRON") || head.upos().equals("PROPN")
                || mentions.stream().anyMatch(m -> m.covers(head.index()));
    }

    private static int strength(ActorMention m) {
        return switch (m.kind()) {
            case "person" -> 6;
            case "name", "seat" -> 5;
            case "demonym" -> 4;
            case "adjective" -> 3;
            case "ner" -> 1;
            default -> m.kind().startsWith("anaphor:") ? 2 : 0;
        };
    }

    private void collect(int top, int i, Set<Integer> span) {
        if (!span.add(i)) {
            return;
        }
        for (Token c : s.children(i)) {
            if (NP_RELATIONS.contains(c.deprel()) || NP_RELATIONS.contains(c.baseRel())) {
                if (c.baseRel().equals("nmod") && !c.deprel().equals("nmod:poss")
                        && !(introducesOwner(c) && (i == top || hasOwner(s.token(i))))) {
                    continue;
                }
                collect(top, c.index(), span);
            }
        }
    }

    /**
     * Below the phrase's head, only words for people have owners worth reading: "le président de la
     * Russie", "des milliers de manifestants", not "la feuille de route de la réunion de Genève".
     */
    private boolean hasOwner(Token t) {
        return lang.plays("quantity", t)
                || mentions.stream().anyMatch(m -> m.covers(t.index()) && m.actor() != null);
    }

    /** An nmod belongs to the phrase when it names its owner ("le président de la Russie"), not a target. */
    private boolean introducesOwner(Token nmod) {
        if (nmod.deprel().equals("nmod:poss")) {
            return true;
        }
        List<Token> cases = s.children(nmod.index(), "case");
        return cases.isEmpty() || cases.stream().anyMatch(c -> lang.is("owner", c.lemma())
                || lang.is("owner", c.text()));
    }
}
