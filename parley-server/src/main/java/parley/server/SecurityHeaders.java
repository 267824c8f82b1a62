package parley.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers every answer carries so that a browser never reads it as something else: no content sniffing (a JSON
 * body holding article text is never run as HTML or script), no framing, no referrer leaked to links, and for the
 * API a content policy that allows nothing (it serves data, never pages).
 */
final class SecurityHeaders {
    private SecurityHeaders() {
    }

    /** What every answer carries, pages included. */
    static Map<String, String> common() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        return h;
    }

    /** What every /api answer carries: the common set, a policy that loads nothing, and no caching of errors. */
    static Map<String, String> api() {
        Map<String, String> h = common();
        h.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        return h;
    }
}
