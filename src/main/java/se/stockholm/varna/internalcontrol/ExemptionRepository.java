package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Exemption rows. Every update names the version it was read at and the statuses it may start from,
 * so a stale or concurrent change updates nothing (0 rows) and the service answers 409.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ExemptionRepository extends CrudRepository<ExemptionEntity, Long> {

    @Query("UPDATE exemption SET org_unit_id = :orgUnitId, responsible_org_id = :responsibleOrgId, title = :title,"
            + " requirement_ref = :requirementRef, requirement_code = :requirementCode, deviation = :deviation,"
            + " investigation = :investigation, implementation_plan = :implementationPlan,"
            + " shared_impact = :sharedImpact, requested_until = :requestedUntil, updated_at = :at,"
            + " version = version + 1"
            + " WHERE id = :id AND version = :expected AND status IN ('UTKAST', 'KOMPLETTERING')")
    int edit(
            long id,
            long expected,
            long orgUnitId,
            long responsibleOrgId,
            String title,
            String requirementRef,
            @Nullable String requirementCode,
            String deviation,
            String investigation,
            @Nullable String implementationPlan,
            @Nullable String sharedImpact,
            LocalDate requestedUntil,
            LocalDateTime at);

    @Query("UPDATE exemption SET status = 'INSKICKAD', submitted_by = :by, submitted_at = :at, updated_at = :at,"
            + " version = version + 1"
            + " WHERE id = :id AND version = :expected AND status IN ('UTKAST', 'KOMPLETTERING')")
    int submit(long id, long expected, String by, LocalDateTime at);

    @Query("UPDATE exemption SET status = 'ATERKALLAD', updated_at = :at, version = version + 1"
            + " WHERE id = :id AND version = :expected AND status IN ('UTKAST', 'INSKICKAD', 'KOMPLETTERING')")
    int withdraw(long id, long expected, LocalDateTime at);

    @Query("UPDATE exemption SET status = 'KOMPLETTERING', sent_back_by = :by, sent_back_at = :at,"
            + " sent_back_comment = :comment, updated_at = :at, version = version + 1"
            + " WHERE id = :id AND version = :expected AND status = 'INSKICKAD'")
    int sendBack(long id, long expected, String by, String comment, LocalDateTime at);

    @Query("UPDATE exemption SET status = :outcome, decided_by = :by, decided_by_name = :byName,"
            + " decided_role = :role, decided_at = :at, conditions = :conditions, valid_until = :validUntil,"
            + " decision_reason = :reason, updated_at = :at, version = version + 1"
            + " WHERE id = :id AND version = :expected AND status = 'INSKICKAD'")
    int decide(
            long id,
            long expected,
            String outcome,
            String by,
            @Nullable String byName,
            String role,
            @Nullable String conditions,
            @Nullable LocalDate validUntil,
            @Nullable String reason,
            LocalDateTime at);

    /** The snapshot is written once, in the deciding transaction, from the exemption as decided. */
    @Query("UPDATE exemption SET decision_snapshot = :snapshot WHERE id = :id AND decision_snapshot IS NULL")
    int snapshot(long id, String snapshot);

    @Query("SELECT COUNT(*) FROM protection_requirement WHERE code = :code")
    int requirementCodes(String code);
}
