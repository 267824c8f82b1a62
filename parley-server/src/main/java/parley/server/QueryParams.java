package parley.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query string of a request as single values, checked against the names an endpoint accepts: an unknown
 * name (a typo would otherwise silently widen the query) or a repeated one is a 400 naming it.
 */
final class QueryParams {
    private QueryParams() {
    }

    static Map<String, String> single(Map<String, List<String>> raw, Set<String> allowed) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, List<String>> e : raw.entrySet()) {
            String name = e.getKey();
            if (!allowed.contains(name)) {
                throw new ApiException(400, clip(name) + ": unknown parameter for this endpoint (see /api/openapi.json)");
            }
            if (e.getValue().size() > 1) {
                throw new ApiException(400, name + ": given " + e.getValue().size() + " times; give it once");
            }
            out.put(name, e.getValue().isEmpty() ? "" : e.getValue().get(0));
        }
        return out;
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
