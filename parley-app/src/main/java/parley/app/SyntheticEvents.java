package parley.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import parley.store.EventCards;
import parley.store.Database;
import parley.store.EvidenceWords;

/**
 * Fills a store with generated events for benchmarking the read side: about 200 actors (40 countries, each as
 * the state and four sectors) drawn with a skew (a few actors in most events, as in news), the 20 CAMEO roots
 * (cooperation more frequent than fighting), ten years of dates, 70% of events located, 90% asserted, one to
 * three mentions each with an evidence sentence (and its word index), and the articles they come from. Rows are stored day after
 * day, as an ingest of the news appends them. Generated inside DuckDB.
 */
final class SyntheticEvents {
    static final String[] COUNTRIES = {"USA", "RUS", "CHN", "FRA", "GBR", "DEU", "UKR", "ISR", "PSE", "IRN", "SYR",
            "IRQ", "TUR", "IND", "PAK", "AFG", "JPN", "KOR", "PRK", "SAU", "EGY", "LBY", "MLI", "NGA", "ETH", "SDN",
            "COD", "ZAF", "BRA", "VEN", "COL", "MEX", "CAN", "ITA", "ESP", "POL", "BLR", "SRB", "YEM", "LBN"};
    static final String[] SECTORS = {"", "GOV", "MIL", "OPP", "CVL"};
    static final String[] SECTOR_NAMES = {"", "government", "military", "opposition", "civilians"};
    static final String[] VERBS = {"criticised", "met", "urged", "accused", "praised", "threatened", "attacked",
            "helped", "warned", "negotiated with", "condemned", "supported", "sanctioned", "rejected", "visited"};
    static final String[] TOPICS = {"talks", "ceasefire", "border", "sanctions", "elections", "oil", "refugees",
            "aid", "nuclear", "trade", "protests", "prisoners", "drones", "summit", "treaty"};

    private SyntheticEvents() {
    }

    /** Actor codes in the order of their weight (the first ones are the most frequent). */
    static List<String> actorCodes() {
        List<String> codes = new ArrayList<>();
        for (String s : SECTORS) {
            for (String c : COUNTRIES) {
                codes.add(c + s);
            }
        }
        return codes;
    }

