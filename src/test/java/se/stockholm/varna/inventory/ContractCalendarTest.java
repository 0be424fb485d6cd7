package se.stockholm.varna.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractCalendarTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final ContractCalendar calendar =
            new ContractCalendar(Clock.fixed(TODAY.atStartOfDay(STOCKHOLM).toInstant(), STOCKHOLM));

    @Test
    void aContractHasEndedOnlyAfterItsLastDay() {
        assertEquals(ContractCalendar.ENDED, ContractCalendar.stateOn(contract(null, TODAY.minusDays(1)), TODAY));
        assertEquals(ContractCalendar.ENDING, ContractCalendar.stateOn(contract(null, TODAY), TODAY));
    }

    @Test
    void aContractEndingWithinNinetyDaysIsMarkedAndOneEndingLaterIsNot() {
        var rows = calendar.rows(List.of(
                contract(LocalDate.of(2024, 1, 1), TODAY.plusDays(90)),
                contract(LocalDate.of(2024, 1, 1), TODAY.plusDays(91)),
                contract(LocalDate.of(2020, 1, 1), TODAY.minusDays(30))));
        assertEquals(ContractCalendar.ENDING, rows.get(0).state());
        assertTrue(rows.get(0).marked());
        assertEquals(ContractCalendar.RUNNING, rows.get(1).state());
        assertFalse(rows.get(1).marked());
        assertEquals(ContractCalendar.ENDED, rows.get(2).state());
        assertTrue(rows.get(2).marked());
    }

    @Test
    void aContractWithoutEndRunsAndOneStartingLaterHasNotBegun() {
        assertEquals(ContractCalendar.RUNNING, ContractCalendar.stateOn(contract(null, null), TODAY));
        assertEquals(ContractCalendar.UPCOMING, ContractCalendar.stateOn(contract(TODAY.plusDays(1), null), TODAY));
    }

    @Test
    void todayIsTheDateInStockholmNotInUtc() {
        // 23:30 UTC on 22 November is already 23 November in Stockholm: a contract ending on the 22nd has ended
        Clock lateEvening = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), STOCKHOLM);
        var rows = new ContractCalendar(lateEvening).rows(List.of(contract(null, LocalDate.of(2026, 11, 22))));
        assertEquals(ContractCalendar.ENDED, rows.getFirst().state());
    }

    private static SupplierInput.Contract contract(LocalDate startsOn, LocalDate endsOn) {
        return new SupplierInput.Contract("AVT-1", startsOn, endsOn);
    }
}
