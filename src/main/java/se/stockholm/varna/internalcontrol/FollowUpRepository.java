package se.stockholm.varna.internalcontrol;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FollowUpRepository extends CrudRepository<FollowUpEntity, Long> {

    @Query("SELECT * FROM follow_up WHERE control_point_id = :pointId AND period_id = :periodId")
    Optional<FollowUpEntity> find(long pointId, long periodId);

    @Query("SELECT f.* FROM follow_up f JOIN control_point p ON p.id = f.control_point_id"
            + " WHERE p.plan_id = :planId AND f.period_id = :periodId")
    List<FollowUpEntity> ofPlanAndPeriod(long planId, long periodId);

    @Query("SELECT risk_action_id FROM follow_up_action WHERE follow_up_id = :followUpId")
    List<Long> actionIds(long followUpId);
}
