package parley.app.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import parley.model.Actor;
import parley.model.Event;
import parley.model.Place;

/**
 * Scores coded events against gold with the semantics of ../shared/eval/score.py: per article, the
 * events become a set of (source, target, root) triples with actors keyed by country, else organisation;
 * root 04 is undirected; a required gold event is found by a matching triple; triples that match only an
 * optional event are neutral; all other triples are wrong.
 */
public final class Scorer {
    /** Organisation spellings the gold files use, mapped to Parley's keys (as score.py does). */
    private static final Map<String, String> ORG_ALIASES = Map.ofEntries(
            Map.entry("ONU", "UN"), Map.entry("IGOUNO", "UN"), Map.entry("UNO", "UN"), Map.entry("UE", "EU"),
            Map.entry("IGOEUREEC", "EU"), Map.entry("OTAN", "NATO"), Map.entry("IGOWSTNAT", "NATO"),
            Map.entry("UA", "AU"), Map.entry("IGOAFRAFU", "AU"), Map.entry("CEDEAO", "ECOWAS"),
            Map.entry("IGOWAFWAS", "ECOWAS"), Map.entry("AIEA", "IAEA"), Map.entry("CPI", "ICC"),
            Map.entry("CIJ", "ICJ"), Map.entry("OMS", "WHO"), Map.entry("FMI", "IMF"), Map.entry("OMC", "WTO"),
            Map.entry("OEA", "OAS"), Map.entry("CICR", "ICRC"), Map.entry("EI", "ISIL"), Map.entry("DAECH", "ISIL"),
            Map.entry("ISIS", "ISIL"), Map.entry("IS", "ISIL"), Map.entry("ALQAEDA", "AQ"));
    private static final double PLACE_KM = 100;

    /** What went wrong in one article, for the report. */
    public record ArticleResult(String id, String lang, Tally tally, List<GoldEvent> missed, List<Triple> wrong) {
    }

    /** An article-level (source, target, root) triple. */
    public record Triple(String source, String target, String root) {
        boolean matches(GoldEvent g) {
            String gs = key(g.source());
            String gt = key(g.target());
            if (!g.roots().contains(root)) {
                return false;
            }
            return (source.equals(gs) && target.equals(gt))
                    || (root.equals("04") && source.equals(gt) && target.equals(gs));
        }

        @Override
        public String toString() {
            return source + "->" + target + " " + root;
        }
    }

    /** Totals by language and by root, plus each article's result. */
    public record Report(Map<String, Tally> byLanguage, Map<String, Tally> byRoot, List<ArticleResult> articles) {
    }

    public Report score(Map<String, GoldArticle> gold, Map<String, List<Event>> system) {
        Map<String, Tally> byLanguage = new TreeMap<>();
        Map<String, Tally> byRoot = new TreeMap<>();
        List<ArticleResult> results = new ArrayList<>();
        for (GoldArticle article : gold.values()) {
            ArticleResult r = scoreArticle(article, system.getOrDefault(article.id(), List.of()), byRoot);
            byLanguage.computeIfAbsent(String.valueOf(article.lang()), k -> new Tally()).add(r.tally());
            results.add(r);
        }
        return new Report(byLanguage, byRoot, results);
    }

    private ArticleResult scoreArticle(GoldArticle article, List<Event> events, Map<String, Tally> byRoot) {
        Map<Triple, List<Event>> triples = new LinkedHashMap<>();
        for (Event e : events) {
            triples.computeIfAbsent(triple(e), k -> new ArrayList<>()).add(e);
        }
        Tally t = new Tally();
        Set<Triple> used = new HashSet<>();
        List<GoldEvent> missed = new ArrayList<>();
        List<GoldEvent> required = article.events().stream().filter(GoldEvent::required).toList();
        for (GoldEvent g : required) {
            Triple hit = triples.keySet().stream().filter(x -> !used.contains(x) && x.matches(g)).findFirst()
                    .orElse(null);
            boolean again = hit == null && triples.keySet().stream().anyMatch(x -> x.matches(g));
            Tally root = byRoot.computeIfAbsent(g.roots().get(0), k -> new Tally());
            if (hit == null && !again) {
                t.missed++;
                root.missed++;
                missed.add(g);
                continue;
            }
            t.found++;
            root.found++;
            if (hit != null) {
                used.add(hit);
                if (g.hasPlace()) {
                    t.placesChecked++;
                    root.placesChecked++;
                    if (placeRight(triples.get(hit), g)) {
                        t.placesRight++;
                        root.placesRight++;
                    }
                }
            }
        }
        List<Triple> wrong = new ArrayList<>();
        for (Triple x : triples.keySet()) {
            if (used.contains(x) || required.stream().anyMatch(x::matches)) {
                continue;
            }
            if (article.events().stream().anyMatch(x::matches)) {
                t.neutral++;
                continue;
            }
            t.wrong++;
            byRoot.computeIfAbsent(x.root(), k -> new Tally()).wrong++;
            wrong.add(x);
        }
        return new ArticleResult(article.id(), article.lang(), t, missed, wrong);
    }

    static Triple triple(Event e) {
        return new Triple(key(e.source()), key(e.target()), e.cameo().root());
    }

    private static String key(Actor a) {
        if (a == null) {
            return "---";
        }
        return key(a.country() != null ? a.country() : a.org() != null ? a.org() : a.code());
    }

    static String key(String raw) {
        if (raw == null || raw.isBlank()) {
            return "---";
        }
        String k = raw.strip().toUpperCase(Locale.ROOT);
        return ORG_ALIASES.getOrDefault(k, k);
    }

    private static boolean placeRight(List<Event> events, GoldEvent g) {
        for (Event e : events) {
            Place p = e.place();
            if (p == null) {
                continue;
            }
            if (g.lat() != null && g.lon() != null && km(p.lat(), p.lon(), g.lat(), g.lon()) <= PLACE_KM) {
                return true;
            }
            if (g.placeName() != null && fold(p.name()).equals(fold(g.placeName()))) {
                return true;
            }
        }
        return false;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = Math.PI / 180;
        double h = Math.pow(Math.sin((lat2 - lat1) * r / 2), 2)
                + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.pow(Math.sin((lon2 - lon1) * r / 2), 2);
        return 6371 * 2 * Math.asin(Math.sqrt(h));
    }

    private static String fold(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
