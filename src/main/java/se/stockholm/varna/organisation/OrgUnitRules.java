package se.stockholm.varna.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/** Input rules for org units, shared by the API and the pages; every message is for a person. */
final class OrgUnitRules {

    static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{0,39}$");
    static final int NAME_MAX = 200;

    private OrgUnitRules() {}

    static String unknownKindMessage(String kind, Collection<String> known) {
        return "Okänd typ \"" + kind + "\". Giltiga typer: " + String.join(", ", known) + ".";
    }

    static String checkedName(String name, List<FieldProblem> problems) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            problems.add(new FieldProblem("name", "Namnet får inte vara tomt."));
        } else if (trimmed.length() > NAME_MAX) {
            problems.add(new FieldProblem("name", "Namnet får vara högst " + NAME_MAX + " tecken."));
        }
        return trimmed;
    }

    static String checkedCode(String code, List<FieldProblem> problems) {
        String trimmed = code == null ? "" : code.strip();
        if (!CODE.matcher(trimmed).matches()) {
            problems.add(new FieldProblem(
                    "code", "Koden ska vara 1–40 tecken: versaler A–Z, siffror och bindestreck, t.ex. SDN-BROMMA."));
        }
        return trimmed;
    }

    static void checkClosing(OrgUnitEntity unit, LocalDate validTo) {
        if (validTo.isBefore(unit.validFrom())) {
            throw Problems.invalidField(
                    "validTo", "Slutdatum kan inte ligga före enhetens startdatum " + unit.validFrom() + ".");
        }
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw Problems.validation(new ArrayList<>(problems));
        }
    }
}
