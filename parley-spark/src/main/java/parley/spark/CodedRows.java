package parley.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import parley.model.Actor;
import parley.model.Article;
import parley.model.Event;
import parley.pipeline.CodingResult;
import parley.source.NearDuplicates;
import parley.store.ContentHash;
import parley.store.DateSpan;
import parley.store.Spot;

/**
 * The coding stage's output, one row per input item: a coded article with its mentions (everything later stages
 * need, so the input is read and coded once), or a problem naming the item. Its rows are staged as Parquet
 * ({@code DIR/_work/coded}); the tables are made from them.
 */
final class CodedRows {
    private CodedRows() {
    }

    /** A mention as the store keeps it, plus the coded actors, code and place that merging reads. */
    static final StructType MENTION = new StructType(new StructField[] {
        field("mention_id", StringType), field("lang", StringType), field("sentence_index", IntegerType),
        field("sentence", StringType), field("evidence_start", IntegerType), field("evidence_end", IntegerType),
        field("source_text", StringType), field("target_text", StringType), field("place_text", StringType),
        field("cameo", StringType), field("cameo_name", StringType), field("goldstein", DoubleType),
        field("quad_class", IntegerType), field("plover", StringType), field("mode", StringType),
        field("mention_date", DateType), field("date_precision", StringType), field("trig", StringType),
        field("rule", StringType), field("confidence", DoubleType),
        field("source_name", StringType), field("source_country", StringType), field("source_org", StringType),
        field("source_sector", StringType), field("source_org_cameo", StringType),
        field("has_target", BooleanType),
        field("target_name", StringType), field("target_country", StringType), field("target_org", StringType),
        field("target_sector", StringType), field("target_org_cameo", StringType),
        field("place_name", StringType), field("place_country", StringType), field("lat", DoubleType),
        field("lon", DoubleType), field("place_precision", StringType), field("place_id", StringType)});

    static final StructType ITEM = new StructType(new StructField[] {
        field("file_index", IntegerType), field("item_index", IntegerType), field("item", StringType),
        field("reason", StringType), field("problem", StringType),
        field("article_id", StringType), field("content_hash", StringType), field("url", StringType),
        field("outlet", StringType), field("title", StringType), field("body", StringType), field("lang", StringType),
        field("published", DateType), field("print_bits", LongType), field("print_words", IntegerType),
        field("mentions", DataTypes.createArrayType(MENTION, false))});

    static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    static Row problem(int file, int item, String name, String reason, String problem) {
        return RowFactory.create(file, item, name, reason, problem, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** A coded article; a clause the coder reported twice is one mention, as in the store. */
    static Row coded(int file, int item, String name, Article article, CodingResult result) {
        Article a = article.withLang(result.lang());
        NearDuplicates.Print print = NearDuplicates.print(a.text());
        List<Row> mentions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Event e : result.events()) {
            if (seen.add(e.eventId())) {
                mentions.add(mention(e, a));
            }
        }
        return RowFactory.create(file, item, name, null, null, a.id(), ContentHash.of(a), a.url(), a.outletOrHost(),
                a.title(), a.text(), a.lang(), a.published() == null ? null : Date.valueOf(a.published()),
                print.bits(), print.words(), mentions.toArray(new Row[0]));
    }

    /** The event's own date, else the article's publication day (precision "published"), as the store dates it. */
    static DateSpan dateOf(Event e, Article article) {
        if (e.date() != null) {
            return DateSpan.of(e.date(), e.datePrecision());
        }
        return article.published() == null ? null
                : new DateSpan(article.published(), article.published(), "published");
    }

    private static Row mention(Event e, Article article) {
        DateSpan date = dateOf(e, article);
        Spot place = Spot.of(e.place());
        Actor s = e.source();
        Actor t = e.target();
        return RowFactory.create(e.eventId(), e.lang(), e.sentenceIndex(), e.sentence(), e.start(), e.end(),
                e.sourceText(), e.targetText(), e.placeText(),
                e.cameo().code(), e.cameo().name(), e.cameo().goldstein(), e.cameo().quadClass(), e.cameo().plover(),
                e.mode().label(), date == null ? null : Date.valueOf(date.first()), date == null ? null : date.precision(),
                e.trigger(), e.rule(), e.confidence(),
                s.name(), s.country(), s.org(), s.sector(), s.orgCameo(),
                t != null,
                t == null ? null : t.name(), t == null ? null : t.country(), t == null ? null : t.org(),
                t == null ? null : t.sector(), t == null ? null : t.orgCameo(),
                place == null ? null : place.name(), place == null ? null : place.country(),
                place == null ? null : place.lat(), place == null ? null : place.lon(),
                place == null ? null : place.precision(), place == null ? null : place.id());
    }
}
