package se.stockholm.varna.internalcontrol;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReportingPeriodRepository extends CrudRepository<ReportingPeriodEntity, Long> {

    @Query("SELECT * FROM reporting_period WHERE period_year = :year ORDER BY sort_no, code")
    List<ReportingPeriodEntity> ofYear(int year);

    @Query("SELECT * FROM reporting_period WHERE period_year = :year AND code = :code")
    Optional<ReportingPeriodEntity> find(int year, String code);

    @Query("SELECT DISTINCT period_year FROM reporting_period ORDER BY period_year DESC")
    List<Integer> years();

    @Query("SELECT COUNT(*) FROM follow_up WHERE period_id = :periodId")
    long followUps(long periodId);
}
