package se.stockholm.varna.auditlog;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One stored audit event, as read back. */
public record AuditEventView(
        long id,
        Instant occurredAt,
        String actor,
        String actorRoles,
        String entityType,
        String entityId,
        String action,
        @Nullable Long orgUnitId,
        @Nullable String before,
        @Nullable String after,
        String prevHash,
        String hash) {}
