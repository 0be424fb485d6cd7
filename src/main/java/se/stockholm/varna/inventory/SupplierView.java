package se.stockholm.varna.inventory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A leverantör as the adapters and the audit trail see it. */
@Serdeable
public record SupplierView(
        long id,
        String name,
        @Nullable String organisationNumber,
        long orgUnitId,
        String orgUnitName,
        long responsibleOrgId,
        String responsibleOrgName,
        boolean dpaInPlace,
        @Nullable String subprocessors,
        List<SupplierInput.Contract> contracts,
        String status,
        long version) {}
