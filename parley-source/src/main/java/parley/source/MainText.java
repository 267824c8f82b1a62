package parley.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a page's main text, readability-style: page furniture is removed by tag, ARIA role and class/id
 * words; every paragraph scores its container (longer text and more commas score more, links score less);
 * the best container's paragraphs, minus the furniture lines left inside it, are the article. Paragraphs
 * are joined by a blank line so sentence splitting never runs across them.
 */
public final class MainText {
    /** Tags that are never article text. */
    private static final String DROP_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " form, button, input, select, textarea, nav, aside, footer, figure, figcaption, picture, video, audio,"
            + " dialog, menu, amp-ad, amp-analytics, amp-social-share, amp-sidebar, amp-img";
    private static final String DROP_ROLES = "[role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
            + " [role=dialog], [role=alertdialog], [role=search], [role=menu], [aria-hidden=true], [hidden]";
    /** Class and id words of furniture blocks (menus, ads, share bars, comment threads, newsletter boxes...). */
    private static final Pattern FURNITURE_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(comments?|commentaires?|reactions?|respond|reply|share|sharing|partage|social|sociaux"
                    + "|related|connexes?|lire-aussi|read-?more|see-also|voir-aussi|recommend\\w*|most-read|trending"
                    + "|popular|newsletter|subscribe|subscription|abonnement|signup|sign-up|inscription|cookies?"
                    + "|consent|gdpr|rgpd|banner|promo|sponsor\\w*|ads?|advert\\w*|advertisement|pub|publicite"
                    + "|dfp|outbrain|taboola|sidebar|widget|menu|navbar|nav|navigation|breadcrumbs?|footer"
                    + "|masthead|byline|author|auteur|signature|caption|legende|credit|tags?|keywords|topics"
                    + "|popup|modal|overlay|paywall|meta|dateline|timestamp|toolbar|print|skip|hidden|sr-only"
                    + "|visually-hidden|live-header|key-points-nav|pagination|pager)($|[\\s_-])");
    /** Containers whose class says they hold the article: never removed as furniture even if a word matches. */
    private static final Pattern CONTENT_CLASS = Pattern.compile(
            "(?i)(article|story|post|entry|content|body|text|main|corps|contenu|chapo|lead|live)");
    /** Class words of a standfirst. */
    private static final Pattern LEAD_CLASS = Pattern.compile(
            "(?i)(chapo|chapeau|standfirst|lead|intro|desc|dek|summary|sous-titre|subtitle|subheadline|excerpt|resume)");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li",
            "pre", "dd", "dt", "td", "th");
    private static final Pattern CONTENT_WEIGHT = Pattern.compile("article|story|entry|post|content|corps|contenu");
    /** Class and id beyond this length are not words a site chose; matching them would only cost time. */
    private static final int MAX_CLASS_WORDS = 300;
    private static final String BLOCK_SELECTOR = String.join(",", BLOCKS);
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private final FurnitureLines furniture = new FurnitureLines();
    /** Counts of the page being extracted (one extractor per page, not shared between threads). */
    private TreeStats stats;

    /**
     * The main text's paragraphs, joined by blank lines; empty when the page has no readable text.
     *
     * @param doc the page; it is modified (furniture removed)
     * @param title the headline, left out of the text when the page repeats it
     */
    public String extract(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        body.select(DROP_TAGS).remove();
        body.select(DROP_ROLES).remove();
        removeFurnitureBlocks(body, new TreeStats(body, BLOCKS));
        stats = new TreeStats(body, BLOCKS);
        Element best = bestContainer(body);
        List<String> paragraphs = new ArrayList<>();
        Element lead = best == null ? null : lead(body, best);
        if (lead != null) {
            addLines(inlineText(lead), paragraphs);
        }
        collect(best == null ? body : best, paragraphs);
        List<String> kept = new ArrayList<>();
        String normTitle = title == null ? null : normalise(title);
        for (String p : paragraphs) {
            if (furniture.isFurniture(p)) {
                continue;
            }
            if (normTitle != null && normalise(p).equals(normTitle)) {
                continue;
            }
            if (!kept.isEmpty() && kept.get(kept.size() - 1).equals(p)) {
                continue;
            }
            kept.add(p);
        }
        dropTrailingHeadings(kept);
        return String.join("\n\n", kept);
    }

    /**
     * The standfirst ("chapô") that sites put in the article's header, outside the container of the body
     * paragraphs: the first lead-classed block before the container, in the same article.
     */
    private Element lead(Element body, Element best) {
        Element scope = best.closest("article");
        for (Element a = best.parent(); scope == null && a != null && !a.tagName().equals("body"); a = a.parent()) {
            if (a.selectFirst("h1") != null) {
                scope = a;
            }
        }
        if (scope == null) {
            scope = best.closest("main");
        }
        if (scope == null) {
            return null;
        }
        for (Element e : scope.select("p, div, h2, h3, span")) {
            if (isInside(e, best)) {
                break;
            }
            if (isInside(best, e)) {
                continue;
            }
            String words = classWords(e);
            if (!LEAD_CLASS.matcher(words).find() || stats.of(e).text < 40 || linkDensity(e) >= 0.3
                    || furniture.isFurniture(e.text())) {
                continue;
            }
            List<Element> inner = e.select(BLOCK_SELECTOR).stream().filter(b -> b != e).toList();
            if (inner.isEmpty()) {
                return e;
            }
            if (inner.size() == 1) {
                return inner.get(0);
            }
        }
        return null;
    }

    private static boolean isInside(Element e, Element container) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    private void removeFurnitureBlocks(Element body, TreeStats before) {
        int total = Math.max(1, before.of(body).paragraphText);
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.tagName().equals("article") || e.tagName().equals("main")) {
                continue;
            }
            String words = classWords(e);
            if (words.isBlank() || !FURNITURE_CLASS.matcher(words).find()) {
                continue;
            }
            // "article-body has-share-bar": a content word with a furniture word; keep it unless it is small.
            int own = before.of(e).paragraphText;
            if (own * 2 > total || CONTENT_CLASS.matcher(words).find() && own * 4 > total) {
                continue;
            }
            doomed.add(e);
        }
        doomed.forEach(Node::remove);
    }

    private int paragraphText(Element e) {
        return stats.of(e).paragraphText;
    }

    private static boolean hasOwnText(Element e) {
        for (TextNode t : e.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The element whose paragraphs score highest, readability-style. */
    private Element bestContainer(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, pre, blockquote, div, td")) {
            if (!p.tagName().equals("p") && !p.tagName().equals("pre") && !p.tagName().equals("blockquote")
                    && !hasOwnText(p)) {
                continue;
            }
            TreeStats.Counts c = stats.of(p);
            boolean whole = p.tagName().equals("p");
            int length = whole ? c.text : c.ownText;
            if (length < 25) {
                continue;
            }
            // Commas of a div's own text are not counted apart; its whole subtree's stand in (a small bias).
            double score = 1 + (whole ? c.commas : Math.min(c.commas, length / 40)) + Math.min(length / 100.0, 3);
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            if (!p.tagName().equals("p")) {
                scores.merge(p, score, Double::sum);
            }
            scores.merge(parent, score, Double::sum);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, score / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey())) * classWeight(e.getKey());
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        if (best == null) {
            return null;
        }
        // Articles split in sections and live blogs (one post per block): climb to an ancestor (up to four
        // levels) that holds half as much paragraph text again, unless it is made of links.
        Element candidate = best;
        int bestText = paragraphText(best);
        for (int level = 0; level < 4; level++) {
            candidate = candidate.parent();
            if (candidate == null || candidate == body || candidate.tagName().equals("html")) {
                break;
            }
            int text = paragraphText(candidate);
            if (text * 2 >= bestText * 3 && linkDensity(candidate) < 0.3) {
                best = candidate;
                bestText = text;
            }
        }
        return best;
    }

    /** Class, id and the data attributes some sites name their blocks with, capped in length. */
    private static String classWords(Element e) {
        String w = e.attr("class") + " " + e.attr("id") + " " + e.attr("data-component") + " " + e.attr("data-testid");
        return w.length() > MAX_CLASS_WORDS ? w.substring(0, MAX_CLASS_WORDS) : w;
    }

    private static double classWeight(Element e) {
        String words = classWords(e).toLowerCase(Locale.ROOT);
        double w = 1;
        if (e.tagName().equals("article") || CONTENT_WEIGHT.matcher(words).find()) {
            w *= 1.25;
        }
        return w;
    }

    private double linkDensity(Element e) {
        return stats.linkDensity(e);
    }

    /** Paragraphs in document order: leaf blocks, and runs of loose text in divs (br-separated pages). */
    private void collect(Element e, List<String> out) {
        if (BLOCKS.contains(e.tagName()) && stats.blocks(e) == 1) {
            if (e.tagName().equals("li") && linkDensity(e) > 0.5) {
                return;
            }
            if (!HEADINGS.contains(e.tagName()) && linkDensity(e) > 0.6) {
                return;
            }
            addLines(inlineText(e), out);
            return;
        }
        StringBuilder loose = new StringBuilder();
        int[] linkChars = {0};
        for (Node child : e.childNodes()) {
            if (child instanceof Element c && (isBlockish(c))) {
                addLoose(loose, linkChars, out);
                collect(c, out);
            } else {
                if (child instanceof Element a && a.tagName().equals("a")) {
                    linkChars[0] += stats.of(a).text;
                }
                appendInline(child, loose);
            }
        }
        addLoose(loose, linkChars, out);
    }

    /** Loose text between blocks, unless it is mostly links (a "read also" teaser, a tag list). */
    private static void addLoose(StringBuilder loose, int[] linkChars, List<String> out) {
        int chars = loose.toString().strip().length();
        if (chars > 0 && linkChars[0] * 2 <= chars) {
            addLines(loose.toString(), out);
        }
        loose.setLength(0);
        linkChars[0] = 0;
    }

    private boolean isBlockish(Element c) {
        String t = c.tagName();
        return BLOCKS.contains(t) || t.equals("div") || t.equals("section") || t.equals("article") || t.equals("main")
                || t.equals("ul") || t.equals("ol") || t.equals("dl") || t.equals("table") || t.equals("tbody")
                || t.equals("tr") || t.equals("header") || stats.blocks(c) > 0;
    }

    private static String inlineText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            appendInline(n, sb);
        }
        return sb.toString();
    }

    private static void appendInline(Node n, StringBuilder sb) {
        if (n instanceof TextNode t) {
            sb.append(t.getWholeText());
        } else if (n instanceof Element el) {
            if (el.tagName().equals("br")) {
                sb.append('\n');
            } else {
                for (Node c : el.childNodes()) {
                    appendInline(c, sb);
                }
            }
        }
    }

    /** One paragraph per run of text; a double line break inside a block starts a new paragraph. */
    private static void addLines(String raw, List<String> out) {
        if (raw.isBlank()) {
            return;
        }
        for (String part : raw.split("\n\\s*\n")) {
            String p = part.replace('\u00A0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                    .replaceAll(" *\n *", "\n").strip();
            // A single line break inside a paragraph is layout, not structure.
            p = p.replace('\n', ' ');
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
    }

    /** A heading with no text after it ("Sur le même sujet") belongs to the furniture that followed it. */
    private static void dropTrailingHeadings(List<String> kept) {
        while (!kept.isEmpty()) {
            String last = kept.get(kept.size() - 1);
            if (last.length() < 60 && !last.matches(".*[.!?»\"”]$")) {
                kept.remove(kept.size() - 1);
            } else {
                break;
            }
        }
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
