package parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import parley.store.query.EventRows;

/**
 * Writes the job's tables under the output folder, each whole and in overwrite mode: {@code articles} (by
 * publication date), {@code mentions} (by mention date), {@code events} (by event date; JSON lines with
 * {@code --format jsonl}). Column names and meanings are the store's (docs/store.md).
 */
final class Tables {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String[] ARTICLE_COLUMNS = {"article_id", "content_hash", "story_id", "url", "outlet", "title", "body",
        "lang", "published"};
    static final String[] MENTION_COLUMNS = {"mention_id", "event_id", "article_id", "lang", "sentence_index",
        "sentence", "evidence_start", "evidence_end", "source_text", "target_text", "place_text", "cameo",
        "mention_date", "date_precision", "trig", "rule", "confidence"};

    private Tables() {
    }

    static void write(SparkSession spark, JobOptions options, Dataset<Row> articles, Dataset<Row> mentions,
                      Dataset<Row> events) {
        String out = options.out();
        articles.selectExpr(ARTICLE_COLUMNS).write().mode(SaveMode.Overwrite).partitionBy("published")
                .parquet(out + "/articles");
        Dataset<Row> eventOf = events.select(col("event_id"), explode(col("mention_ids")).as("mention_id"));
        mentions.join(eventOf, "mention_id").selectExpr(MENTION_COLUMNS).write().mode(SaveMode.Overwrite)
                .partitionBy("mention_date").parquet(out + "/mentions");
        if (options.jsonl()) {
            jsonLines(events).write().mode(SaveMode.Overwrite).text(out + "/events");
        } else {
            events.write().mode(SaveMode.Overwrite).partitionBy("event_date").parquet(out + "/events");
        }
        Exports.write(events, mentions, articles, out + "/exports");
    }

    /** The events as {@code parley export --format jsonl} writes them: newest first, one object a line. */
    static Dataset<String> jsonLines(Dataset<Row> events) {
        return events.orderBy(col("event_date").desc_nulls_last(), col("event_id")).map(
                (org.apache.spark.api.java.function.MapFunction<Row, String>) Tables::json, Encoders.STRING());
    }

    static String json(Row event) throws JsonProcessingException {
        return JSON.writeValueAsString(EventRows.event(columns(event)));
    }

    /** The event's columns by name, as the store's queries hand them over (dates and timestamps as text). */
    static Map<String, Object> columns(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String name : r.schema().fieldNames()) {
            Object v = r.getAs(name);
            if (v instanceof Date d) {
                v = d.toLocalDate().toString();
            } else if (v instanceof Timestamp t) {
                v = t.toString(); // "2019-05-14 00:00:00.0", as DuckDB's JDBC gives it
            }
            m.put(name, v);
        }
        return m;
    }
}
