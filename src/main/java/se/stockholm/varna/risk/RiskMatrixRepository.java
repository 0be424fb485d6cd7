package se.stockholm.varna.risk;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Risk matrix versions with their steps, bands and cells; only a draft's rows are ever removed. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RiskMatrixRepository extends CrudRepository<RiskMatrixEntity, Long> {

    /** The highest version number; locks the matrix rows so that two admins cannot both add or publish. */
    @Query("SELECT COALESCE(MAX(version_no), 0) FROM risk_matrix FOR UPDATE")
    int lastVersionNo();

    List<RiskMatrixEntity> findByStatus(String status);

    @Query("INSERT INTO risk_scale_step (matrix_id, axis, step, name_sv, description_sv)"
            + " VALUES (:matrixId, :axis, :step, :name, :description)")
    void addStep(Long matrixId, String axis, int step, String name, String description);

    @Query("INSERT INTO risk_band (matrix_id, code, name_sv, colour, rank_no)"
            + " VALUES (:matrixId, :code, :name, :colour, :rank)")
    void addBand(Long matrixId, String code, String name, String colour, int rank);

    @Query("INSERT INTO risk_matrix_cell (matrix_id, likelihood, consequence, band_code)"
            + " VALUES (:matrixId, :likelihood, :consequence, :band)")
    void addCell(Long matrixId, int likelihood, int consequence, String band);

    @Query("DELETE FROM risk_matrix_cell WHERE matrix_id = :matrixId")
    void deleteCellsOf(Long matrixId);

    @Query("DELETE FROM risk_band WHERE matrix_id = :matrixId")
    void deleteBandsOf(Long matrixId);

    @Query("DELETE FROM risk_scale_step WHERE matrix_id = :matrixId")
    void deleteStepsOf(Long matrixId);

    /** Risks assessed with the matrix (0 for a draft: new risks only use published ones). */
    @Query("SELECT COUNT(*) FROM risk WHERE matrix_id = :matrixId")
    int countRisksOn(Long matrixId);
}
