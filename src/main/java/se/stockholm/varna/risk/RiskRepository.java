package se.stockholm.varna.risk;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDateTime;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RiskRepository extends CrudRepository<RiskEntity, Long> {

    @Query("DELETE FROM risk_asset WHERE risk_id = :riskId")
    void clearAssets(Long riskId);

    @Query("INSERT INTO risk_asset (risk_id, information_asset_id) VALUES (:riskId, :assetId)")
    void addAsset(Long riskId, Long assetId);

    @Query("DELETE FROM risk_service WHERE risk_id = :riskId")
    void clearServices(Long riskId);

    @Query("INSERT INTO risk_service (risk_id, it_service_id) VALUES (:riskId, :serviceId)")
    void addService(Long riskId, Long serviceId);

    @Query(
            "INSERT INTO risk_assessment (risk_id, kind, likelihood, consequence, band_code, motivation, assessed_by, assessed_at)"
                    + " VALUES (:riskId, :kind, :likelihood, :consequence, :band, :motivation, :by, :at)"
                    + " ON DUPLICATE KEY UPDATE likelihood = VALUES(likelihood), consequence = VALUES(consequence),"
                    + " band_code = VALUES(band_code), motivation = VALUES(motivation), assessed_by = VALUES(assessed_by),"
                    + " assessed_at = VALUES(assessed_at)")
    void assess(
            Long riskId,
            String kind,
            int likelihood,
            int consequence,
            String band,
            String motivation,
            String by,
            LocalDateTime at);

    @Query("SELECT COUNT(*) FROM risk_assessment WHERE risk_id = :riskId AND kind = :kind")
    int assessments(Long riskId, String kind);

    @Query("UPDATE risk SET version = version + 1, updated_at = :at WHERE id = :riskId AND version = :expected")
    int touch(Long riskId, long expected, LocalDateTime at);
}
