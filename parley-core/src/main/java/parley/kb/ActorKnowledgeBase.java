package parley.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import parley.model.Actor;

/**
 * Who is who, independent of language: states, organisations and people with dated roles
 * (kb/countries.tsv, kb/organisations.tsv, kb/people.tsv; format in docs/kb-actors.md).
 */
public final class ActorKnowledgeBase {

    public record Country(String iso3, String nameEn, String nameFr) {
    }

    public record Organisation(String key, String cameo, String nameEn, String nameFr) {
    }

    /** One term of one role of one person; {@code from} or {@code to} null when open. */
    public record PersonRole(String name, String affiliation, String sector, String role,
                             LocalDate from, LocalDate to) {
        boolean heldOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to)); // both days inclusive
        }
    }

    private final Map<String, Country> countries;
    private final Map<String, Organisation> organisations;
    private final PhraseIndex<PersonRole> people;
    /** Terms by affiliation and role ("IRN|foreign minister"), for titles that name an office. */
    private final Map<String, List<PersonRole>> terms = new HashMap<>();

    public ActorKnowledgeBase(Map<String, Country> countries, Map<String, Organisation> organisations,
                              PhraseIndex<PersonRole> people) {
        this.countries = Map.copyOf(countries);
        this.organisations = Map.copyOf(organisations);
        this.people = people;
    }

    public static ActorKnowledgeBase bundled() {
        Map<String, Country> countries = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource("parley/kb/countries.tsv", 3)) {
            countries.put(r.get(0), new Country(r.get(0), r.get(1), r.get(2)));
        }
        Map<String, Organisation> orgs = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource("parley/kb/organisations.tsv", 4)) {
            orgs.put(r.get(0), new Organisation(r.get(0), r.optional(1), r.get(2), r.get(3)));
        }
        ActorKnowledgeBase kb = new ActorKnowledgeBase(countries, orgs, new PhraseIndex<>());
        kb.addPeople(TsvFile.resource("parley/kb/people.tsv", 6));
        return kb;
    }

    /** Adds people rows (names, affiliation, sector, role, from, to). */
    public void addPeople(List<TsvFile.Row> rows) {
        for (TsvFile.Row r : rows) {
            String[] names = r.get(0).split("\\|");
            checkAffiliation(r, r.get(1));
            PersonRole role = new PersonRole(names[0].strip(), r.get(1), r.optional(2), r.get(3),
                    date(r, r.optional(4)), date(r, r.optional(5)));
            for (String name : names) {
                people.add(name.strip(), role);
            }
            addTerm(role);
        }
    }

    void checkAffiliation(TsvFile.Row row, String affiliation) {
        if (!countries.containsKey(affiliation) && !organisations.containsKey(affiliation)) {
            throw row.error("unknown country or organisation: " + affiliation);
        }
    }

    private static LocalDate date(TsvFile.Row row, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw row.error("date must be YYYY-MM-DD: " + value);
        }
    }

    /**
     * Adds one term of one person under every spelling in {@code names}; the first is the display name.
     * Fails on an affiliation that is neither a known country nor a known organisation.
     */
    public void addPerson(List<String> names, String affiliation, String sector, String role,
                          LocalDate from, LocalDate to) {
        if (!countries.containsKey(affiliation) && !organisations.containsKey(affiliation)) {
            throw new KnowledgeFileException("unknown country or organisation: " + affiliation);
        }
        PersonRole term = new PersonRole(names.get(0), affiliation, sector, role, from, to);
        for (String name : names) {
            people.add(name, term);
        }
        addTerm(term);
    }

    private void addTerm(PersonRole term) {
        terms.computeIfAbsent(term.affiliation() + "|" + term.role(), k -> new java.util.ArrayList<>()).add(term);
    }

    /**
     * The person who held {@code role} for {@code affiliation} on {@code date} ("foreign minister" of IRN on
     * 2016-01-16 is Zarif), as an actor named after them; null when the date is unknown, when no term
     * recorded covers it, or when two people's terms do (a handover day): a title is never guessed.
     */
    public Actor holder(String affiliation, String role, LocalDate date) {
        if (date == null) {
            return null;
        }
        List<PersonRole> held = terms.getOrDefault(affiliation + "|" + role, List.of()).stream()
                .filter(t -> t.heldOn(date)).toList();
        if (held.isEmpty() || held.stream().map(PersonRole::name).distinct().count() > 1) {
            return null;
        }
        PersonRole t = held.get(0);
        return actor(t.affiliation(), t.sector()).withName(t.name());
    }

    /** Makes {@code alias} one more spelling of the person already known as {@code known}. */
    public boolean addAlias(String known, String alias) {
        List<PersonRole> roles = List.copyOf(people.get(known));
        if (roles.isEmpty() || !people.get(alias).isEmpty()) {
            return false;
        }
        roles.forEach(r -> people.add(alias, r));
        return true;
    }

    /**
     * The organisation whose CAMEO code is the longest prefix of {@code code} ("IGOUNOMED" gives UN,
     * "IGOUNOIAE" the IAEA), or null.
     */
    /**
     * Whether an organisation's English or French name has {@code word} (folded) as one of its words: what
     * "l'Agence", "the Council" may stand for once the organisation has been named in full.
     */
    public boolean organisationNameHas(String key, String word) {
        Organisation o = organisations.get(key);
        if (o == null) {
            return false;
        }
        String folded = parley.text.Fold.key(word);
        for (String name : new String[] {o.nameEn(), o.nameFr()}) {
            if (name != null && java.util.Arrays.asList(parley.text.Fold.key(name).split(" ")).contains(folded)) {
                return true;
            }
        }
        return false;
    }

    public Organisation organisationByCameo(String code) {
        Organisation best = null;
        for (Organisation o : organisations.values()) {
            if (o.cameo() != null && code.startsWith(o.cameo())
                    && (best == null || o.cameo().length() > best.cameo().length())) {
                best = o;
            }
        }
        return best;
    }

    public PhraseIndex<PersonRole> people() {
        return people;
    }

    public boolean isCountry(String key) {
        return countries.containsKey(key);
    }

    public boolean isOrganisation(String key) {
        return organisations.containsKey(key);
    }

    /** The actor for a country or organisation key with an optional sector. */
    public Actor actor(String affiliation, String sector) {
        Country c = countries.get(affiliation);
        if (c != null) {
            return Actor.ofCountry(c.nameEn(), c.iso3(), sector);
        }
        Organisation o = organisations.get(affiliation);
        if (o == null) {
            throw new KnowledgeFileException("unknown country or organisation: " + affiliation);
        }
        return Actor.ofOrg(o.nameEn(), o.key(), o.cameo(), sector);
    }

    /**
     * Who a person is on a date: the role they held then; undated, their latest role. Outside any
     * role they belong to their country with no sector: Trump in 2016 is not the US government.
     */
    public Actor person(List<PersonRole> roles, LocalDate date) {
        PersonRole chosen = null;
        if (date != null) {
            chosen = roles.stream().filter(r -> r.heldOn(date)).findFirst().orElse(null);
        } else {
            chosen = roles.stream().max(Comparator.comparing(
                    r -> r.from() == null ? LocalDate.MIN : r.from())).orElse(null);
        }
        if (chosen == null) {
            PersonRole any = roles.get(0);
            return actor(any.affiliation(), null).withName(any.name());
        }
        return actor(chosen.affiliation(), chosen.sector()).withName(chosen.name());
    }
}
