package parley.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Downloads pages and feeds over http and https only, with limits: at most {@value #MAX_REDIRECTS}
 * redirects (each one checked again), a connect and a total time limit, and a size limit (the body is cut
 * there). Loopback, private, link-local and other non-public addresses are refused unless allowed, so a
 * URL in a feed cannot make Parley read the machine's own network. Thread-safe.
 */
public final class PageFetcher {
    public static final int MAX_REDIRECTS = 5;
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
    private static final String USER_AGENT = "Parley/0.1 (news event coder; +https://github.com/parley)";
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** Limits and permissions of a fetcher. */
    public record Settings(boolean allowPrivate, Duration connectTimeout, Duration totalTimeout, int maxBytes) {
        public static Settings defaults() {
            return new Settings(false, Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BYTES);
        }

        public Settings withAllowPrivate(boolean allow) {
            return new Settings(allow, connectTimeout, totalTimeout, maxBytes);
        }

        public Settings withTimeouts(Duration connect, Duration total) {
            return new Settings(allowPrivate, connect, total, maxBytes);
        }
    }

    /**
     * A finished download.
     *
     * @param url the final URL, after redirects
     * @param status 200, or 304 for a conditional request whose resource did not change
     * @param cut true when the body was longer than the size limit and was cut there
     */
    public record Response(String url, int status, String contentType, byte[] body, boolean cut, String etag,
                           String lastModified) {
        public boolean notModified() {
            return status == 304;
        }
    }

    private final Settings settings;
    private final HttpClient client;

    public PageFetcher(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout()).build();
    }

    public Settings settings() {
        return settings;
    }

    public Response get(String url) throws SourceProblem {
        return get(url, Map.of());
    }

    /**
     * @param extraHeaders request headers such as If-None-Match and If-Modified-Since
     */
    public Response get(String url, Map<String, String> extraHeaders) throws SourceProblem {
        URI uri = checked(url);
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET().timeout(remaining(deadline, url))
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                            + "application/xml;q=0.9,*/*;q=0.5");
            extraHeaders.forEach(rb::header);
            HttpResponse<InputStream> r;
            try {
                r = client.send(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                throw new SourceProblem("timeout", "no answer from " + uri.getHost() + " within the time limit ("
                        + settings.totalTimeout().toSeconds() + " s)");
            } catch (IOException e) {
                throw new SourceProblem("fetch failed", "cannot fetch " + url + ": " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceProblem("fetch failed", "interrupted while fetching " + url);
            }
            int status = r.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                closeQuietly(r.body());
                String location = r.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new SourceProblem("fetch failed", "redirect " + status + " without a Location from " + uri);
                }
                try {
                    uri = checked(uri.resolve(location.strip()).toString());
                } catch (IllegalArgumentException e) {
                    throw new SourceProblem("fetch failed", "bad redirect location '" + location + "' from " + uri);
                }
                continue;
            }
            String etag = r.headers().firstValue("ETag").orElse(null);
            String lastModified = r.headers().firstValue("Last-Modified").orElse(null);
            String contentType = r.headers().firstValue("Content-Type").orElse(null);
            if (status == 304) {
                closeQuietly(r.body());
                return new Response(uri.toString(), 304, contentType, new byte[0], false, etag, lastModified);
            }
            if (status != 200) {
                closeQuietly(r.body());
                throw new SourceProblem("http " + status, "HTTP status " + status + " for " + uri);
            }
            Body body = readCapped(r.body(), deadline, uri);
            return new Response(uri.toString(), status, contentType, body.bytes(), body.cut(), etag, lastModified);
        }
        throw new SourceProblem("redirect loop", "more than " + MAX_REDIRECTS + " redirects from " + url);
    }

    private record Body(byte[] bytes, boolean cut) {
    }

    /** Reads at most the size limit; a watchdog closes the stream at the deadline so a trickling server cannot hang us. */
    private Body readCapped(InputStream in, long deadline, URI uri) throws SourceProblem {
        long delay = Math.max(1, deadline - System.nanoTime());
        ScheduledFuture<?> guard = WATCHDOG.schedule(() -> closeQuietly(in), delay, TimeUnit.NANOSECONDS);
        try (in) {
            byte[] buf = in.readNBytes(settings.maxBytes() + 1);
            boolean cut = buf.length > settings.maxBytes();
            return new Body(cut ? Arrays.copyOf(buf, settings.maxBytes()) : buf, cut);
        } catch (IOException e) {
            if (System.nanoTime() >= deadline) {
                throw new SourceProblem("timeout", "download from " + uri.getHost() + " took longer than the time limit ("
                        + settings.totalTimeout().toSeconds() + " s)");
            }
            throw new SourceProblem("fetch failed", "download from " + uri + " broke off: " + describe(e));
        } finally {
            guard.cancel(false);
        }
    }

    private static Duration remaining(long deadline, String url) throws SourceProblem {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SourceProblem("timeout", "time limit reached while following redirects from " + url);
        }
        return Duration.ofNanos(left);
    }

    /** Only http and https, and only public addresses unless private ones are allowed. */
    URI checked(String url) throws SourceProblem {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new SourceProblem("bad url", "not a valid URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new SourceProblem("bad url", "only http and https URLs are fetched, not " + url);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new SourceProblem("bad url", "URL without a host: " + url);
        }
        if (!settings.allowPrivate()) {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                throw new SourceProblem("fetch failed", "unknown host " + host);
            }
            for (InetAddress a : addresses) {
                if (!isPublic(a)) {
                    throw new SourceProblem("private address", host + " is a loopback, private or link-local address ("
                            + a.getHostAddress() + "); refused (allow with --allow-private)");
                }
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            // 100.64.0.0/10 (carrier-grade NAT), 0.0.0.0/8, 192.0.0.0/24, benchmarking 198.18.0.0/15.
            return !(first == 0 || first == 100 && second >= 64 && second < 128 || first == 192 && second == 0
                    && (b[2] & 0xFF) == 0 || first == 198 && (second == 18 || second == 19));
        }
        // IPv6 unique local addresses fc00::/7.
        return (b[0] & 0xFE) != 0xFC;
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Closing is best effort; the response is abandoned either way.
        }
    }
}
