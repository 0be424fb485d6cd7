package se.stockholm.varna.internalcontrol;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ControlPlanRevisionRepository extends CrudRepository<ControlPlanRevisionEntity, Long> {

    List<ControlPlanRevisionEntity> findByPlanIdOrderByRevisionNo(Long planId);

    @Query("SELECT * FROM control_plan_revision WHERE plan_id = :planId AND established_at IS NULL")
    Optional<ControlPlanRevisionEntity> open(long planId);
}
