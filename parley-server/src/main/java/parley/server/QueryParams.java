package parley.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query string of a request as single values, checked against the names an endpoint accepts: an unknown
 * name (a typo would otherwise silently widen the query), a repeated one, or a name or value that cannot be
 * decoded (a bad percent-escape, bytes that are not UTF-8) is a 400 naming it. The raw query string is decoded
 * here rather than by the HTTP server, which drops what it cannot decode: {@code actor=%ZZ} would then match
 * every event.
 */
final class QueryParams {
    private QueryParams() {
    }

    /** The parameters of a raw query string (null or empty: none). */
    static Map<String, String> single(String rawQuery, Set<String> allowed) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, List<String>> e : parse(rawQuery).entrySet()) {
            String name = e.getKey();
            if (!allowed.contains(name)) {
                throw new ApiException(400, shown(name) + ": unknown parameter for this endpoint (see /api/openapi.json)");
            }
            if (e.getValue().size() > 1) {
                throw new ApiException(400, clip(name) + ": given " + e.getValue().size() + " times; give it once");
            }
            out.put(name, e.getValue().get(0));
        }
        return out;
    }

    /** Every name with its values in order, decoded strictly (application/x-www-form-urlencoded, UTF-8). */
    static Map<String, List<String>> parse(String rawQuery) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String part : rawQuery.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String rawName = eq < 0 ? part : part.substring(0, eq);
            String name;
            try {
                name = decode(rawName);
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "parameter name '" + clip(rawName) + "' cannot be decoded: " + e.getMessage());
            }
            String value;
            try {
                value = eq < 0 ? "" : decode(part.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, clip(name) + ": cannot be decoded: " + e.getMessage());
            }
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /** '+' is a space, %XX a byte; the bytes must be UTF-8. Anything else is refused, never guessed at. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '+') {
                bytes.write(' ');
            } else if (ch == '%') {
                int hi = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("'" + clip(raw.substring(i, Math.min(raw.length(), i + 3)))
                            + "' at character " + (i + 1) + " is not a percent-escape (% and two hex digits)");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(ch).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("its bytes are not UTF-8");
        }
    }

    /** A name as an error shows it: itself, or escaped and quoted when it is empty or holds a control character. */
    private static String shown(String name) {
        if (!name.isEmpty() && name.chars().noneMatch(Character::isISOControl)) {
            return clip(name);
        }
        StringBuilder b = new StringBuilder("parameter name '");
        name.chars().forEach(c -> b.append(Character.isISOControl(c) ? String.format("%%%02X", c) : String.valueOf((char) c)));
        return clip(b.append("'").toString());
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
