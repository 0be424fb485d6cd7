package se.stockholm.varna.auditlog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import se.stockholm.varna.shared.ChangeEvent;

/** Reads audit_event rows; occurred_at is a UTC DATETIME, never converted by a time zone. */
final class AuditRows {

    static final String COLUMNS = "e.id, e.occurred_at, e.actor, e.actor_roles, e.entity_type, e.entity_id, e.action,"
            + " e.org_unit_id, e.before_json, e.after_json, e.prev_hash, e.hash";

    private AuditRows() {}

    static AuditEventView map(ResultSet rs) throws SQLException {
        long unit = rs.getLong("org_unit_id");
        Long orgUnitId = rs.wasNull() ? null : unit;
        return new AuditEventView(
                rs.getLong("id"),
                rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString("actor"),
                rs.getString("actor_roles"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("action"),
                orgUnitId,
                rs.getString("before_json"),
                rs.getString("after_json"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    /** The event as it was hashed when written. */
    static ChangeEvent asChange(AuditEventView e) {
        return new ChangeEvent(
                e.entityType(),
                e.entityId(),
                e.action(),
                e.actor(),
                e.actorRoles(),
                e.orgUnitId(),
                e.before(),
                e.after());
    }
}
