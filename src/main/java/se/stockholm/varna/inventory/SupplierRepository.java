package se.stockholm.varna.inventory;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SupplierRepository extends CrudRepository<SupplierEntity, Long> {

    @Query("DELETE FROM supplier_contract WHERE supplier_id = :supplierId")
    void deleteContracts(Long supplierId);

    @Query(
            "INSERT INTO supplier_contract (supplier_id, reference, starts_on, ends_on) VALUES (:supplierId, :reference, :startsOn, :endsOn)")
    void addContract(Long supplierId, String reference, LocalDate startsOn, LocalDate endsOn);
}
