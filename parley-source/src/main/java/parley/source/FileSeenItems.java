package parley.source;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Seen items in a plain text file, one "feed TAB item id" per line, appended as items are handled, so a
 * restarted watch does not hand on the same articles again. Tabs and line breaks inside ids are replaced by
 * spaces.
 */
public final class FileSeenItems implements SeenItems {
    private final Set<String> keys = new HashSet<>();
    private final Path file;

    public FileSeenItems(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    keys.add(line);
                }
            }
        } else if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
    }

    @Override
    public synchronized boolean seen(String feed, String itemId) {
        return keys.contains(key(feed, itemId));
    }

    @Override
    public synchronized void markSeen(String feed, String itemId) {
        String key = key(feed, itemId);
        if (!keys.add(key)) {
            return;
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            w.write(key);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write seen items to " + file, e);
        }
    }

    private static String key(String feed, String itemId) {
        return clean(feed) + '\t' + clean(itemId);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
