package se.stockholm.varna.auditlog;

import io.micronaut.core.annotation.Nullable;

/** Which events to list: optionally one entity, optionally one OrgUnit's subtree. */
public record AuditFilter(@Nullable String entityType, @Nullable String entityId, @Nullable Long orgUnitId) {

    public AuditFilter {
        entityType = entityType == null || entityType.isBlank() ? null : entityType.strip();
        entityId = entityId == null || entityId.isBlank() ? null : entityId.strip();
    }
}
