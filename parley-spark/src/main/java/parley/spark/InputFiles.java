package parley.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import parley.source.ArticleReader;

/**
 * The job's inputs as an ordered list of files, made once on the driver. The order is the command line's
 * (arguments in turn, each folder walked in name order, as {@link ArticleReader} walks it), so "the first copy of
 * an article wins" means the same in the job as in {@code parley ingest}. Local paths are listed with java.nio;
 * cluster paths ({@code hdfs://}, {@code s3a://}, {@code gs://}, {@code file://}) with Hadoop's file system;
 * http and https URLs are kept as they are (the reader fetches them).
 */
final class InputFiles {
    /** One file of the input: its place in the order, where it is, and whether Spark reads it as a Parquet table. */
    record InputFile(int index, String path, boolean parquet) implements Serializable {
    }

    private InputFiles() {
    }

    static List<InputFile> expand(List<String> inputs, Configuration hadoop) {
        List<String> paths = new ArrayList<>();
        for (String input : inputs) {
            if (isWeb(input) || !ArticleReader.isUrl(input)) {
                paths.addAll(isWeb(input) ? List.of(input) : local(Path.of(input)));
            } else {
                paths.addAll(cluster(input, hadoop));
            }
        }
        List<InputFile> files = new ArrayList<>();
        for (String p : paths) {
            files.add(new InputFile(files.size(), p, isParquet(p)));
        }
        return files;
    }

    static boolean isWeb(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    static boolean isParquet(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    /**
     * The same key for a path as given and as Spark names the file it read ({@code input_file_name()}, a URI):
     * the absolute path, decoded.
     */
    static String key(String pathOrUri) {
        if (ArticleReader.isUrl(pathOrUri)) {
            return URI.create(pathOrUri).getPath();
        }
        if (pathOrUri.startsWith("file:")) {
            return URI.create(pathOrUri).getPath();
        }
        return Path.of(pathOrUri).toAbsolutePath().normalize().toString();
    }

    private static boolean wanted(String name) {
        return isParquet(name) || ArticleReader.isArticleFile(Path.of(name));
    }

    /** A missing local path is kept: the reader reports it as a problem naming it, as the command line does. */
    private static List<String> local(Path p) {
        if (!Files.isDirectory(p)) {
            return List.of(p.toString());
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile).filter(f -> wanted(f.getFileName().toString())).sorted()
                    .map(Path::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + p, e);
        }
    }

    private static List<String> cluster(String input, Configuration hadoop) {
        try {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(URI.create(input));
            FileSystem fs = root.getFileSystem(hadoop);
            if (!fs.getFileStatus(root).isDirectory()) {
                return List.of(input);
            }
            List<String> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                LocatedFileStatus s = it.next();
                if (s.isFile() && wanted(s.getPath().getName())) {
                    found.add(s.getPath().toString());
                }
            }
            found.sort(null);
            return found;
        } catch (java.io.FileNotFoundException e) {
            return List.of(input);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
    }
}
