package se.stockholm.varna.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A WHERE clause built from optional filters, with its bind parameters in order. Only fixed SQL
 * fragments go in; every value is a parameter.
 */
public final class SqlWhere {

    private final StringBuilder sql = new StringBuilder("1 = 1");
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code AND clause} with its parameters. */
    public SqlWhere and(String clause, Object... values) {
        sql.append(" AND ").append(clause);
        Collections.addAll(params, values);
        return this;
    }

    /** Adds {@code AND clause} with one parameter when the value is given. */
    public SqlWhere andIfPresent(String clause, Object value) {
        return value == null ? this : and(clause, value);
    }

    /** Adds {@code AND (column LIKE ? OR …)} matching any of the prefixes; no prefix matches nothing. */
    public SqlWhere andStartsWithAny(String column, List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return and("1 = 0");
        }
        String any = String.join(
                " OR ", prefixes.stream().map(p -> column + " LIKE ?").toList());
        return and(
                "(" + any + ")",
                prefixes.stream().map(p -> (Object) (escapeLike(p) + "%")).toArray());
    }

    public String sql() {
        return sql.toString();
    }

    public List<Object> params() {
        return List.copyOf(params);
    }

    /** Parameters followed by extra ones (LIMIT, OFFSET). */
    public List<Object> paramsWith(Object... more) {
        List<Object> all = new ArrayList<>(params);
        Collections.addAll(all, more);
        return all;
    }

    /** {@code %text%} for LIKE, with the wildcards of the text itself escaped. */
    public static String contains(String text) {
        return "%" + escapeLike(text) + "%";
    }

    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}
