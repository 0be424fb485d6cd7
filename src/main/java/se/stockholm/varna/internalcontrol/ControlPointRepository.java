package se.stockholm.varna.internalcontrol;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ControlPointRepository extends CrudRepository<ControlPointEntity, Long> {

    List<ControlPointEntity> findByPlanIdOrderByPositionNo(Long planId);

    @Query("SELECT COALESCE(MAX(position_no), 0) FROM control_point WHERE plan_id = :planId")
    int lastPosition(long planId);

    @Query("SELECT COUNT(*) FROM follow_up WHERE control_point_id = :pointId")
    long followUps(long pointId);
}
