package parley.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import parley.model.Article;
import parley.pipeline.CodingResult;
import parley.source.ArticleReader;
import parley.source.InputItem;

/**
 * Runs on the executors: reads an input file with the command line's {@link ArticleReader} and codes each article
 * with the JVM's {@link ExecutorPipeline}. Every item ends as one row: a coded article, or a problem naming it.
 * A record that cannot be read, or that makes the coder throw (even a stack overflow), fails alone; the rest of
 * the file and the job go on.
 */
final class ItemCoder implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rows of one input file (WARC, WARC.gz, JSON lines, JSON, text, HTML, feed, or a URL). */
    static Iterator<Row> codeFile(InputFiles.InputFile file) {
        List<Row> rows = new ArrayList<>();
        Path copy = null;
        String name = file.path();
        try {
            String readable = name;
            if (ArticleReader.isUrl(name) && !InputFiles.isWeb(name)) {
                copy = localCopy(name);
                readable = copy.toString();
            }
            String shown = readable;
            int[] item = {0};
            new ArticleReader(null).read(List.of(readable), in -> {
                String where = in.name().replace(shown, name);
                rows.add(code(file.index(), item[0]++, where, in));
            });
        } catch (IOException | RuntimeException e) {
            rows.add(CodedRows.problem(file.index(), 0, name, "unreadable", name + ": cannot read: " + e));
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file the executor's cleanup removes anyway
                }
            }
        }
        return rows.iterator();
    }

    /**
     * The rows of Parquet articles ({@code id, text, title, published, url, lang, outlet}); each row goes
     * through the reader's JSON checks, so a Parquet article is accepted or refused as the same JSON line would be.
     */
    static Iterator<Row> codeTableRows(Iterator<Row> in, java.util.Map<String, Integer> fileIndex) {
        ArticleReader reader = new ArticleReader(null);
        List<Row> rows = new ArrayList<>();
        int n = 0;
        while (in.hasNext()) {
            Row r = in.next();
            String file = r.getString(r.fieldIndex("input_file"));
            int index = fileIndex.getOrDefault(InputFiles.key(file), -1);
            ObjectNode o = JSON.createObjectNode();
            for (String f : new String[] {"id", "text", "title", "published", "url", "lang", "outlet"}) {
                int i = fieldIndex(r, f);
                if (i >= 0 && !r.isNullAt(i)) {
                    o.put(f, r.get(i).toString());
                }
            }
            String where = file + "#" + (o.has("id") ? o.get("id").asText() : "row" + n);
            // Rows of one Parquet file have no stable order across splits: their id orders them (see CodeJob).
            rows.add(code(index, 0, where, reader.fromJson(where, o.toString(), null)));
            n++;
        }
        return rows.iterator();
    }

    private static int fieldIndex(Row r, String name) {
        for (int i = 0; i < r.schema().fields().length; i++) {
            if (r.schema().fields()[i].name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    static Row code(int file, int item, String where, InputItem in) {
        if (in.article() == null) {
            return CodedRows.problem(file, item, where, in.reason(), in.problem());
        }
        Article article = in.article();
        CodingResult result;
        try {
            result = ExecutorPipeline.parley().code(article);
        } catch (RuntimeException | StackOverflowError e) {
            return CodedRows.problem(file, item, where, "coding failed", where + ": coding failed: " + e);
        }
        if (!result.coded()) {
            return CodedRows.problem(file, item, where, "not coded", result.problem());
        }
        try {
            return CodedRows.coded(file, item, where, article, result);
        } catch (RuntimeException e) {
            return CodedRows.problem(file, item, where, "coding failed", where + ": coding failed: " + e);
        }
    }

    /** A cluster file (HDFS, S3...) is copied to the executor's local disk: the reader reads local files. */
    private static Path localCopy(String uri) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(URI.create(uri));
        FileSystem fs = p.getFileSystem(new Configuration());
        String base = p.getName();
        Path tmp = Files.createTempFile("parley-", "-" + base);
        try (InputStream in = fs.open(p)) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        return tmp;
    }
}
