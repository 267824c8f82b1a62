package parley.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQL text and the values bound to its {@code ?} placeholders, in order. Values never enter the text. */
public final class SqlQuery {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public SqlQuery append(String text, Object... values) {
        sql.append(text);
        params.addAll(List.of(values));
        return this;
    }

    public SqlQuery append(SqlQuery other) {
        sql.append(other.sql);
        params.addAll(other.params);
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public List<Object> params() {
        return List.copyOf(params);
    }

    public PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }
}
