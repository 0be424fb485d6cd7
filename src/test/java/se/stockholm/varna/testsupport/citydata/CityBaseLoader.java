package se.stockholm.varna.testsupport.citydata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@link CityBase} from a migrated Värna database. */
final class CityBaseLoader {

    private CityBaseLoader() {}

    static CityBase load(Connection db) throws SQLException {
        List<CityBase.Unit> units = new ArrayList<>();
        each(
                db,
                "SELECT id, code, name, kind, parent_id, path, depth FROM org_unit ORDER BY depth, id",
                rs -> units.add(new CityBase.Unit(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, Long.class),
                        rs.getString(6),
                        rs.getInt(7))));
        Map<Long, String> aspects = new LinkedHashMap<>();
        Map<Long, List<long[]>> options = new HashMap<>();
        each(
                db,
                "SELECT id, aspect FROM classification_question WHERE catalogue_id = " + CityBase.QUESTION_CATALOGUE
                        + " ORDER BY sort_order, id",
                rs -> aspects.put(rs.getLong(1), rs.getString(2)));
        each(
                db,
                "SELECT o.question_id, o.id, o.proposed_level FROM classification_answer_option o"
                        + " JOIN classification_question q ON q.id = o.question_id WHERE q.catalogue_id = "
                        + CityBase.QUESTION_CATALOGUE + " ORDER BY o.question_id, o.sort_order, o.id",
                rs -> options.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new long[] {rs.getLong(2), rs.getInt(3)}));
        List<CityBase.Question> questions = new ArrayList<>();
        aspects.forEach((id, aspect) -> {
            List<long[]> opts = options.getOrDefault(id, List.of());
            long[] ids = new long[opts.size()];
            int[] levels = new int[opts.size()];
            for (int i = 0; i < opts.size(); i++) {
                ids[i] = opts.get(i)[0];
                levels[i] = (int) opts.get(i)[1];
            }
            questions.add(new CityBase.Question(id, aspect, ids, levels));
        });
        List<CityBase.Requirement> requirements = new ArrayList<>();
        each(
                db,
                "SELECT r.code, r.aspect, r.min_level FROM protection_requirement r JOIN requirement_catalogue c"
                        + " ON c.id = r.catalogue_id WHERE c.status = 'PUBLICERAD' ORDER BY r.sort_order, r.code",
                rs -> requirements.add(new CityBase.Requirement(rs.getString(1), rs.getString(2), rs.getInt(3))));
        Map<String, String> cells = new HashMap<>();
        each(
                db,
                "SELECT likelihood, consequence, band_code FROM risk_matrix_cell WHERE matrix_id = "
                        + CityBase.RISK_MATRIX,
                rs -> cells.put(rs.getInt(1) + "," + rs.getInt(2), rs.getString(3)));
        Map<String, Long> nextIds = new HashMap<>();
        for (String table : CityTables.COLUMNS.keySet()) {
            if (CityTables.hasId(table)) {
                each(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, rs -> nextIds.put(table, rs.getLong(1)));
            }
        }
        Map<String, Long> periods = new HashMap<>();
        each(
                db,
                "SELECT period_year, code, id FROM reporting_period",
                rs -> periods.put(CityBase.periodKey(rs.getInt(1), rs.getString(2)), rs.getLong(3)));
        Set<String> plans = new HashSet<>();
        each(
                db,
                "SELECT org_unit_id, plan_year FROM control_plan",
                rs -> plans.add(CityBase.planKey(rs.getLong(1), rs.getInt(2))));
        return new CityBase(units, questions, requirements, cells, nextIds, periods, plans);
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void each(Connection db, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }
}
