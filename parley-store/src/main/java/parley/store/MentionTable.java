package parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import parley.model.Actor;
import parley.model.Event;
import parley.store.merge.EventMerger;
import parley.store.merge.MergeMention;

/** The SQL of the {@code mentions} table as merging needs it: a block's mentions, new mentions, moves. */
final class MentionTable {
    /** A stored mention and the event it is in now. */
    record Stored(MergeMention mention, String eventId) {
    }

    /** A mention about to be written: the coded event, what merging read of it, and its event. */
    record New(Event event, MergeMention mention, String block, String eventId) {
    }

    private static final String SIDES = "mode, source_code, source_name, source_country, source_org, source_sector,"
            + " target_code, target_name, target_country, target_org, target_sector, place_name, place_country, lat,"
            + " lon, place_precision, place_id";

    private final Connection c;

    MentionTable(Connection c) {
        this.c = c;
    }

    /** Every stored mention of a block ({@link EventMerger#block}). */
    /** Every merge block that holds a mention. */
    List<String> blocks() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT DISTINCT merge_block FROM mentions WHERE merge_block IS NOT NULL ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    List<Stored> block(String block) throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT mention_id, event_id, article_id, sentence_index,"
                + " cameo, mention_date, date_precision, " + SIDES + " FROM mentions WHERE merge_block = ?")) {
            ps.setString(1, block);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Stored(mention(rs), rs.getString("event_id")));
                }
            }
        }
        return out;
    }

    private static MergeMention mention(ResultSet rs) throws SQLException {
        Date d = rs.getDate("mention_date");
        DateSpan date = d == null ? null : DateSpan.of(d.toLocalDate().toString(), rs.getString("date_precision"));
        Spot place = rs.getObject("lat") == null ? null : new Spot(rs.getString("place_name"),
                rs.getString("place_country"), rs.getDouble("lat"), rs.getDouble("lon"),
                rs.getString("place_precision"), rs.getString("place_id"));
        return new MergeMention(rs.getString("mention_id"), rs.getString("article_id"), rs.getInt("sentence_index"),
                actor(rs, "source"), actor(rs, "target"), rs.getString("cameo"), rs.getString("mode"), date, place);
    }

    /** The actor stored in a side's five columns; its code is rebuilt as {@link Actor#code()} wrote it. */
    static Actor actor(ResultSet rs, String side) throws SQLException {
        String code = rs.getString(side + "_code");
        if (code == null) {
            return null;
        }
        String org = rs.getString(side + "_org");
        String sector = rs.getString(side + "_sector");
        String orgCameo = org == null ? null : sector == null || sector.equals("IGO") || !code.endsWith(sector)
                ? code : code.substring(0, code.length() - sector.length());
        return new Actor(rs.getString(side + "_name"), rs.getString(side + "_country"), org, sector, orgCameo);
    }

    /** Rows one INSERT writes: one statement per row is 13 times slower, 256 rows at once slower again. */
    private static final int ROWS_PER_INSERT = 64;
    private static final String INSERT = "INSERT INTO mentions (mention_id, event_id, article_id, lang, sentence_index,"
            + " sentence, evidence_start, evidence_end, source_text, target_text, place_text, cameo, mention_date,"
            + " date_precision, trig, rule, confidence, ingested_at, " + SIDES + ", merge_block) VALUES ";
    private static final String ROW = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    /** Writes the article's mentions, {@value #ROWS_PER_INSERT} rows per statement. */
    void insert(List<New> mentions, Timestamp now) throws SQLException {
        PreparedStatement full = null;
        try {
            for (int from = 0; from < mentions.size(); from += ROWS_PER_INSERT) {
                List<New> chunk = mentions.subList(from, Math.min(mentions.size(), from + ROWS_PER_INSERT));
                if (chunk.size() == ROWS_PER_INSERT) {
                    full = full != null ? full : c.prepareStatement(INSERT + rows(ROWS_PER_INSERT));
                    insert(full, chunk, now);
                } else {
                    try (PreparedStatement rest = c.prepareStatement(INSERT + rows(chunk.size()))) {
                        insert(rest, chunk, now);
                    }
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }

    private static String rows(int n) {
        return String.join(",", java.util.Collections.nCopies(n, ROW));
    }

    private static void insert(PreparedStatement ps, List<New> chunk, Timestamp now) throws SQLException {
        int i = 1;
        for (New n : chunk) {
            Event e = n.event();
            MergeMention m = n.mention();
            ps.setString(i++, m.id());
            ps.setString(i++, n.eventId());
            ps.setString(i++, m.articleId());
            ps.setString(i++, e.lang());
            ps.setInt(i++, e.sentenceIndex());
            ps.setString(i++, e.sentence());
            ps.setInt(i++, e.start());
            ps.setInt(i++, e.end());
            ps.setString(i++, e.sourceText());
            ps.setString(i++, e.targetText());
            ps.setString(i++, e.placeText());
            ps.setString(i++, m.cameo());
            i = EventTable.setDate(ps, i, m.date());
            ps.setString(i++, e.trigger());
            ps.setString(i++, e.rule());
            ps.setDouble(i++, e.confidence());
            ps.setTimestamp(i++, now);
            ps.setString(i++, m.mode());
            i = EventTable.setActor(ps, i, m.source());
            i = EventTable.setActor(ps, i, m.target());
            i = EventTable.setPlace(ps, i, m.place());
            ps.setString(i++, n.block());
        }
        ps.executeUpdate();
    }

    /**
     * {@link EventMerger#block} as SQL over a mentions row, for filling a whole store at once: mode, root class,
     * and the two sides' country (else organisation, else code) sorted, an empty one for no target.
     */
    static String blockSql(MergeSettings settings) {
        StringBuilder rootClass = new StringBuilder("CASE substr(cameo, 1, 2)");
        for (List<String> pair : settings.compatible()) {
            for (String prefix : pair) {
                String root = prefix.substring(0, 2);
                if (!settings.rootClass(root).equals(root)) {
                    rootClass.append(" WHEN '").append(root).append("' THEN '").append(settings.rootClass(root))
                            .append("'");
                }
            }
        }
        rootClass.append(" ELSE substr(cameo, 1, 2) END");
        String source = "COALESCE(source_country, source_org, source_code)";
        String target = "COALESCE(target_country, target_org, target_code, '')";
        return "mode || chr(9) || " + rootClass + " || chr(9) || least(" + source + ", " + target + ") || chr(9)"
                + " || greatest(" + source + ", " + target + ")";
    }

    /** "a = p.a, b = p.b" for a list of columns "a, b": an UPDATE's SET from another row, or from parameters. */
    static String assignments(String columns, String prefix) {
        StringBuilder b = new StringBuilder();
        for (String column : columns.split(",\\s*")) {
            b.append(b.length() == 0 ? "" : ", ").append(column).append(" = ")
                    .append(prefix.equals("?") ? "?" : prefix + column);
        }
        return b.toString();
    }

    /** Moves stored mentions to another event. */
    void moveTo(String eventId, Collection<String> mentionIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE mentions SET event_id = ? WHERE mention_id IN (SELECT unnest(?))")) {
            ps.setString(1, eventId);
            ps.setArray(2, c.createArrayOf("VARCHAR", mentionIds.toArray()));
            ps.executeUpdate();
        }
    }

    /**
     * Gives the mentions of a store made before they had their own sides, mode and place those of their event
     * (what the merge of the time kept), and each its block, in two statements. Returns how many it filled.
     */
    static long backfill(Connection c, EventMerger merger) throws SQLException {
        long filled;
        try (Statement s = c.createStatement()) {
            filled = s.executeUpdate("UPDATE mentions SET " + assignments(SIDES, "e.")
                    + " FROM events e WHERE e.event_id = mentions.event_id AND mentions.mode IS NULL");
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE mentions SET merge_block = " + blockSql(merger.settings())
                    + " WHERE merge_block IS NULL AND mode IS NOT NULL");
        }
        return filled;
    }
}
