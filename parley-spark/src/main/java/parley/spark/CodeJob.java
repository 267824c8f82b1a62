package parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import parley.spark.InputFiles.InputFile;

/**
 * Codes a news archive on Spark: {@code spark-submit --class parley.spark.CodeJob parley-spark.jar INPUT... --out
 * DIR}, or in-process with {@code --master local[N]} ({@code ./parley spark}). docs/spark.md.
 *
 * <ol>
 *   <li><b>Code</b>: each input file is read by the command line's reader and its articles coded by the
 *       executor's pipeline; every item becomes one row, staged in {@code DIR/_work/coded} (the input is read once;
 *       a rerun with the same inputs reuses a finished stage).</li>
 *   <li><b>Articles</b>: the first copy of an article in input order is kept (same id or same text, as the store
 *       refuses a second copy); wire copies are grouped into stories in input order.</li>
 *   <li><b>Merge</b>: mentions are merged into events by the store's merge function, block by block.</li>
 *   <li><b>Tables</b>: {@code articles}, {@code mentions}, {@code events} (Parquet, partitioned by date; with
 *       {@code --format jsonl} the events as JSON lines, as {@code parley export --format jsonl} writes them),
 *       {@code errors}, and the exports {@code exports/gdelt} and {@code exports/plover}.</li>
 * </ol>
 * Every table is written whole in overwrite mode from deterministic stages, so a rerun after a killed driver
 * gives the same tables.
 */
