package parley.source;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Per-element counts of a page, computed in one pass from the leaves up, so that scoring every element
 * stays linear in the page's size (asking each element for its text would be quadratic on deeply nested
 * or hostile pages).
 */
final class TreeStats {
    /** Counts of one element's subtree. Text lengths count whitespace runs as one character. */
    static final class Counts {
        int text;
        int ownText;
        int linkText;
        int commas;
        int blocks;
        int paragraphText;
    }

    private static final Counts NONE = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    private final Set<String> blockTags;

    TreeStats(Element root, Set<String> blockTags) {
        this.blockTags = blockTags;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    Counts c = counts.computeIfAbsent(parent, k -> new Counts());
                    String s = t.getWholeText();
                    int len = normalisedLength(s);
                    c.text += len;
                    c.ownText += len;
                    c.commas += commas(s);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                Counts c = counts.computeIfAbsent(e, k -> new Counts());
                String tag = e.tagName();
                if (tag.equals("a")) {
                    c.linkText = c.text;
                }
                if (blockTags.contains(tag)) {
                    c.blocks++;
                }
                if (tag.equals("p") || tag.equals("div") || tag.equals("li") || tag.equals("blockquote")) {
                    int own = tag.equals("p") ? c.text : c.ownText;
                    if (own >= 25) {
                        c.paragraphText += own;
                    }
                }
                if (e.parent() != null && e != root) {
                    Counts p = counts.computeIfAbsent(e.parent(), k -> new Counts());
                    p.text += c.text;
                    p.linkText += c.linkText;
                    p.commas += c.commas;
                    p.blocks += c.blocks;
                    p.paragraphText += c.paragraphText;
                }
            }
        }, root);
    }

    Counts of(Element e) {
        return counts.getOrDefault(e, NONE);
    }

    double linkDensity(Element e) {
        Counts c = of(e);
        return c.text == 0 ? 0 : Math.min(1, c.linkText / (double) c.text);
    }

    /** How many block elements (the given tags) the subtree holds, itself included. */
    int blocks(Element e) {
        return of(e).blocks;
    }

    static int normalisedLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00A0') {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
            }
        }
        return space && n > 0 ? n - 1 : n;
    }

    static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }
}
