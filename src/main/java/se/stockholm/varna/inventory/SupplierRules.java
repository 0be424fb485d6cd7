package se.stockholm.varna.inventory;

import java.util.ArrayList;
import java.util.List;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/** Input rules for a leverantör: name, a valid organisationsnummer, contracts that end after they start. */
final class SupplierRules {

    private SupplierRules() {}

    static SupplierInput checked(SupplierInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = AssetRules.strip(in.name());
        if (name == null || name.length() > 200) {
            problems.add(new FieldProblem("name", "Ange leverantörens namn (högst 200 tecken)."));
        }
        String orgNr = AssetRules.strip(in.organisationNumber());
        if (orgNr != null && !validOrganisationNumber(orgNr)) {
            problems.add(new FieldProblem(
                    "organisationNumber", "Organisationsnumret ska skrivas NNNNNN-NNNN och ha rätt kontrollsiffra."));
        }
        if (in.orgUnitId() == null) {
            problems.add(new FieldProblem("orgUnitId", "Välj ansvarig organisation eller en enhet under den."));
        }
        String subprocessors = AssetRules.strip(in.subprocessors());
        if (subprocessors != null && subprocessors.length() > 1000) {
            problems.add(new FieldProblem("subprocessors", "Underbiträdena får beskrivas med högst 1000 tecken."));
        }
        List<SupplierInput.Contract> contracts = checkedContracts(in.contracts(), problems);
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        return new SupplierInput(name, orgNr, in.orgUnitId(), in.dpaInPlace(), subprocessors, contracts);
    }

    private static List<SupplierInput.Contract> checkedContracts(
            List<SupplierInput.Contract> in, List<FieldProblem> problems) {
        List<SupplierInput.Contract> contracts = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            SupplierInput.Contract c = in.get(i);
            String reference = AssetRules.strip(c.reference());
            if (reference == null || reference.length() > 120) {
                problems.add(new FieldProblem(
                        "contracts[" + i + "].reference",
                        "Ange avtalets diarienummer eller referens (högst 120 tecken)."));
            }
            if (c.startsOn() != null && c.endsOn() != null && !c.endsOn().isAfter(c.startsOn())) {
                problems.add(
                        new FieldProblem("contracts[" + i + "].endsOn", "Avtalet måste sluta efter att det börjar."));
            }
            contracts.add(new SupplierInput.Contract(reference, c.startsOn(), c.endsOn()));
        }
        return contracts;
    }

    /** NNNNNN-NNNN whose ten digits pass the Luhn check, as every Swedish organisationsnummer does. */
    static boolean validOrganisationNumber(String value) {
        if (!value.matches("\\d{6}-\\d{4}")) {
            return false;
        }
        String digits = value.replace("-", "");
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
