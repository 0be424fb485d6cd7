package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** An åtgärd with whether it is overdue today. */
@Serdeable
public record RiskActionView(
        long id,
        long riskId,
        String title,
        @Nullable String description,
        String responsible,
        LocalDate dueOn,
        String status,
        @Nullable Long itServiceId,
        @Nullable String requirementCode,
        boolean overdue,
        long version) {

    static RiskActionView of(RiskActionEntity e, LocalDate today) {
        boolean open = "PLANERAD".equals(e.status()) || "PAGAR".equals(e.status());
        return new RiskActionView(
                e.id(),
                e.riskId(),
                e.title(),
                e.description(),
                e.responsible(),
                e.dueOn(),
                e.status(),
                e.itServiceId(),
                e.requirementCode(),
                open && e.dueOn().isBefore(today),
                e.version());
    }
}
