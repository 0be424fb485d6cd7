package se.stockholm.varna.testsupport.citydata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes planned rows with multi-row INSERT statements (up to {@value #MAX_ROWS} rows, or fewer for wide
 * tables), committing after every flush. When one table's buffer is full, every buffer is flushed in
 * {@link CityTables} order, so parents always reach the database before their children and foreign keys
 * stay checked.
 */
final class JdbcSink implements RowSink, AutoCloseable {

    static final int MAX_ROWS = 1000;
    static final int MAX_PARAMS = 30_000;

    private final Connection db;
    private final Map<String, List<Object[]>> buffers = new HashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    JdbcSink(Connection db) throws SQLException {
        this.db = db;
        db.setAutoCommit(false);
    }

    @Override
    public void row(String table, Object... values) {
        List<String> columns = CityTables.columns(table);
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size());
        }
        List<Object[]> buffer = buffers.computeIfAbsent(table, t -> new ArrayList<>());
        buffer.add(values);
        counts.merge(table, 1L, Long::sum);
        if (buffer.size() >= rowsPerStatement(columns.size())) {
            flush();
        }
    }

    static int rowsPerStatement(int columns) {
        return Math.min(MAX_ROWS, MAX_PARAMS / columns);
    }

    /** Writes every buffered row, parents first, and commits. */
    void flush() {
        try {
            for (String table : CityTables.COLUMNS.keySet()) {
                List<Object[]> buffer = buffers.get(table);
                if (buffer != null && !buffer.isEmpty()) {
                    insert(table, buffer);
                    buffer.clear();
                }
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("insert failed: " + e.getMessage(), e);
        }
    }

    private void insert(String table, List<Object[]> rows) throws SQLException {
        List<String> columns = CityTables.columns(table);
        StringBuilder group = new StringBuilder("(");
        for (int i = 0; i < columns.size(); i++) {
            group.append(i == 0 ? "?" : ",?");
        }
        group.append(')');
        StringBuilder sql = new StringBuilder("INSERT INTO ")
                .append(table)
                .append(" (")
                .append(String.join(", ", columns))
                .append(") VALUES ");
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "" : ",").append(group);
        }
        try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
            int p = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    ps.setObject(p++, value);
                }
            }
            ps.executeUpdate();
        }
    }

    Map<String, Long> counts() {
        return counts;
    }

    @Override
    public void close() {
        flush();
    }
}
