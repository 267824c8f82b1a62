package parley.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata: headline, publication date, language, canonical URL and outlet, from the places news
 * sites put them (Open Graph and article metas, JSON-LD including {@code @graph} and arrays,
 * {@code <time datetime>}, {@code <html lang>}, {@code <link rel=canonical>}). Read before the main text is
 * extracted, since extraction removes the page's furniture.
 */
public record PageMetadata(String title, LocalDate published, String lang, String canonicalUrl, String outlet) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final String[] DATE_METAS = {"article:published_time", "og:article:published_time",
        "og:published_time", "published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date",
        "publication_date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "parsely-pub-date",
        "sailthru.date", "article.published", "originalpublicationdate", "cxenseparse:recs:publishtime"};
    private static final List<String> ARTICLE_TYPES = List.of("newsarticle", "article", "blogposting",
            "reportagenewsarticle", "liveblogposting", "analysisnewsarticle", "opinionnewsarticle", "webpage");

    /** Reads the metadata of a parsed page. */
    public static PageMetadata of(Document doc, String fetchedUrl) {
        List<JsonNode> ld = jsonLd(doc);
        String outlet = firstNonBlank(meta(doc, "og:site_name"), ldPublisher(ld), meta(doc, "application-name"));
        String title = title(doc, ld, outlet);
        LocalDate published = published(doc, ld);
        String lang = lang(doc, ld);
        String canonical = canonical(doc, fetchedUrl);
        return new PageMetadata(title, published, lang, canonical, outlet);
    }

    private static String title(Document doc, List<JsonNode> ld, String outlet) {
        String og = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"));
        String headline = ldField(ld, "headline");
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        String h1Text = h1 == null ? null : h1.text();
        String plain = doc.title();
        String t = firstNonBlank(headline, og, h1Text, plain);
        return t == null ? null : withoutSiteSuffix(t.strip(), outlet);
    }

    /** "Title - Le Monde" → "Title"; only when the tail names the outlet, since headlines contain dashes too. */
    static String withoutSiteSuffix(String title, String outlet) {
        Matcher m = Pattern.compile("^(.{10,}?)\\s+[-|–—:·]\\s+([^-|–—:·]{2,40})$").matcher(title);
        if (!m.matches()) {
            return title;
        }
        String tail = m.group(2).strip().toLowerCase(Locale.ROOT);
        if (outlet != null && (tail.equals(outlet.strip().toLowerCase(Locale.ROOT))
                || tail.replace(" ", "").contains(outlet.strip().toLowerCase(Locale.ROOT).replace(" ", "")))) {
            return m.group(1).strip();
        }
        return title;
    }

    private static LocalDate published(Document doc, List<JsonNode> ld) {
        for (String name : DATE_METAS) {
            LocalDate d = parseDate(meta(doc, name));
            if (d != null) {
                return d;
            }
        }
        LocalDate d = parseDate(ldField(ld, "datePublished"));
        if (d != null) {
            return d;
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            d = parseDate(firstNonBlank(e.attr("datetime"), e.attr("content"), e.text()));
            if (d != null) {
                return d;
            }
        }
        for (Element t : doc.select("time[datetime]")) {
            // A page's first dated <time> is nearly always its own publication date, not a related link's.
            d = parseDate(t.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        return parseDate(ldField(ld, "dateCreated"));
    }

    /** ISO dates and date-times (the date as written, in the publisher's zone), compact dates, RFC 1123. */
    public static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        Matcher m = ISO_DATE.matcher(v);
        if (m.lookingAt()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return d.getYear() >= 1900 && d.getYear() <= 2200 ? d : null;
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String lang(Document doc, List<JsonNode> ld) {
        Element html = doc.selectFirst("html");
        String declared = firstNonBlank(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                meta(doc, "og:locale"), httpEquiv(doc, "content-language"), ldField(ld, "inLanguage"),
                meta(doc, "language"), meta(doc, "dc.language"));
        if (declared == null) {
            return null;
        }
        String code = declared.strip().toLowerCase(Locale.ROOT).split("[-_,; ]")[0];
        return code.matches("[a-z]{2,3}") ? code : null;
    }

    private static String canonical(Document doc, String fetchedUrl) {
        for (String candidate : new String[] {attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"),
            attr(doc, "link[rel=amphtml]", null)}) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            String abs = absolute(candidate.strip(), fetchedUrl);
            if (abs != null) {
                return abs;
            }
        }
        return fetchedUrl;
    }

    private static String absolute(String href, String base) {
        try {
            URI u = base == null ? new URI(href) : new URI(base).resolve(href);
            String scheme = u.getScheme();
            return scheme != null && (scheme.equals("http") || scheme.equals("https")) ? u.toString() : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String attr(Document doc, String css, String name) {
        if (name == null) {
            return null;
        }
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(name);
    }

    /** A meta's content by property, name or itemprop, case-insensitively. */
    static String meta(Document doc, String key) {
        String k = key.toLowerCase(Locale.ROOT);
        for (Element m : doc.select("meta[content]")) {
            for (String a : new String[] {"property", "name", "itemprop"}) {
                if (m.attr(a).toLowerCase(Locale.ROOT).equals(k)) {
                    String c = m.attr("content").strip();
                    if (!c.isEmpty()) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static String httpEquiv(Document doc, String key) {
        for (Element m : doc.select("meta[http-equiv][content]")) {
            if (m.attr("http-equiv").equalsIgnoreCase(key)) {
                return m.attr("content");
            }
        }
        return null;
    }

    /** Every JSON-LD object of the page, with {@code @graph} members and array items flattened, articles first. */
    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> others = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data();
            if (data.length() > 1_000_000) {
                continue;
            }
            try {
                flatten(JSON.readTree(data), articles, others, 0);
            } catch (Exception e) {
                // Broken JSON-LD is common; the other sources of metadata still apply.
            }
        }
        articles.addAll(others);
        return articles;
    }

    private static void flatten(JsonNode n, List<JsonNode> articles, List<JsonNode> others, int depth) {
        if (n == null || depth > 8) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> flatten(c, articles, others, depth + 1));
            return;
        }
        if (!n.isObject()) {
            return;
        }
        if (n.has("@graph")) {
            flatten(n.get("@graph"), articles, others, depth + 1);
        }
        (isArticle(n) ? articles : others).add(n);
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode type = n.get("@type");
        if (type == null) {
            return false;
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText().toLowerCase(Locale.ROOT)));
        } else {
            types.add(type.asText().toLowerCase(Locale.ROOT));
        }
        return types.stream().anyMatch(ARTICLE_TYPES::contains);
    }

    private static String ldField(List<JsonNode> ld, String field) {
        for (JsonNode n : ld) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
            if (v != null && v.isArray() && v.size() > 0 && v.get(0).isTextual()) {
                return v.get(0).asText();
            }
        }
        return null;
    }

    private static String ldPublisher(List<JsonNode> ld) {
        for (JsonNode n : ld) {
            JsonNode p = n.get("publisher");
            if (p != null && p.isArray() && p.size() > 0) {
                p = p.get(0);
            }
            if (p != null && p.isObject() && p.hasNonNull("name") && !p.get("name").asText().isBlank()) {
                return p.get("name").asText();
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
