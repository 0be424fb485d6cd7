package se.stockholm.varna.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** MariaDB speaks the MYSQL dialect; Micronaut Data has no separate MariaDB one. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OrgUnitRepository extends CrudRepository<OrgUnitEntity, Long> {

    Optional<OrgUnitEntity> findByCode(String code);

    boolean existsByCode(String code);

    List<OrgUnitEntity> findByCodeIn(Collection<String> codes);

    List<OrgUnitEntity> findByIdIn(Collection<Long> ids);

    List<OrgUnitEntity> findByParentIdOrderByName(Long parentId);

    @Query(
            "SELECT COUNT(*) FROM org_unit WHERE parent_id = :parentId AND (valid_to IS NULL OR valid_to >= CURRENT_DATE)")
    long countOpenChildren(Long parentId);

    @Query("SELECT COUNT(*) FROM org_unit WHERE parent_id IS NULL AND (valid_to IS NULL OR valid_to >= CURRENT_DATE)")
    long countOpenRoots();

    /** Sets the path of a new unit once its id is known; does not count as a change of version. */
    @Query("UPDATE org_unit SET path = :path WHERE id = :id")
    void updatePath(Long id, String path);

    @Query("UPDATE org_unit SET path = :path, depth = :depth WHERE id = :id")
    void updatePathAndDepth(Long id, String path, int depth);

    /** Re-roots every descendant after a move: swaps the old path prefix for the new one. */
    @Query("UPDATE org_unit SET path = CONCAT(:newPrefix, SUBSTRING(path, :keepFrom)), depth = depth + :depthDelta "
            + "WHERE path LIKE CONCAT(:oldPrefix, '%') AND path <> :oldPrefix")
    void moveDescendants(String oldPrefix, String newPrefix, int keepFrom, int depthDelta);
}
