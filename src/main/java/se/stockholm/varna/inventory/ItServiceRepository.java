package se.stockholm.varna.inventory;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ItServiceRepository extends CrudRepository<ItServiceEntity, Long> {

    @Query("INSERT IGNORE INTO it_service_asset (it_service_id, information_asset_id) VALUES (:serviceId, :assetId)")
    void link(Long serviceId, Long assetId);

    @Query("DELETE FROM it_service_asset WHERE it_service_id = :serviceId AND information_asset_id = :assetId")
    void unlink(Long serviceId, Long assetId);

    @Query("DELETE FROM it_service_user WHERE it_service_id = :serviceId")
    void clearUsers(Long serviceId);

    @Query("INSERT INTO it_service_user (it_service_id, org_unit_id) VALUES (:serviceId, :orgUnitId)")
    void addUser(Long serviceId, Long orgUnitId);

    @Query("SELECT information_asset_id FROM it_service_asset WHERE it_service_id = :serviceId")
    List<Long> linkedAssetIds(Long serviceId);
}
