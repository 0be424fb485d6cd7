package se.stockholm.varna.reporting;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What changed since the kept counts were last refreshed, read from the audit trail (ADR 0019): the newest
 * event as the watermark, and the units, informationsmängder and classifications the newer events touched.
 */
@Singleton
class LiveCountChanges {

    /** The audit entity types whose changes reach the it-tjänster processing them (inventory, classification). */
    static final String ASSET_ENTITY = "InformationAsset";

    static final String CLASSIFICATION_ENTITY = "Classification";

    /**
     * Risk candidates count in no indicator (a triaged one becomes a Risk, with an event of its own); the
     * city-wide candidate sync writes many of their events at once, which would force a full refresh.
     */
    static final String UNCOUNTED_ENTITY = "RiskCandidate";

    private final IndicatorQueries queries;

    LiveCountChanges(IndicatorQueries queries) {
        this.queries = queries;
    }

    /**
     * The newest audit event. Every change writes one, and the audit chain head is locked until commit
     * (auditlog), so events become visible in id order: nothing below this id can appear later.
     */
    long lastAuditId() {
        long[] last = {0};
        queries.query("SELECT COALESCE(MAX(id), 0) FROM audit_event", List.of(), rs -> last[0] = rs.getLong(1));
        return last[0];
    }

    /** What the audit events after a watermark touched: units, and informationsmängder whose levels may have changed. */
    record Touched(Set<Long> units, Set<Long> assetIds, Set<Long> classificationIds) {}

    /**
     * What the audit events in {@code (afterId, upToId]} touched: the units they belong to, before or after
     * the change (a moved informationsmängd touches both), and the informationsmängder and classifications
     * they changed. Empty when an event belongs to no unit (a new matrix, catalogue or period: everything
     * is recomputed) or there are more than {@code limit} events.
     */
    Optional<Touched> touched(long afterId, long upToId, int limit) {
        Touched touched = new Touched(new HashSet<>(), new HashSet<>(), new HashSet<>());
        boolean[] everything = {false};
        int[] events = {0};
        queries.query(
                "SELECT org_unit_id, JSON_VALUE(before_json, '$.orgUnitId'), JSON_VALUE(after_json, '$.orgUnitId'),"
                        + " entity_type, entity_id FROM audit_event WHERE id > ? AND id <= ? AND entity_type <> ?"
                        + " LIMIT " + (limit + 1),
                List.of(afterId, upToId, UNCOUNTED_ENTITY),
                rs -> {
                    events[0]++;
                    if (rs.getObject(1) == null) {
                        everything[0] = true;
                        return;
                    }
                    touched.units().add(rs.getLong(1));
                    addId(touched.units(), rs.getString(2));
                    addId(touched.units(), rs.getString(3));
                    switch (rs.getString(4)) {
                        case ASSET_ENTITY -> addId(touched.assetIds(), rs.getString(5));
                        case CLASSIFICATION_ENTITY -> addId(touched.classificationIds(), rs.getString(5));
                        default -> {}
                    }
                });
        return everything[0] || events[0] > limit ? Optional.empty() : Optional.of(touched);
    }

    /**
     * The units of the it-tjänster that process these informationsmängder or the informationsmängder of these
     * classifications: their IS-09 and IS-10 follow the processed assets' levels, whatever unit those are in.
     */
    Set<Long> serviceUnitsProcessing(Touched touched) {
        Set<Long> out = new HashSet<>();
        List<Object> params = new ArrayList<>(touched.assetIds());
        params.addAll(touched.classificationIds());
        if (params.isEmpty()) {
            return out;
        }
        String assets = touched.assetIds().isEmpty()
                ? "NULL"
                : IndicatorQueries.marks(touched.assetIds().size());
        String classifications = touched.classificationIds().isEmpty()
                ? "NULL"
                : IndicatorQueries.marks(touched.classificationIds().size());
        queries.query(
                "SELECT DISTINCT s.org_unit_id FROM it_service_asset l JOIN it_service s ON s.id = l.it_service_id"
                        + " WHERE l.information_asset_id IN (" + assets + ")"
                        + " OR l.information_asset_id IN (SELECT c.information_asset_id FROM classification c"
                        + " WHERE c.id IN (" + classifications + "))",
                params,
                rs -> out.add(rs.getLong(1)));
        return out;
    }

    private static void addId(Set<Long> units, @Nullable String id) {
        if (id != null && id.chars().allMatch(Character::isDigit) && !id.isEmpty()) {
            units.add(Long.parseLong(id));
        }
    }
}
