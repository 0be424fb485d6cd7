package se.stockholm.varna.internalcontrol;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** An åtgärd planned in answer to a finding, with whether it is overdue today. */
@Serdeable
public record FindingActionView(
        long id,
        long findingId,
        String title,
        String responsible,
        LocalDate dueOn,
        String status,
        boolean overdue,
        long version) {

    static FindingActionView of(FindingActionEntity e, LocalDate today) {
        boolean open = "PLANERAD".equals(e.status()) || "PAGAR".equals(e.status());
        return new FindingActionView(
                e.id(),
                e.findingId(),
                e.title(),
                e.responsible(),
                e.dueOn(),
                e.status(),
                open && e.dueOn().isBefore(today),
                e.version());
    }
}
