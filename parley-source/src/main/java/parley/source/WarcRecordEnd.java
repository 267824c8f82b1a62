package parley.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Where the WARC record after a well-read one starts, so that a record the reader cannot even begin is named by
 * its own offset, not by its predecessor's. An uncompressed record ends after its headers, its Content-Length bytes
 * and a blank line; a gzip-compressed one is one gzip member, which ends where its deflate stream and trailer do.
 */
final class WarcRecordEnd {
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int FHCRC = 2;

    private WarcRecordEnd() {
    }

    /** The offset just past the record that starts at {@code start}. */
    static long after(Path file, long start, boolean gzip, long contentLength) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            ch.position(start);
            InputStream in = new BufferedInputStream(Channels.newInputStream(ch), 1 << 16);
            return start + (gzip ? gzipMemberLength(in) : uncompressedLength(in, contentLength));
        }
    }

    /** Headers up to the blank line, the block, then CRLF CRLF. */
    private static long uncompressedLength(InputStream in, long contentLength) throws IOException {
        long n = 0;
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("no end of the WARC headers");
            }
            n++;
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return n + contentLength + 4;
    }

    private static long gzipMemberLength(InputStream in) throws IOException {
        long n = 10;
        byte[] header = in.readNBytes(10);
        if (header.length < 10 || (header[0] & 0xff) != 0x1f || (header[1] & 0xff) != 0x8b) {
            throw new IOException("not a gzip member");
        }
        int flags = header[3] & 0xff;
        if ((flags & FEXTRA) != 0) {
            int len = in.read() | (in.read() << 8);
            n += 2 + in.skip(len);
        }
        if ((flags & FNAME) != 0) {
            n += skipZeroTerminated(in);
        }
        if ((flags & FCOMMENT) != 0) {
            n += skipZeroTerminated(in);
        }
        if ((flags & FHCRC) != 0) {
            n += in.skip(2);
        }
        Inflater inflater = new Inflater(true);
        try {
            byte[] input = new byte[8192];
            byte[] output = new byte[8192];
            long fed = 0;
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    in.mark(input.length);
                    int r = in.read(input);
                    if (r < 0) {
                        throw new EOFException("gzip member cut short");
                    }
                    inflater.setInput(input, 0, r);
                    fed += r;
                }
                inflater.inflate(output);
            }
            return n + fed - inflater.getRemaining() + 8; // the deflate data, then CRC32 and size
        } catch (DataFormatException e) {
            throw new IOException("bad deflate data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    private static long skipZeroTerminated(InputStream in) throws IOException {
        long n = 0;
        int b;
        do {
            b = in.read();
            n++;
        } while (b > 0);
        return n;
    }
}
