package se.stockholm.varna.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Rows written straight into the other modules' tables, for the reports ITs: a subtree of its own under
 * the city root (a nämnd with two units) that no demo data touches, and the rows the indicators count.
 * Rows written past the application leave no audit event, so every write here also tells the kept live
 * counts to start over, as the operations guide tells an operator who edits rows by hand (ADR 0019).
 */
final class ReportRows {

    private final DataSource dataSource;

    ReportRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A new unit under {@code parentId} (null: under the city root), its path set from its id. */
    long unit(String code, String name, String kind, Long parentId) {
        long parent = parentId == null ? single("SELECT id FROM org_unit WHERE parent_id IS NULL") : parentId;
        long id = insert(
                "INSERT INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since)"
                        + " SELECT ?, ?, ?, p.id, FALSE, '', p.depth + 1, '2020-01-01', '2020-01-01'"
                        + " FROM org_unit p WHERE p.id = ?",
                code,
                name,
                kind,
                parent);
        update(
                "UPDATE org_unit c JOIN org_unit p ON p.id = c.parent_id SET c.path = CONCAT(p.path, c.id, '/')"
                        + " WHERE c.id = ?",
                id);
        return id;
    }

    long asset(String name, long unitId, long responsibleId, String owner, String status) {
        return insert(
                "INSERT INTO information_asset (name, org_unit_id, responsible_org_id, owner_username, status,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, NOW(3), NOW(3))",
                name,
                unitId,
                responsibleId,
                owner,
                status);
    }

    /** A classification of an asset; {@code levels} K, R, T, S when given. */
    long classification(long assetId, String status, String nextReviewOn, int... levels) {
        long id = insert(
                "INSERT INTO classification (information_asset_id, sequence_no, status, catalogue_id, created_by,"
                        + " created_at, decided_by, decided_at, next_review_on, updated_at)"
                        + " SELECT ?, 1, ?, MIN(q.id), 'test', NOW(3), 'agare.bromma', NOW(3), ?, NOW(3)"
                        + " FROM question_catalogue q",
                assetId,
                status,
                nextReviewOn);
        String[] aspects = {"K", "R", "T", "S"};
        for (int i = 0; i < levels.length; i++) {
            insert(
                    "INSERT INTO classification_aspect_level (classification_id, aspect, proposed_level, level)"
                            + " VALUES (?, ?, ?, ?)",
                    id,
                    aspects[i],
                    levels[i],
                    levels[i]);
        }
        return id;
    }

    long risk(String title, long unitId, long responsibleId, String status, String treatment) {
        return insert(
                "INSERT INTO risk (title, org_unit_id, responsible_org_id, owner_username, context, source, matrix_id,"
                        + " status, treatment, created_by, created_at, updated_at) VALUES (?, ?, ?, 'agare.bromma',"
                        + " 'LINJEVERKSAMHET', 'MANUELL', 1, ?, ?, 'test', NOW(3), NOW(3))",
                title,
                unitId,
                responsibleId,
                status,
                treatment);
    }

    void assess(long riskId, String kind, int likelihood, int consequence, String band) {
        insert(
                "INSERT INTO risk_assessment (risk_id, kind, likelihood, consequence, band_code, motivation,"
                        + " assessed_by, assessed_at) VALUES (?, ?, ?, ?, ?, 'Bedömd i test.', 'test', NOW(3))",
                riskId,
                kind,
                likelihood,
                consequence,
                band);
    }

    void action(long riskId, String status, String dueOn) {
        insert(
                "INSERT INTO risk_action (risk_id, title, responsible, due_on, status, created_at, updated_at)"
                        + " VALUES (?, 'Åtgärd i test', 'Enhetschef', ?, ?, NOW(3), NOW(3))",
                riskId,
                dueOn,
                status);
    }

    void exemption(long unitId, long responsibleId, String status, String validUntil) {
        insert(
                "INSERT INTO exemption (org_unit_id, responsible_org_id, title, requirement_ref, deviation,"
                        + " investigation, requested_until, status, decided_at, valid_until, created_by, created_at,"
                        + " updated_at) VALUES (?, ?, 'Undantag i test', 'Krav', 'Avvikelse', 'Utredning',"
                        + " '2049-12-31', ?, IF(? = 'BEVILJAT', NOW(3), NULL), ?, 'test', NOW(3), NOW(3))",
                unitId,
                responsibleId,
                status,
                status,
                validUntil);
    }

    long plan(long unitId, int year, String status) {
        return insert(
                "INSERT INTO control_plan (org_unit_id, plan_year, status, created_by, created_at, updated_at)"
                        + " VALUES (?, ?, ?, 'test', NOW(3), NOW(3))",
                unitId,
                year,
                status);
    }

    long point(long planId, String title, String... periodCodes) {
        long id = insert(
                "INSERT INTO control_point (plan_id, title, what_checked, method, frequency_code, responsible,"
                        + " position_no, created_at, updated_at) VALUES (?, ?, 'Vad', 'Stickprov', 'TERTIAL',"
                        + " 'Enhetschef', 1, NOW(3), NOW(3))",
                planId,
                title);
        for (String code : periodCodes) {
            insert("INSERT INTO control_point_period (control_point_id, period_code) VALUES (?, ?)", id, code);
        }
        return id;
    }

    void followUp(long pointId, long periodId, String result) {
        insert(
                "INSERT INTO follow_up (control_point_id, period_id, result, comment, recorded_by, recorded_at)"
                        + " VALUES (?, ?, ?, 'Uppföljt i test', 'test', NOW(3))",
                pointId,
                periodId,
                result);
    }

    /** An active it-tjänst hosted in a third country (US), processing the given asset. */
    long thirdCountryService(String name, long unitId, long responsibleId, long assetId) {
        long id = insert(
                "INSERT INTO it_service (name, org_unit_id, responsible_org_id, hosting, cloud, countries, status,"
                        + " created_at, updated_at) VALUES (?, ?, ?, 'TREDJELAND', FALSE, 'US', 'AKTIV', NOW(3), NOW(3))",
                name,
                unitId,
                responsibleId);
        insert("INSERT INTO it_service_asset (it_service_id, information_asset_id) VALUES (?, ?)", id, assetId);
        return id;
    }

    void assessRequirement(long serviceId, String code, String status) {
        insert(
                "INSERT INTO requirement_assessment (it_service_id, requirement_code, status, comment, assessed_by,"
                        + " assessed_at) VALUES (?, ?, ?, 'Bedömt i test', 'test', NOW(3))",
                serviceId,
                code,
                status);
    }

    long periodId(int year, String code) {
        return single("SELECT id FROM reporting_period WHERE period_year = " + year + " AND code = '" + code + "'");
    }

    long single(String sql) {
        return strings(sql).stream().map(Long::parseLong).findFirst().orElseThrow();
    }

    List<String> strings(String sql) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long insert(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            long id = 0;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (keys.next()) {
                    id = keys.getLong(1);
                }
            }
            forgetLiveCounts(c);
            commit(c);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
            forgetLiveCounts(c);
            commit(c);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    /** As docs/operations.md says: the refresh lock first, then forget every part's state, in one transaction. */
    private static void forgetLiveCounts(Connection c) throws SQLException {
        try (PreparedStatement lock =
                        c.prepareStatement("SELECT part FROM report_live_state WHERE part = 'LOCK' FOR UPDATE");
                PreparedStatement forget = c.prepareStatement("DELETE FROM report_live_state WHERE part <> 'LOCK'")) {
            lock.executeQuery().close();
            forget.executeUpdate();
        }
    }

    private static void commit(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit(); // the pool may hand out connections without auto-commit
        }
    }
}
