package se.stockholm.varna.auditlog;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;

/**
 * Walks every event in order and recomputes its hash: an edited row no longer matches its own hash,
 * a deleted row breaks the next row's link, and deleted newest rows no longer reach the chain head.
 */
@Singleton
class AuditChainVerifier {

    static final String GENESIS = "0".repeat(64);
    private static final int FETCH_SIZE = 1_000;

    private final JdbcOperations jdbc;

    AuditChainVerifier(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    AuditVerification verify() {
        return jdbc.prepareStatement("SELECT " + AuditRows.COLUMNS + " FROM audit_event e ORDER BY e.id", ps -> {
            ps.setFetchSize(FETCH_SIZE);
            String previous = GENESIS;
            long checked = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditEventView event = AuditRows.map(rs);
                    if (!event.prevHash().equals(previous)) {
                        return AuditVerification.broken(
                                checked,
                                event.id(),
                                "Länken till föregående händelse är bruten (en händelse före denna saknas eller är ändrad).");
                    }
                    String recomputed = AuditHash.of(event.prevHash(), event.occurredAt(), AuditRows.asChange(event));
                    if (!recomputed.equals(event.hash())) {
                        return AuditVerification.broken(
                                checked,
                                event.id(),
                                "Händelsens innehåll stämmer inte med dess hash (den har ändrats).");
                    }
                    previous = event.hash();
                    checked++;
                }
            }
            if (!previous.equals(head())) {
                return AuditVerification.broken(
                        checked, null, "De senaste händelserna saknas: kedjans sista hash stämmer inte.");
            }
            return AuditVerification.ok(checked);
        });
    }

    private String head() {
        return jdbc.prepareStatement("SELECT last_hash FROM audit_chain_head WHERE id = 1", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : GENESIS;
            }
        });
    }
}
