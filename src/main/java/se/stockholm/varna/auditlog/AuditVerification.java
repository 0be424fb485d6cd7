package se.stockholm.varna.auditlog;

import io.micronaut.core.annotation.Nullable;

/** The result of walking the chain: intact, or the first event that breaks it and why. */
public record AuditVerification(
        boolean intact, long eventsChecked, @Nullable Long firstBrokenEventId, @Nullable String reason) {

    static AuditVerification ok(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    static AuditVerification broken(long checked, @Nullable Long eventId, String reason) {
        return new AuditVerification(false, checked, eventId, reason);
    }
}
