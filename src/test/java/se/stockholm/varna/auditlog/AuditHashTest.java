package se.stockholm.varna.auditlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.shared.ChangeEvent;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    private static final ChangeEvent EVENT =
            new ChangeEvent("OrgUnit", "7", "CREATED", "admin", "admin", 7L, null, "{\"name\":\"A\"}");

    @Test
    void sameInputSameHash() {
        assertEquals(AuditHash.of("0".repeat(64), AT, EVENT), AuditHash.of("0".repeat(64), AT, EVENT));
        assertEquals(64, AuditHash.of("0".repeat(64), AT, EVENT).length());
    }

    @Test
    void anyChangeOfContentOrPredecessorChangesTheHash() {
        String original = AuditHash.of("0".repeat(64), AT, EVENT);
        assertNotEquals(original, AuditHash.of("1".repeat(64), AT, EVENT));
        assertNotEquals(original, AuditHash.of("0".repeat(64), AT.plusMillis(1), EVENT));
        var edited = new ChangeEvent("OrgUnit", "7", "CREATED", "admin", "admin", 7L, null, "{\"name\":\"B\"}");
        assertNotEquals(original, AuditHash.of("0".repeat(64), AT, edited));
    }
}
