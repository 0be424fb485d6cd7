package se.stockholm.varna.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.shared.ProblemException;

class SupplierFormTest {

    @Test
    void emptyContractRowsAreDroppedAndTheRestRenumbered() {
        Map<String, String> raw = base();
        row(raw, 0, "", "", "");
        row(raw, 1, "SOF 2024/1", "2024-01-01", "2026-12-31");
        row(raw, 2, "", "", "");
        SupplierForm form = SupplierForm.of(raw);
        SupplierInput in = form.toInput();
        assertEquals(
                List.of(new SupplierInput.Contract("SOF 2024/1", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))),
                in.contracts());
        assertEquals(0, form.contracts().getFirst().index(), "row 1 of the page is contract 0 of the command");
        assertEquals(1 + SupplierForm.EMPTY_ROWS, form.rowsToShow().size());
        assertTrue(in.dpaInPlace());
        assertEquals(12L, in.orgUnitId());
    }

    @Test
    void problemsOfTheServiceAreShownAtTheirContractField() {
        assertEquals("contractEndsOn1", SupplierForm.fieldOf("contracts[1].endsOn"));
        assertEquals("contractReference0", SupplierForm.fieldOf("contracts[0].reference"));
        assertEquals("organisationNumber", SupplierForm.fieldOf("organisationNumber"));
    }

    @Test
    void anUnreadableDateIsAFieldProblemOfItsRow() {
        Map<String, String> raw = base();
        row(raw, 0, "A", "1 januari", "");
        var e = assertThrows(ProblemException.class, () -> SupplierForm.of(raw).toInput());
        assertEquals("contractStartsOn0", e.fieldProblems().getFirst().field());
    }

    private static Map<String, String> base() {
        Map<String, String> raw = new HashMap<>();
        raw.put("name", "Leverantör AB");
        raw.put("orgUnitId", "12");
        raw.put("dpaInPlace", "true");
        return raw;
    }

    private static void row(Map<String, String> raw, int i, String reference, String startsOn, String endsOn) {
        raw.put("contractReference" + i, reference);
        raw.put("contractStartsOn" + i, startsOn);
        raw.put("contractEndsOn" + i, endsOn);
    }
}
