package se.stockholm.varna.inventory;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a leverantör's contracts stand today: ended, ending within {@value #WARNING_DAYS} days (time
 * to renew or procure), not started yet, or running. Today comes from the application clock.
 */
@Singleton
class ContractCalendar {

    static final int WARNING_DAYS = 90;

    static final String ENDED = "ENDED";
    static final String ENDING = "ENDING";
    static final String UPCOMING = "UPCOMING";
    static final String RUNNING = "RUNNING";

    /**
     * A contract as the detail page lists it; {@code state} names its text (suppliers.contractState.*),
     * {@code marked} says the page should draw attention to it.
     */
    record Row(
            String reference, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, String state, boolean marked) {}

    private final Clock clock;

    ContractCalendar(Clock clock) {
        this.clock = clock;
    }

    List<Row> rows(List<SupplierInput.Contract> contracts) {
        LocalDate today = LocalDate.now(clock);
        return contracts.stream()
                .map(c -> {
                    String state = stateOn(c, today);
                    return new Row(
                            c.reference(),
                            c.startsOn(),
                            c.endsOn(),
                            state,
                            ENDED.equals(state) || ENDING.equals(state));
                })
                .toList();
    }

    /** The end date is the contract's last day: it has ended only the day after. */
    static String stateOn(SupplierInput.Contract c, LocalDate today) {
        if (c.endsOn() != null && c.endsOn().isBefore(today)) {
            return ENDED;
        }
        if (c.endsOn() != null && !c.endsOn().isAfter(today.plusDays(WARNING_DAYS))) {
            return ENDING;
        }
        if (c.startsOn() != null && c.startsOn().isAfter(today)) {
            return UPCOMING;
        }
        return RUNNING;
    }
}
