package parley.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The browser interface: one HTML page (every page path answers it; its scripts read the path and ask the API),
 * and its scripts, styles and shapes under {@code /static/}, all from the class path (parley/ui/, the libraries
 * unpacked into parley/ui/vendor/ by the build). Nothing is fetched from elsewhere, so it works offline.
 *
 * <p>Every answer carries a content security policy that lets scripts come from this server's files only: no
 * inline script, no eval, no script from another origin. Styles may be inline, because the map, chart and
 * graph libraries position their elements with style attributes; no article text is ever inserted as HTML.
 */
public final class WebUi {
    /** The paths the single page answers at (its router shows the page each names). */
    static final List<String> PAGES = List.of("/", "/events", "/event/{id}", "/article/{id}", "/map", "/timeline",
            "/network");

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Headers of every file of the interface (scripts, styles, shapes). */
    static final Map<String, String> FILE_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-cache");

    /** Headers of the page: those of the files, and no framing by another site. */
    static final Map<String, String> PAGE_HEADERS = withFraming(FILE_HEADERS);

    private static final String INDEX = "/parley/ui/index.html";

    private WebUi() {
    }

    /** Adds the static files and the page routes to a server being configured. */
    static void install(JavalinConfig cfg) {
        String index = resource(INDEX);
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/parley/ui";
            files.location = Location.CLASSPATH;
            files.headers = FILE_HEADERS;
        });
        for (String page : PAGES) {
            cfg.routes.get(page, ctx -> page(ctx, index));
        }
    }

    private static void page(Context ctx, String index) {
        PAGE_HEADERS.forEach(ctx::header);
        ctx.contentType("text/html; charset=utf-8").result(index);
    }

    private static Map<String, String> withFraming(Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("X-Frame-Options", "DENY");
        return Map.copyOf(all);
    }

    /** A text file of the class path (UTF-8); its absence is a packaging bug. */
    static String resource(String path) {
        try (InputStream in = WebUi.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path.substring(1) + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
