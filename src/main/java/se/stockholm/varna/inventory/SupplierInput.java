package se.stockholm.varna.inventory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** Command: a leverantör and its contracts (the contracts replace the stored ones). */
public record SupplierInput(
        String name,
        @Nullable String organisationNumber,
        Long orgUnitId,
        boolean dpaInPlace,
        @Nullable String subprocessors,
        List<Contract> contracts) {

    public SupplierInput {
        contracts = contracts == null ? List.of() : List.copyOf(contracts);
    }

    /** An avtal: reference and optional period. */
    @Serdeable
    public record Contract(String reference, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {}
}
