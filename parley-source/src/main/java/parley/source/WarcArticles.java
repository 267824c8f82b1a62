package parley.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the articles of a WARC or WARC.gz file: every response record with HTTP status 200 and an HTML
 * content type becomes an article (id and URL: WARC-Target-URI, date: the page's own, else WARC-Date).
 * Other records are passed over and counted. A record body is read up to {@link #MAX_BODY_BYTES} only, so a
 * huge record never fills memory. A corrupt record or a truncated file ends the file with a problem naming
 * the file and the offset; the articles read before it are kept.
 */
public final class WarcArticles {
    public static final int MAX_BODY_BYTES = PageExtractor.MAX_PAGE_BYTES;
    private final PageExtractor extractor = new PageExtractor();
    private final String langOverride;

    public WarcArticles(String langOverride) {
        this.langOverride = langOverride;
    }

    /** What a WARC file held. */
    public record Counts(int articles, int problems, Map<String, Integer> passedOver) {
    }

    public Counts read(Path file, ArticleSink sink) {
        int articles = 0;
        int problems = 0;
        Map<String, Integer> passedOver = new TreeMap<>();
        String name = file.toString();
        long offset = 0;
        WarcRecord previous = null;
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // The record that failed starts where the last one read ends: name it by its own offset.
                    offset = previous == null ? 0 : nextStart(file, reader, previous, offset);
                    sink.problem(name + "@" + offset, "corrupt WARC", "corrupt or truncated WARC record at offset "
                            + offset + " (" + message(e) + "); the rest of " + name + " is not read");
                    problems++;
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                WarcRecord record = next.get();
                offset = record.position();
                String where = name + "@" + offset;
                try {
                    String skip = skipReason(record);
                    if (skip != null) {
                        passedOver.merge(skip, 1, Integer::sum);
                    } else {
                        readPage((WarcResponse) record, where, sink);
                        articles++;
                    }
                } catch (SourceProblem p) {
                    sink.problem(where, p.reason(), p.getMessage());
                    problems++;
                } catch (IOException | UncheckedIOException e) {
                    sink.problem(where, "corrupt WARC", "corrupt WARC record at offset " + offset + " (" + message(e)
                            + "); the rest of " + name + " is not read");
                    problems++;
                    break;
                } catch (RuntimeException e) {
                    // A malformed header or HTTP message in this record only; the next record may be fine.
                    sink.problem(where, "corrupt WARC", "malformed WARC record at offset " + offset + " ("
                            + message(e) + "); passed over");
                    problems++;
                }
                previous = record;
                offset = reader.position();
            }
        } catch (IOException | RuntimeException e) {
            sink.problem(name, "corrupt WARC", "cannot read WARC file " + name + ": " + message(e));
            problems++;
        }
        if (!passedOver.isEmpty()) {
            sink.note(name + ": " + articles + " HTML pages read; records passed over: " + passedOver);
        }
        return new Counts(articles, problems, passedOver);
    }

    /** Where the record after the one at {@code start} starts; that one's own start when it cannot be told. */
    private static long nextStart(Path file, WarcReader reader, WarcRecord record, long start) {
        try {
            return WarcRecordEnd.after(file, start, reader.compression() == WarcCompression.GZIP,
                    record.body().size());
        } catch (IOException | RuntimeException e) {
            return start; // this record is cut short itself: reading on fails here, and names it
        }
    }

    /** Null when the record is an HTML page to read, else why it is passed over. */
    private static String skipReason(WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return record.type();
        }
        MediaType warcType = response.contentType();
        if (!warcType.base().toString().equalsIgnoreCase("application/http")) {
            return "response not HTTP";
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return "status " + http.status();
        }
        String type = http.contentType() == null ? "" : http.contentType().base().toString().toLowerCase(Locale.ROOT);
        if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
            return type.isEmpty() ? "no content type" : type;
        }
        return null;
    }

    private void readPage(WarcResponse response, String where, ArticleSink sink) throws IOException, SourceProblem {
        HttpResponse http = response.http();
        byte[] body;
        boolean cut;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
            cut = body.length > MAX_BODY_BYTES;
        }
        if (cut) {
            body = java.util.Arrays.copyOf(body, MAX_BODY_BYTES);
            sink.note(where + ": page body larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MB; only its first "
                    + MAX_BODY_BYTES / (1024 * 1024) + " MB are read");
        }
        String uri = response.target();
        LocalDate captured = captureDate(response);
        String contentType = http.headers().first("Content-Type").orElse(null);
        sink.article(where, extractor.extract(body, contentType, uri, uri, captured, langOverride).article());
    }

    /** The WARC-Date, or null when it is missing or malformed (the page's own date may still be found). */
    private static LocalDate captureDate(WarcRecord record) {
        try {
            return record.date() == null ? null : record.date().atOffset(ZoneOffset.UTC).toLocalDate();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String message(Exception e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
