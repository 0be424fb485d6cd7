package se.stockholm.varna.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.stockholm.varna.shared.FieldProblem;

/** Checks of risk input that need no database. */
final class RiskRules {

    static final Set<String> CONTEXTS = Set.of("LINJEVERKSAMHET", "LEVERANTOR", "PROJEKT", "INFORANDE");
    static final Set<String> SOURCES = Set.of("MANUELL", "HANDLINGSPLAN", "DRIFTBESLUT", "GRANSKNING");
    static final Set<String> KINDS = Set.of("INNEBOENDE", "NUVARANDE", "KVARVARANDE");
    static final Set<String> TREATMENTS = Set.of("REDUCERA", "ACCEPTERA", "UNDVIKA", "OVERFORA");

    private RiskRules() {}

    static List<FieldProblem> identity(RiskInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(in.title()) || in.title().strip().length() > 200) {
            problems.add(new FieldProblem("title", "Ange en rubrik för risken (högst 200 tecken)."));
        }
        if (blank(in.ownerUsername()) || in.ownerUsername().strip().length() > 100) {
            problems.add(new FieldProblem(
                    "ownerUsername", "Ange riskägaren: den informationsägare som beslutar om risken."));
        }
        if (in.orgUnitId() == null) {
            problems.add(new FieldProblem("orgUnitId", "Välj ansvarig organisation eller en enhet under den."));
        }
        if (in.context() == null || !CONTEXTS.contains(in.context())) {
            problems.add(new FieldProblem(
                    "context", "Välj sammanhang: linjeverksamhet, leverantör, projekt eller införande."));
        }
        if (in.source() != null && !SOURCES.contains(in.source())) {
            problems.add(new FieldProblem("source", "Okänd källa."));
        }
        for (String[] field : new String[][] {
            {"description", in.description()}, {"threat", in.threat()}, {"vulnerability", in.vulnerability()}
        }) {
            if (field[1] != null && field[1].length() > 2000) {
                problems.add(new FieldProblem(field[0], "Högst 2000 tecken."));
            }
        }
        return problems;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