public final class CodeJob {
    private CodeJob() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println("parley spark: codes news archives on Spark (docs/spark.md)\n" + JobOptions.USAGE);
            return;
        }
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("parley spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        // Without a master from spark-submit (it sets spark.master) or --master, the job runs here on every core.
        String master = options.master() != null || System.getProperty("spark.master") != null ? options.master()
                : "local[*]";
        try (SparkSession spark = session(master)) {
            Summary s = run(spark, options);
            System.err.println("parley spark: " + s);
        }
    }

    /**
     * The session: the cluster's when spark-submit gave a master (null here), else in-process with this master
     * ({@code local[N]}), without the web UI and with few shuffle partitions (a laptop's data is small).
     */
    static SparkSession session(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("parley-code");
        if (master != null) {
            builder.master(master).config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8");
        }
        SparkSession spark = builder.getOrCreate();
        if (master != null) {
            spark.sparkContext().setLogLevel("WARN"); // Parley reports on stderr itself; Spark's INFO lines drown it
        }
        return spark;
    }

    /** What a run wrote. */
    record Summary(long items, long articles, long errors, long mentions, long events, boolean reusedCoding,
                   double codingSeconds, double totalSeconds) {
        @Override
        public String toString() {
            return items + " items read" + (reusedCoding ? " (coding reused from a finished run)" : "") + ": "
                    + articles + " articles, " + errors + " errors; " + mentions + " mentions merged into " + events
                    + " events; coding stage " + String.format(java.util.Locale.ROOT, "%.1f", codingSeconds)
                    + " s, whole job " + String.format(java.util.Locale.ROOT, "%.1f", totalSeconds) + " s";
        }
    }

    static Summary run(SparkSession spark, JobOptions options) throws IOException {
        long start = System.nanoTime();
        String out = options.out();
        List<InputFile> files = InputFiles.expand(options.inputs(), spark.sparkContext().hadoopConfiguration());
        String coded = out + "/_work/coded";
        boolean reused = codedStageDone(spark, coded, files);
        if (!reused) {
            stageCoding(spark, files, coded);
        }
        double codingSeconds = (System.nanoTime() - start) / 1e9;
        Dataset<Row> items = spark.read().parquet(coded);

        Dataset<Row> errors = items.filter(col("article_id").isNull())
                .select(col("item"), col("reason"), col("problem"), col("file_index"), col("item_index"))
                .orderBy("file_index", "item_index", "item").drop("file_index", "item_index");
        errors.coalesce(1).write().mode(SaveMode.Overwrite).parquet(out + "/errors");

        Dataset<Row> kept = firstCopies(items.filter(col("article_id").isNotNull()));
        Dataset<Row> stories = WireStories.of(spark, kept);
        Dataset<Row> articles = kept.join(stories, "article_id");
        String articlesDir = out + "/_work/articles";
        articles.write().mode(SaveMode.Overwrite).parquet(articlesDir);
        articles = spark.read().parquet(articlesDir);

        Dataset<Row> mentions = articles.select(col("article_id"), col("outlet"), col("story_id"), col("url"),
                col("published"), col("file_index"), col("item_index"), explode(col("mentions")).as("m"))
                .select(col("*"), col("m.*")).drop("m");
        JavaRDD<Row> merged = mentions.toJavaRDD().keyBy(CorpusMerge::block).groupByKey()
                .flatMap(block -> CorpusMerge.mergeBlock(block._2()));
        String eventsWork = out + "/_work/events";
        spark.createDataFrame(merged, CorpusMerge.EVENT).write().mode(SaveMode.Overwrite).parquet(eventsWork);
        Dataset<Row> events = spark.read().parquet(eventsWork);

        Tables.write(spark, options, articles, mentions, events);
        return new Summary(items.count(), articles.count(), errors.count(), mentions.count(), events.count(), reused,
                codingSeconds, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The first copy of each article in input order: a later item with the same id or the same text is a copy
     * (the store refuses it). Rows of one Parquet file share an item index; their id orders them.
     */
    static Dataset<Row> firstCopies(Dataset<Row> articles) {
        Column[] order = {col("file_index"), col("item_index"), col("article_id"), col("item")};
        WindowSpec byId = Window.partitionBy("article_id").orderBy(order);
        WindowSpec byText = Window.partitionBy("content_hash").orderBy(order);
        return articles.withColumn("id_rank", row_number().over(byId)).withColumn("text_rank", row_number().over(byText))
                .filter(col("id_rank").equalTo(1).and(col("text_rank").equalTo(1))).drop("id_rank", "text_rank");
    }

    /** Stage 1: read and code every input file, one task per file; Parquet tables through Spark's reader. */
    private static void stageCoding(SparkSession spark, List<InputFile> files, String coded) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<InputFile> plain = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        Map<String, Integer> parquetIndex = new HashMap<>();
        for (InputFile f : files) {
            if (f.parquet()) {
                parquet.add(f.path());
                parquetIndex.put(InputFiles.key(f.path()), f.index());
            } else {
                plain.add(f);
            }
        }
        JavaRDD<Row> rows = jsc.emptyRDD();
        if (!plain.isEmpty()) {
            rows = jsc.parallelize(plain, plain.size()).flatMap(ItemCoder::codeFile);
        }
        if (!parquet.isEmpty()) {
            Dataset<Row> table = spark.read().parquet(parquet.toArray(new String[0]))
                    .withColumn("input_file", org.apache.spark.sql.functions.input_file_name());
            Map<String, Integer> index = parquetIndex;
            rows = rows.union(table.toJavaRDD().mapPartitions(part -> ItemCoder.codeTableRows(part, index)));
        }
        spark.createDataFrame(rows, CodedRows.ITEM).write().mode(SaveMode.Overwrite).parquet(coded);
        writeText(spark, coded + "/../inputs.txt", fingerprint(spark, files));
    }

    /** True when a finished coding stage of exactly these input files (same sizes and times) is on disk. */
    private static boolean codedStageDone(SparkSession spark, String coded, List<InputFile> files) throws IOException {
        Path success = new Path(coded + "/_SUCCESS");
        Path inputs = new Path(coded + "/../inputs.txt");
        FileSystem fs = success.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(success) || !fs.exists(inputs)) {
            return false;
        }
        try (var in = fs.open(inputs)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).equals(fingerprint(spark, files));
        }
    }

    /** Each input file with its length and modification time, one a line. */
    private static String fingerprint(SparkSession spark, List<InputFile> files) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (InputFile f : files) {
            sb.append(f.index()).append('\t').append(f.path());
            if (!InputFiles.isWeb(f.path())) {
                Path p = new Path(f.path());
                FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
                if (fs.exists(p)) {
                    var st = fs.getFileStatus(p);
                    sb.append('\t').append(st.getLen()).append('\t').append(st.getModificationTime());
                }
            } else {
                sb.append("\tweb"); // a page may change: never reused
                sb.append(System.nanoTime());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void writeText(SparkSession spark, String path, String text) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (var o = fs.create(p, true)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    static Dataset<String> lines(Dataset<Row> rows, org.apache.spark.api.java.function.MapFunction<Row, String> f) {
        return rows.map(f, Encoders.STRING());
    }
}
