package parley.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a free local port, serving what a test puts in it: pages with their content type,
 * redirects, errors, slow answers, and feeds with an ETag that is honoured (304 on If-None-Match).
 */
final class LocalWeb implements AutoCloseable {

    /** What one path answers. */
    record Resource(int status, String contentType, byte[] body, String etag, String location, long delayMillis) {
    }

    private final HttpServer server;
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    /** Every request as "METHOD path [If-None-Match]", in order. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    LocalWeb() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void page(String path, String html) {
        resources.put(path, new Resource(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), null,
                null, 0));
    }

    void put(String path, Resource r) {
        resources.put(path, r);
    }

    void feed(String path, String xml, String etag) {
        resources.put(path, new Resource(200, "application/rss+xml", xml.getBytes(StandardCharsets.UTF_8), etag, null, 0));
    }

    void redirect(String path, String to) {
        resources.put(path, new Resource(302, null, new byte[0], null, to, 0));
    }

    long count(String path) {
        return requests.stream().filter(r -> r.split(" ")[1].equals(path)).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        requests.add(ex.getRequestMethod() + " " + path + (inm == null ? "" : " " + inm));
        Resource r = resources.get(path);
        try (ex) {
            if (r == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            if (r.delayMillis() > 0) {
                try {
                    Thread.sleep(r.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (r.etag() != null) {
                ex.getResponseHeaders().set("ETag", r.etag());
                if (r.etag().equals(inm)) {
                    ex.sendResponseHeaders(304, -1);
                    return;
                }
            }
            if (r.location() != null) {
                ex.getResponseHeaders().set("Location", r.location());
            }
            if (r.contentType() != null) {
                ex.getResponseHeaders().set("Content-Type", r.contentType());
            }
            ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            if (r.body().length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(r.body());
                }
            }
        } catch (IOException e) {
            // The client gave up (a timeout test); nothing to answer.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
