package parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import parley.source.NearDuplicates;

/**
 * Wire copies of one dispatch share a story, so an event counts them once ({@code num_articles}). The grouping is
 * the command line's ({@link NearDuplicates}: nearest SimHash within 12 bits, published within 7 days), taken in
 * input order over the articles' prints (computed where each article was read): the same stories as
 * {@code parley ingest} of the same input. It is the one sequential pass of the job, over 12 bytes an article;
 * docs/spark.md says what it costs at archive scale.
 */
final class WireStories {
    static final StructType STORY = new StructType(new StructField[] {
        DataTypes.createStructField("article_id", StringType, false),
        DataTypes.createStructField("story_id", StringType, false)});

    private WireStories() {
    }

    static Dataset<Row> of(SparkSession spark, Dataset<Row> articles) {
        Dataset<Row> prints = articles.select("article_id", "print_bits", "print_words", "published", "file_index",
                "item_index").repartition(1).sortWithinPartitions(col("file_index"), col("item_index"), col("article_id"));
        return spark.createDataFrame(prints.toJavaRDD().mapPartitions(WireStories::group), STORY);
    }

    private static Iterator<Row> group(Iterator<Row> prints) {
        NearDuplicates stories = new NearDuplicates();
        List<Row> out = new ArrayList<>();
        while (prints.hasNext()) {
            Row r = prints.next();
            String id = r.getString(0);
            Date published = r.getDate(3);
            String story = stories.storyIdOf(id, new NearDuplicates.Print(r.getLong(1), r.getInt(2)),
                    published == null ? null : published.toLocalDate());
            out.add(RowFactory.create(id, story));
        }
        return out.iterator();
    }
}
