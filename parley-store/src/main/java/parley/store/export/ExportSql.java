package parley.store.export;

import parley.store.query.EventFilter;
import parley.store.query.EventSql;
import parley.store.query.SqlQuery;

/**
 * The rows every export reads: the filtered events in the filter's order, each with what its mentions add
 * (the first report's URL and outlet, the earliest sentence that reported it, and for PLOVER all mentions as
 * JSON). Mentions are aggregated only for the events the filter kept.
 */
final class ExportSql {
    /** Flat columns written by CSV and Parquet, in this order. */
    static final String FLAT_COLUMNS = "event_id, event_date, date_precision, source_code, source_name, source_country,"
            + " source_org, source_sector, target_code, target_name, target_country, target_org, target_sector, cameo,"
            + " root, quad_class, goldstein, plover, mode, place_name, place_country, lat, lon, place_precision, place_id,"
            + " num_mentions, num_sources, num_articles, langs, first_seen, last_seen, source_url";

    private ExportSql() {
    }

    static SqlQuery rows(EventFilter filter, boolean withMentions) {
        String mentionsJson = withMentions
                ? ", to_json(list({'mention_id': m.mention_id, 'article_id': m.article_id, 'lang': m.lang,"
                + " 'sentence': m.sentence, 'evidence_start': m.evidence_start, 'evidence_end': m.evidence_end,"
                + " 'source_text': m.source_text, 'target_text': m.target_text, 'cameo': m.cameo,"
                + " 'url': a.url, 'outlet': a.outlet, 'published': CAST(a.published AS VARCHAR)}"
                + " ORDER BY m.ingested_at, m.mention_id)) AS mentions_json"
                : "";
        return new SqlQuery().append("WITH f AS (")
                .append(EventSql.page(filter, EventSql.EVENT_COLUMNS
                        + ", row_number() OVER (ORDER BY " + EventSql.ordering(filter) + ") AS export_order"))
                .append("), ms AS (SELECT m.event_id, arg_min(a.url, m.ingested_at) AS source_url,"
                        + " arg_min(a.outlet, m.ingested_at) AS first_outlet, min(m.sentence_index) AS lead_sentence"
                        + mentionsJson
                        + " FROM mentions m LEFT JOIN articles a ON a.article_id = m.article_id"
                        + " WHERE m.event_id IN (SELECT event_id FROM f) GROUP BY m.event_id)"
                        + " SELECT f.*, ms.source_url, ms.first_outlet, ms.lead_sentence"
                        + (withMentions ? ", ms.mentions_json" : "")
                        + " FROM f LEFT JOIN ms ON ms.event_id = f.event_id ORDER BY f.export_order");
    }
}
