package parley.spark;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static parley.spark.CodedRows.field;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import parley.model.Actor;
import parley.store.DateSpan;
import parley.store.MergeSettings;
import parley.store.Spot;
import parley.store.merge.EventMerger;
import parley.store.merge.MergeMention;
import parley.store.merge.MergedEvent;

/**
 * The second stage: the store's merge function ({@link EventMerger}, same rule, same thresholds) over the whole
 * corpus. Mentions are grouped by the merger's own block key (mode, root class, unordered pair of countries or
 * organisations), and each block is merged on one executor; since the merger's result depends only on the set of
 * mentions, neither partitioning nor input order changes an event. The event's counts follow the store's: outlets
 * once each (an article without outlet is its own source), wire copies of one story once.
 */
final class CorpusMerge {
    /** The mention columns the merge reads: {@link CodedRows#MENTION} plus what it needs of the article. */
    static final String[] ARTICLE_COLUMNS = {"article_id", "outlet", "story_id", "url", "published", "file_index",
        "item_index"};

    /** The store's events table, plus what the exports read (first URL, lead sentence) and the mention ids. */
    static final StructType EVENT = new StructType(new StructField[] {
        field("event_id", StringType), field("source_code", StringType), field("source_name", StringType),
        field("source_country", StringType), field("source_org", StringType), field("source_sector", StringType),
        field("target_code", StringType), field("target_name", StringType), field("target_country", StringType),
        field("target_org", StringType), field("target_sector", StringType), field("cameo", StringType),
        field("root", StringType), field("quad_class", IntegerType), field("goldstein", DoubleType),
        field("plover", StringType), field("mode", StringType), field("event_date", DateType),
        field("date_precision", StringType), field("place_name", StringType), field("place_country", StringType),
        field("lat", DoubleType), field("lon", DoubleType), field("place_precision", StringType),
        field("place_id", StringType), field("num_mentions", IntegerType), field("num_sources", IntegerType),
        field("num_articles", IntegerType), field("first_seen", TimestampType), field("last_seen", TimestampType),
        field("langs", StringType), field("source_url", StringType), field("first_outlet", StringType),
        field("lead_sentence", IntegerType),
        field("mention_ids", DataTypes.createArrayType(StringType, false))});

    private static EventMerger merger;

    private CorpusMerge() {
    }

    /** The executor's merger, with the store's default settings (the same as {@code parley ingest}'s). */
    static synchronized EventMerger merger() {
        if (merger == null) {
            merger = new EventMerger(MergeSettings.defaults());
        }
        return merger;
    }

    /** The block a mention row falls in. */
    static String block(Row m) {
        return merger().block(mention(m));
    }

    /** The events of one block's mention rows. */
    static Iterator<Row> mergeBlock(Iterable<Row> rows) {
        Map<String, Row> byId = new HashMap<>();
        List<MergeMention> mentions = new ArrayList<>();
        for (Row r : rows) {
            MergeMention m = mention(r);
            byId.put(m.id(), r);
            mentions.add(m);
        }
        List<Row> out = new ArrayList<>();
        for (MergedEvent e : merger().merge(mentions)) {
            out.add(event(e, byId));
        }
        return out.iterator();
    }

    static MergeMention mention(Row r) {
        Actor source = new Actor(str(r, "source_name"), str(r, "source_country"), str(r, "source_org"),
                str(r, "source_sector"), str(r, "source_org_cameo"));
        Actor target = Boolean.TRUE.equals(r.getAs("has_target")) ? new Actor(str(r, "target_name"),
                str(r, "target_country"), str(r, "target_org"), str(r, "target_sector"), str(r, "target_org_cameo"))
                : null;
        Date d = r.getAs("mention_date");
        DateSpan date = d == null ? null : DateSpan.of(d.toLocalDate().toString(), str(r, "date_precision"));
        Spot place = r.getAs("lat") == null ? null : new Spot(str(r, "place_name"), str(r, "place_country"),
                r.<Double>getAs("lat"), r.<Double>getAs("lon"), str(r, "place_precision"), str(r, "place_id"));
        return new MergeMention(str(r, "mention_id"), str(r, "article_id"), r.<Integer>getAs("sentence_index"),
                source, target, str(r, "cameo"), str(r, "mode"), date, place);
    }

    private static String str(Row r, String column) {
        return r.getAs(column);
    }

    /** The event row: what the merger kept, and the store's counts over its mentions' articles. */
    private static Row event(MergedEvent e, Map<String, Row> byId) {
        List<Row> members = new ArrayList<>();
        for (MergeMention m : e.mentions()) {
            members.add(byId.get(m.id()));
        }
        Row coded = members.stream().filter(r -> e.cameo().equals(r.getAs("cameo"))).findFirst().orElseThrow();
        Set<String> sources = new HashSet<>();
        Set<String> stories = new HashSet<>();
        Set<String> langs = new TreeSet<>();
        Date firstSeen = null;
        Date lastSeen = null;
        for (Row r : members) {
            String outlet = str(r, "outlet");
            sources.add(outlet == null ? "#article:" + str(r, "article_id") : outlet.toLowerCase(Locale.ROOT));
            stories.add(str(r, "story_id") != null ? str(r, "story_id") : str(r, "article_id"));
            langs.add(str(r, "lang"));
            Date p = r.getAs("published");
            if (p != null) {
                firstSeen = firstSeen == null || p.before(firstSeen) ? p : firstSeen;
                lastSeen = lastSeen == null || p.after(lastSeen) ? p : lastSeen;
            }
        }
        // The first report in input order gives the URL, as the store's first ingested mention does.
        Row first = members.stream().min(Comparator.<Row>comparingInt(r -> r.getAs("file_index"))
                .thenComparingInt(r -> r.getAs("item_index")).thenComparing(r -> str(r, "mention_id"))).orElseThrow();
        int lead = members.stream().mapToInt(r -> r.<Integer>getAs("sentence_index")).min().orElse(0);
        Actor s = e.source();
        Actor t = e.target();
        Spot p = e.place();
        DateSpan d = e.date();
        List<String> ids = e.mentions().stream().map(MergeMention::id).toList();
        return RowFactory.create(e.id(), s.code(), s.name(), s.country(), s.org(), s.sector(),
                t == null ? null : t.code(), t == null ? null : t.name(), t == null ? null : t.country(),
                t == null ? null : t.org(), t == null ? null : t.sector(),
                e.cameo(), e.cameo().substring(0, 2), coded.<Integer>getAs("quad_class"), coded.<Double>getAs("goldstein"),
                str(coded, "plover"), e.mode(), d == null ? null : Date.valueOf(d.first()), d == null ? null : d.precision(),
                p == null ? null : p.name(), p == null ? null : p.country(), p == null ? null : p.lat(),
                p == null ? null : p.lon(), p == null ? null : p.precision(), p == null ? null : p.id(),
                members.size(), sources.size(), stories.size(), timestamp(firstSeen), timestamp(lastSeen),
                String.join(",", langs), str(first, "url"), str(first, "outlet"), lead, ids.toArray(new String[0]));
    }

    private static Timestamp timestamp(Date d) {
        return d == null ? null : Timestamp.valueOf(d.toLocalDate().atStartOfDay());
    }
}
