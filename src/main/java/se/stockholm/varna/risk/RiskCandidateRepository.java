package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDateTime;

/**
 * Writes of risk_candidate. Every update names the version and status it expects and answers how many
 * rows it changed: 0 means someone else changed the candidate first (a stale triage, or a triage that
 * overtook the sync), never a silent overwrite.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RiskCandidateRepository extends CrudRepository<RiskCandidateEntity, Long> {

    /** Back to NY (or staying NY) with the cause as it is now; an earlier dismissal stays for context. */
    @Query("UPDATE risk_candidate SET status = 'NY', cause_state = :state, org_unit_id = :orgUnitId,"
            + " title = :title, detail = :detail, updated_at = :at, version = version + 1"
            + " WHERE id = :id AND version = :expected AND status = :fromStatus")
    int raiseAgain(
            Long id,
            long expected,
            String fromStatus,
            String state,
            Long orgUnitId,
            String title,
            @Nullable String detail,
            LocalDateTime at);

    @Query("UPDATE risk_candidate SET status = 'INAKTUELL', updated_at = :at, version = version + 1"
            + " WHERE id = :id AND version = :expected AND status = 'NY'")
    int outdate(Long id, long expected, LocalDateTime at);

    @Query("UPDATE risk_candidate SET status = 'AVFARDAD', decided_by = :by, decided_at = :at,"
            + " dismiss_motivation = :motivation, updated_at = :at, version = version + 1"
            + " WHERE id = :id AND version = :expected AND status = 'NY'")
    int dismiss(Long id, long expected, String by, String motivation, LocalDateTime at);

    @Query("UPDATE risk_candidate SET status = 'RISK', risk_id = :riskId, decided_by = :by, decided_at = :at,"
            + " updated_at = :at, version = version + 1"
            + " WHERE id = :id AND version = :expected AND status = 'NY'")
    int accept(Long id, long expected, Long riskId, String by, LocalDateTime at);
}
