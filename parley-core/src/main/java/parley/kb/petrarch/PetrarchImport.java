package parley.kb.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import parley.kb.ActorKnowledgeBase;
import parley.kb.LanguagePack;
import parley.text.Fold;

/**
 * Merges a PETRARCH actors or agents dictionary over Parley's own knowledge (docs/kb-actors.md,
 * "Importing PETRARCH dictionaries"). Parley's own entries always win: a phrase Parley already has keeps
 * its meaning, and a person Parley already knows keeps Parley's dated roles and only gains spellings.
 *
 * <ul>
 *   <li>An actor entry with one undated code becomes {@code name} phrases of that country or organisation
 *       in the English pack, with the code's sector ("LOK_SABHA [INDGOVLEG]": India, LEG).</li>
 *   <li>Any other actor entry is a person: one term per code, dated codes first so that an undated
 *       (default) code only applies outside them, as in PETRARCH.</li>
 *   <li>Agents become English {@code group} agents with the first Parley sector of their code
 *       (GOVMED gives GOV); codes without one (ENV, AGR, MUS...) are skipped.</li>
 * </ul>
 * A code maps when it starts with a Parley country (USAGOV: USA, GOV) or with the CAMEO code of a Parley
 * organisation (IGOUNOMED: UN, MED). Regions, companies (MNC), territories and former states do not.
 */
public final class PetrarchImport {

