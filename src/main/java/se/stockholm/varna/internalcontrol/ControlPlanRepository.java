package se.stockholm.varna.internalcontrol;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ControlPlanRepository extends CrudRepository<ControlPlanEntity, Long> {

    @Query("SELECT * FROM control_plan WHERE org_unit_id = :orgUnitId AND plan_year = :year")
    Optional<ControlPlanEntity> find(long orgUnitId, int year);
}