    static void fill(Connection c, int events) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT setseed(0.42)");
            StringBuilder actors = new StringBuilder("CREATE TEMP TABLE bench_actors AS SELECT * FROM (VALUES ");
            List<String> codes = actorCodes();
            for (int i = 0; i < codes.size(); i++) {
                String country = COUNTRIES[i % COUNTRIES.length];
                int sector = i / COUNTRIES.length;
                actors.append(i == 0 ? "" : ",").append("(").append(i).append(",'").append(codes.get(i)).append("','")
                        .append(country).append(sector == 0 ? "" : " " + SECTOR_NAMES[sector]).append("','")
                        .append(country).append("',").append(sector == 0 ? "NULL" : "'" + SECTORS[sector] + "'")
                        .append(")");
            }
            s.execute(actors.append(") AS t(idx, code, name, country, sector)").toString());
            int n = codes.size();
            s.execute("CREATE TEMP TABLE bench_draws AS SELECT i,"
                    + " floor(" + n + " * pow(random(), 2.5))::INT AS s,"
                    + " floor(" + n + " * pow(random(), 2.5))::INT AS t,"
                    + " least(20, 1 + floor(20 * pow(random(), 1.6))::INT) AS r,"
                    + " random() AS x, random() AS y, random() AS z, random() AS w"
                    + " FROM range(" + events + ") AS g(i)");
            s.execute("INSERT INTO events SELECT"
                    + " 'ev' || lpad(i::VARCHAR, 8, '0'),"
                    + " sa.code, sa.name, sa.country, CASE WHEN sa.code LIKE '%GOV' AND x < 0.05 THEN 'UNO' END,"
                    + " sa.sector,"
                    + " CASE WHEN z < 0.95 THEN ta.code END, CASE WHEN z < 0.95 THEN ta.name END,"
                    + " CASE WHEN z < 0.95 THEN ta.country END, NULL, CASE WHEN z < 0.95 THEN ta.sector END,"
                    + " lpad(r::VARCHAR, 2, '0') || CASE WHEN y < 0.5 THEN floor(y * 8)::INT::VARCHAR ELSE '' END,"
                    + " lpad(r::VARCHAR, 2, '0'),"
                    + " CASE WHEN r <= 5 THEN 1 WHEN r <= 8 THEN 2 WHEN r <= 13 THEN 3 ELSE 4 END,"
                    + " [1.0, 2.8, 4.0, 5.0, 3.5, 6.0, 7.0, 5.0, -2.0, -2.0, -2.0, -4.0, -6.0, -6.5, -7.2, -4.0,"
                    + " -7.0, -9.0, -10.0, -10.0][r],"
                    + " ['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'CONSULT', 'AID', 'AID', 'CONCEDE', 'DEMAND',"
                    + " 'DEMAND', 'REJECT', 'ACCUSE', 'REJECT', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT',"
                    + " 'ASSAULT', 'ASSAULT'][r],"
                    + " CASE WHEN w < 0.90 THEN 'asserted' WHEN w < 0.95 THEN 'negated' ELSE 'hypothetical' END,"
                    + " DATE '2016-01-01' + floor(x * 3653)::INT,"
                    + " CASE WHEN y < 0.8 THEN 'day' ELSE 'published' END,"
                    + " CASE WHEN y < 0.7 THEN sa.country || ' city' END, CASE WHEN y < 0.7 THEN sa.country END,"
                    + " CASE WHEN y < 0.7 THEN -55 + 125 * z END, CASE WHEN y < 0.7 THEN -180 + 360 * w END,"
                    + " CASE WHEN y < 0.7 THEN 'city' END, NULL,"
                    + " 1 + floor(3 * pow(w, 2))::INT, 1, 1,"
                    + " TIMESTAMP '2016-01-02' + to_days(floor(x * 3653)::INT), TIMESTAMP '2016-01-02' + to_days(floor(x * 3653)::INT),"
                    + " CASE WHEN z < 0.6 THEN 'en' WHEN z < 0.9 THEN 'fr' ELSE 'en,fr' END, NULL"
                    + " FROM bench_draws d JOIN bench_actors sa ON sa.idx = d.s JOIN bench_actors ta ON ta.idx = d.t"
                    // Stored in the order an ingest of the news would append them: by day.
                    + " ORDER BY floor(x * 3653), i");
            s.execute("UPDATE events SET num_sources = least(num_mentions, 1 + (hash(event_id) % 3)::INT),"
                    + " num_articles = num_mentions");
            EventCards.fillMissing(c);
            String verbs = sqlList(VERBS);
            String topics = sqlList(TOPICS);
            s.execute("INSERT INTO mentions (mention_id, event_id, article_id, lang, sentence_index, sentence,"
                    + " evidence_start, evidence_end, source_text, target_text, place_text, cameo, mention_date,"
                    + " date_precision, trig, rule, confidence, ingested_at) SELECT e.event_id || '-' || j, e.event_id,"
                    + " 'art' || lpad(((hash(e.event_id || j) % " + Math.max(1, events / 3) + "))::VARCHAR, 8, '0'),"
                    + " CASE WHEN e.langs = 'fr' THEN 'fr' ELSE 'en' END, j + 1,"
                    + " coalesce(e.source_name, e.source_code) || ' ' || " + verbs + "[1 + (hash(e.event_id) % 15)::INT]"
                    + " || ' ' || coalesce(e.target_name, 'the press') || ' over the '"
                    + " || " + topics + "[1 + (hash(e.event_id || 't' || j) % 15)::INT] || '.',"
                    + " 10 * j, 10 * j + 60, e.source_name, e.target_name, e.place_name, e.cameo, e.event_date,"
                    + " e.date_precision, 'verb', 'rule', 0.8, e.first_seen"
                    + " FROM events e, range(e.num_mentions) AS r(j)");
            // The word index of the sentences, and the mentions' own sides, as an older store gets them.
            EvidenceWords.backfill(c);
            Database.fillMentionSides(c);
            s.execute("INSERT INTO articles SELECT article_id, 'h' || article_id, NULL,"
                    + " 'https://news.example/' || article_id, 'outlet' || (hash(article_id) % 50)::VARCHAR,"
                    + " 'Title ' || article_id, any_value(sentence), any_value(lang), min(mention_date), min(ingested_at)"
                    + " FROM mentions GROUP BY article_id");
            s.execute("DROP TABLE bench_draws");
            s.execute("DROP TABLE bench_actors");
        }
    }

    private static String sqlList(String[] words) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < words.length; i++) {
            b.append(i == 0 ? "'" : ", '").append(words[i]).append("'");
        }
        return b.append("]").toString();
    }

    static long count(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
             var rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
