package se.stockholm.varna.auditlog;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import se.stockholm.varna.shared.ChangeEvent;

/**
 * Appends each change event to audit_event. Runs synchronously inside the publisher's transaction
 * (MANDATORY): a change whose audit row fails is rolled back with it.
 */
@Singleton
class AuditEventWriter {

    private final JdbcOperations jdbc;
    private final Clock clock;

    AuditEventWriter(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void on(ChangeEvent event) {
        String previous =
                jdbc.prepareStatement("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE", ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                });
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash = AuditHash.of(previous, at, event);
        jdbc.prepareStatement(
                "INSERT INTO audit_event (occurred_at, actor, actor_roles, entity_type, entity_id, action, org_unit_id,"
                        + " before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setObject(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                    ps.setString(2, event.actor());
                    ps.setString(3, event.actorRoles());
                    ps.setString(4, event.entityType());
                    ps.setString(5, event.entityId());
                    ps.setString(6, event.action());
                    if (event.orgUnitId() == null) {
                        ps.setNull(7, Types.BIGINT);
                    } else {
                        ps.setLong(7, event.orgUnitId());
                    }
                    ps.setString(8, event.before());
                    ps.setString(9, event.after());
                    ps.setString(10, previous);
                    ps.setString(11, hash);
                    return ps.executeUpdate();
                });
        jdbc.prepareStatement("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", ps -> {
            ps.setString(1, hash);
            return ps.executeUpdate();
        });
    }
}
