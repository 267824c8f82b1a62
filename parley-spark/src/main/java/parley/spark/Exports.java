package parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.struct;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import parley.store.export.Exporter;
import parley.store.query.EventRows;

/**
 * The exports of the job's tables, formatted by the store's own exporter code: GDELT 2.0 event rows
 * ({@code exports/gdelt}, tab-separated) and PLOVER JSON ({@code exports/plover}, one event a line with its
 * mentions), newest events first, as {@code parley export} writes them. docs/exports.md.
 */
final class Exports {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] MENTION_FIELDS = {"mention_id", "article_id", "lang", "sentence", "evidence_start",
        "evidence_end", "source_text", "target_text", "cameo", "url", "outlet", "published"};

    private Exports() {
    }

    static void write(Dataset<Row> events, Dataset<Row> mentions, Dataset<Row> articles, String dir) {
        Dataset<Row> ordered = events.orderBy(col("event_date").desc_nulls_last(), col("event_id"));
        ordered.map((MapFunction<Row, String>) r -> Exporter.gdeltLine(Tables.columns(r)), Encoders.STRING())
                .write().mode(SaveMode.Overwrite).text(dir + "/gdelt");

        List<org.apache.spark.sql.Column> fields = new ArrayList<>();
        for (String f : MENTION_FIELDS) {
            fields.add(col(f));
        }
        fields.add(col("file_index"));
        fields.add(col("item_index"));
        Dataset<Row> eventOf = events.select(col("event_id"), explode(col("mention_ids")).as("mention_id"));
        Dataset<Row> reports = mentions.join(eventOf, "mention_id").groupBy("event_id")
                .agg(collect_list(struct(fields.toArray(new org.apache.spark.sql.Column[0]))).as("reports"));
        events.join(reports, "event_id").orderBy(col("event_date").desc_nulls_last(), col("event_id"))
                .map((MapFunction<Row, String>) Exports::plover, Encoders.STRING())
                .write().mode(SaveMode.Overwrite).text(dir + "/plover");
    }

    private static String plover(Row event) throws Exception {
        List<Row> reports = new ArrayList<>(event.getList(event.fieldIndex("reports")));
        // The store lists an event's mentions in the order they were ingested: here, input order.
        reports.sort(Comparator.<Row>comparingInt(r -> r.getAs("file_index")).thenComparingInt(r -> r.getAs("item_index"))
                .thenComparing(r -> r.<String>getAs("mention_id")));
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (Row r : reports) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String f : MENTION_FIELDS) {
                Object v = r.getAs(f);
                m.put(f, v instanceof Date d ? d.toLocalDate().toString() : v);
            }
            mentions.add(m);
        }
        Map<String, Object> api = EventRows.event(Tables.columns(event));
        return JSON.writeValueAsString(Exporter.plover(api, event.getAs("source_url"), mentions));
    }
}