    /** CAMEO's sectors that Parley also uses; the first of these in a code's tail is the sector. */
    public static final Set<String> PARLEY_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB",
            "INS", "CVL", "MED", "BUS", "REF", "SPY", "PTY", "NGO", "IGO", "HRI", "LAB", "EDU", "HLH", "ELI",
            "CRM", "UAF");

    /** CAMEO role and religion codes that may follow an organisation's code (IGOUNODEV, NGOCHRPRO). */
    private static final Set<String> OTHER_ROLES = Set.of("AGR", "DEV", "ENV", "MOD", "RAD", "REL", "CHR",
            "MUS", "JEW", "BUD", "HIN", "CTH", "PRO", "ORT", "SHI", "SUN", "SIK", "TAO", "JAN", "ZRO", "CON",
            "DOM", "MNC", "UIS", "SEP");

    /**
     * Organisations whose bodies and agencies Parley counts as the organisation itself (docs/kb-actors.md):
     * any code under theirs maps to them unless another Parley organisation has a longer code.
     */
    private static final Set<String> FAMILIES = Set.of("IGOUNO", "IGOEUREEC");

    /** CAMEO country codes that are not the ISO 3166-1 alpha-3 code Parley uses. */
    private static final Map<String, String> COUNTRY_CODES = Map.of("KSV", "XKX", "TMP", "TLS");

    /**
     * Names Parley leaves out on purpose (docs/kb-actors.md, matching convention 6): "America" is more
     * often Latin America or the continent, "Victoria" a first name or a place, than a state.
     */
    private static final Set<String> LEFT_OUT = Set.of("america", "victoria");

    private static final Pattern SET_LINE = Pattern.compile("!\\w+!\\s*=.*");

    private static final String KNOWN = "already known to Parley";
    private static final String DUPLICATE = "duplicate of an earlier entry of the file";

    private final ActorKnowledgeBase kb;
    private final LanguagePack english;
    private final Map<String, Integer> skipped = new LinkedHashMap<>();
    private final Map<String, Integer> ignored = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    /** Folded phrases and people this import added, to tell duplicates from Parley's own knowledge. */
    private final Set<String> addedHere = new HashSet<>();
    private int read;
    private int added;

    private PetrarchImport(ActorKnowledgeBase kb, LanguagePack english) {
        this.kb = kb;
        this.english = english;
    }

    /**
     * Reads a PETRARCH dictionary, telling actors from agents by its content, and merges it into
     * {@code kb} (people) and {@code english} (names and agents).
     *
     * @throws parley.kb.KnowledgeFileException when the file cannot be read or has a bad line
     */
    public static ImportReport addTo(ActorKnowledgeBase kb, LanguagePack english, Path file) {
        if (!english.code().equals("en")) {
            throw new IllegalArgumentException("PETRARCH dictionaries are English; got language pack "
                    + english.code());
        }
        List<String> lines = PetrarchText.lines(file);
        PetrarchImport imp = new PetrarchImport(kb, english);
        if (isAgents(lines)) {
            PetrarchAgentFile.Result r = PetrarchAgentFile.parse(file.toString(), lines);
            r.ignored().forEach((k, v) -> imp.ignored.merge(k, v, Integer::sum));
            r.agents().forEach(imp::agent);
            return imp.report(file, "agents", lines.size(), r.warnings());
        }
        PetrarchActorFile.Result r = PetrarchActorFile.parse(file.toString(), lines);
        r.ignored().forEach((k, v) -> imp.ignored.merge(k, v, Integer::sum));
        r.entries().forEach(imp::actor);
        return imp.report(file, "actors", lines.size(), r.warnings());
    }

    /** An agents file defines substitution sets or writes its codes with a ~ ([~GOV], [IGO~]). */
    static boolean isAgents(List<String> lines) {
        for (String line : lines) {
            if (line.indexOf('~') < 0 && line.indexOf('!') < 0) {
                continue;
            }
            String s = PetrarchText.stripComment(line).strip();
            if (s.contains("[~") || s.contains("~]") || SET_LINE.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    private ImportReport report(Path file, String kind, int lines, List<String> warnings) {
        return new ImportReport(file.toString(), kind, lines, read, added, frozen(skipped), frozen(ignored),
                frozen(counts), warnings);
    }

    private static Map<String, Integer> frozen(Map<String, Integer> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    private void skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    private void ignore(String reason) {
        ignored.merge(reason, 1, Integer::sum);
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    // ---- agents

    private void agent(PetrarchAgentFile.Agent a) {
        read++;
        String sector = firstSector(a.code());
        if (sector == null) {
            skip("agent code without a Parley sector");
            return;
        }
        String key = Fold.key(a.phrase());
        if (!english.agents().get(a.phrase()).isEmpty()) {
            skip(addedHere.contains(key) ? DUPLICATE : KNOWN);
            return;
        }
        english.addAgent(a.phrase(), sector, "group");
        addedHere.add(key);
        count("agent phrases");
        added++;
    }

    // ---- actors

    /** A code mapped to Parley: a country or organisation key and a sector (null: none). */
    private record Target(String affiliation, String sector, boolean organisation) {
    }

    private void actor(PetrarchActorFile.Entry e) {
        read++;
        if (e.codes().isEmpty()) {
            skip("no code");
            return;
        }
        List<PetrarchActorFile.DatedCode> codes = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (PetrarchActorFile.DatedCode c : e.codes()) {
            Target t = target(c.code());
            if (t == null) {
                ignore("code Parley cannot map (region, company, territory, former state...)");
            } else {
                codes.add(c);
                targets.add(t);
            }
        }
        if (codes.isEmpty()) {
            skip("no code Parley can map");
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String p : e.phrases()) {
            names.putIfAbsent(Fold.key(p), p);
        }
        names.remove("");
        if (names.isEmpty()) {
            skip("no phrase");
            return;
        }
        if (e.codes().size() == 1 && !codes.get(0).dated()) {
            names(names, targets.get(0));
        } else {
            person(names, codes, targets);
        }
    }

    private Target target(String code) {
        if (code.length() >= 3) {
            String head = code.substring(0, 3);
            String iso3 = COUNTRY_CODES.getOrDefault(head, head);
            if (kb.isCountry(iso3)) {
                return new Target(iso3, firstSector(code.substring(3)), false);
            }
        }
        ActorKnowledgeBase.Organisation o = kb.organisationByCameo(code);
        if (o == null || onlyRoles(o.cameo().substring(3))) {
            return null; // NGOHRI, NGOENV: a kind of organisation, not one organisation
        }
        String tail = code.substring(o.cameo().length());
        if (!FAMILIES.contains(o.cameo()) && !onlyRoles(tail)) {
            return null; // another organisation under the same prefix (IGOCAS...)
        }
        return new Target(o.key(), firstSector(tail), true);
    }

    /** The entry's phrases become names of a state or organisation. */
    private void names(Map<String, String> names, Target t) {
        int before = count();
        boolean duplicate = false;
        for (Map.Entry<String, String> n : names.entrySet()) {
            if (LEFT_OUT.contains(n.getKey())) {
                ignore("name Parley leaves out on purpose");
                continue;
            }
            if (!english.phrases().get(n.getValue()).isEmpty() || !kb.people().get(n.getValue()).isEmpty()) {
                duplicate |= addedHere.contains(n.getKey());
                ignore("phrase Parley already has");
                continue;
            }
            english.addPhrase(n.getValue(), t.affiliation(), t.sector(), "name");
            addedHere.add(n.getKey());
            count("country and organisation names");
        }
        finishEntry(before, duplicate);
    }

    /** The entry is a person: new spellings of someone Parley knows, or a new person with dated terms. */
    private void person(Map<String, String> names, List<PetrarchActorFile.DatedCode> codes, List<Target> targets) {
        int before = count();
        Set<String> knownPeople = new LinkedHashSet<>();
        String knownSpelling = null;
        boolean duplicate = false;
        Map<String, String> fresh = new LinkedHashMap<>();
        for (Map.Entry<String, String> n : names.entrySet()) {
            List<ActorKnowledgeBase.PersonRole> roles = kb.people().get(n.getValue());
            if (!roles.isEmpty()) {
                knownPeople.add(roles.get(0).name());
                knownSpelling = n.getValue();
            }
            if (!roles.isEmpty() || !english.phrases().get(n.getValue()).isEmpty()) {
                duplicate |= addedHere.contains(n.getKey());
                ignore("phrase Parley already has");
            } else {
                fresh.put(n.getKey(), n.getValue());
            }
        }
        if (knownPeople.size() > 1) {
            skip("names several people Parley knows");
            return;
        }
        if (knownSpelling != null) {
            for (Map.Entry<String, String> n : fresh.entrySet()) {
                if (kb.addAlias(knownSpelling, n.getValue())) {
                    addedHere.add(n.getKey());
                    count("spellings of people Parley knows");
                }
            }
        } else if (!fresh.isEmpty()) {
            for (int pass = 0; pass < 2; pass++) { // dated terms first, the undated default last
                for (int i = 0; i < codes.size(); i++) {
                    PetrarchActorFile.DatedCode c = codes.get(i);
                    if (c.dated() == (pass == 0)) {
                        Target t = targets.get(i);
                        String sector = t.sector() != null ? t.sector()
                                : t.organisation() && c.code().startsWith("IGO") ? "IGO" : null;
                        kb.addPerson(List.copyOf(fresh.values()), t.affiliation(), sector, c.code(), c.from(), c.to());
                        count("person terms");
                    }
                }
            }
            addedHere.addAll(fresh.keySet());
            count("people");
        }
        finishEntry(before, duplicate);
    }

    private int count() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void finishEntry(int countsBefore, boolean duplicate) {
        if (count() > countsBefore) {
            added++;
        } else {
            skip(duplicate ? DUPLICATE : KNOWN);
        }
    }

    private static String firstSector(String tail) {
        for (String chunk : chunks(tail)) {
            if (PARLEY_SECTORS.contains(chunk)) {
                return chunk;
            }
        }
        return null;
    }

    private static boolean onlyRoles(String tail) {
        return tail.length() % 3 == 0 && chunks(tail).stream()
                .allMatch(c -> PARLEY_SECTORS.contains(c) || OTHER_ROLES.contains(c));
    }

    private static List<String> chunks(String tail) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 3 <= tail.length(); i += 3) {
            out.add(tail.substring(i, i + 3));
        }
        return out;
    }
}
