package se.stockholm.varna.testsupport.citydata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables the generator fills and their columns, in foreign-key order: a sink that flushes its
 * buffers in this order never writes a child row before its parent.
 */
final class CityTables {

    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        add(
                "org_unit",
                "id, code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since, version");
        add(
                "information_asset",
                "id, name, description, org_unit_id, responsible_org_id, owner_username, owner_name, process,"
                        + " verksamhetsomrade, personal_data, sekretess, status, review_date, created_at, updated_at, version");
        add(
                "it_service",
                "id, name, description, org_unit_id, responsible_org_id, owner_username, owner_name, administrator,"
                        + " hosting, cloud, countries, status, created_at, updated_at, version");
        add("it_service_asset", "it_service_id, information_asset_id");
        add("it_service_user", "it_service_id, org_unit_id");
        add(
                "classification",
                "id, information_asset_id, sequence_no, status, catalogue_id, created_by, created_at, submitted_by,"
                        + " submitted_at, decided_by, decided_by_name, decided_role, decided_at, next_review_on,"
                        + " superseded_at, updated_at, version");
        add("classification_answer", "classification_id, question_id, answer_option_id");
        add("classification_aspect_level", "classification_id, aspect, proposed_level, level, motivation");
        add(
                "requirement_assessment",
                "id, it_service_id, requirement_code, status, comment, assessed_by, assessed_at, version");
        add(
                "hosting_decision",
                "id, it_service_id, outcome, conditions, decided_by, decided_by_name, decided_role, decided_at, snapshot");
        add(
                "risk",
                "id, title, description, threat, vulnerability, org_unit_id, responsible_org_id, owner_username,"
                        + " owner_name, context, source, matrix_id, status, treatment, treatment_motivation,"
                        + " significant, next_review_on, created_by, created_at, updated_at, version");
        add(
                "risk_assessment",
                "risk_id, kind, likelihood, consequence, band_code, motivation, assessed_by, assessed_at");
        add("risk_asset", "risk_id, information_asset_id");
        add("risk_service", "risk_id, it_service_id");
        add(
                "risk_action",
                "id, risk_id, title, description, responsible, due_on, status, created_at, updated_at, version");
        add(
                "risk_acceptance",
                "id, risk_id, status, rationale, expires_on, accepted_by, accepted_by_name, accepted_role, accepted_at,"
                        + " second_by, second_role, second_at, second_comment, snapshot");
        add(
                "reporting_period",
                "id, period_year, code, name_sv, name_en, starts_on, ends_on, sort_no, status, closed_by, closed_at,"
                        + " created_at, version");
        add(
                "control_plan",
                "id, org_unit_id, plan_year, status, decided_on, decision_reference, revision_no, established_by,"
                        + " established_at, created_by, created_at, updated_at, version");
        add(
                "control_point",
                "id, plan_id, title, what_checked, method, frequency_code, responsible, position_no, created_at,"
                        + " updated_at, version");
        add("control_point_risk", "control_point_id, risk_id");
        add("control_point_period", "control_point_id, period_code");
        add(
                "follow_up",
                "id, control_point_id, period_id, result, comment, evidence_url, recorded_by, recorded_at, version");
        add("follow_up_action", "follow_up_id, risk_action_id");
        add(
                "exemption",
                "id, org_unit_id, responsible_org_id, title, requirement_ref, requirement_code, deviation,"
                        + " investigation, implementation_plan, shared_impact, requested_until, status, submitted_by,"
                        + " submitted_at, sent_back_by, sent_back_at, sent_back_comment, decided_by, decided_by_name,"
                        + " decided_role, decided_at, conditions, valid_until, decision_reason, created_by, created_at,"
                        + " updated_at, version");
    }

    private CityTables() {}

    private static void add(String table, String columns) {
        COLUMNS.put(table, List.of(columns.split(",\\s*")));
    }

    static List<String> columns(String table) {
        List<String> columns = COLUMNS.get(table);
        if (columns == null) {
            throw new IllegalArgumentException("unknown table " + table);
        }
        return columns;
    }

    /** The tables whose rows carry an explicit id (first column). */
    static boolean hasId(String table) {
        return columns(table).get(0).equals("id");
    }
}
