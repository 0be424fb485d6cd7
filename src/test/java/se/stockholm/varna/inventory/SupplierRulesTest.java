package se.stockholm.varna.inventory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.shared.ProblemException;

class SupplierRulesTest {

    @Test
    void organisationNumberNeedsItsFormAndControlDigit() {
        assertTrue(SupplierRules.validOrganisationNumber("556016-0680"));
        assertTrue(SupplierRules.validOrganisationNumber("212000-0142"));
        assertFalse(SupplierRules.validOrganisationNumber("556016-0681"), "wrong control digit");
        assertFalse(SupplierRules.validOrganisationNumber("5560160680"), "missing hyphen");
        assertFalse(SupplierRules.validOrganisationNumber("55601-60680"));
    }

    @Test
    void aContractMustEndAfterItStarts() {
        var backwards = new SupplierInput.Contract("A", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1));
        var input = new SupplierInput("Leverantör AB", null, 1L, false, null, List.of(backwards));
        assertThrows(ProblemException.class, () -> SupplierRules.checked(input));
    }

    @Test
    void aTooLongContractReferenceIsAFieldProblemNotADatabaseError() {
        var contract = new SupplierInput.Contract("x".repeat(121), null, null);
        var input = new SupplierInput("Leverantör AB", null, 1L, false, null, List.of(contract));
        var e = assertThrows(ProblemException.class, () -> SupplierRules.checked(input));
        assertTrue(e.fieldProblems().stream().anyMatch(p -> p.field().equals("contracts[0].reference")));
    }
}
