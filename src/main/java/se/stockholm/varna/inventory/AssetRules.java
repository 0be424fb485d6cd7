package se.stockholm.varna.inventory;

import java.util.ArrayList;
import java.util.List;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/** Input rules for an informationsmängd; every message is for a person. */
final class AssetRules {

    private AssetRules() {}

    /** The input with text trimmed and blanks as null, or a 400 listing every problem. */
    static AssetInput checked(AssetInput in, boolean personalDataKnown, boolean areaKnown) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = strip(in.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "Ange ett namn på informationsmängden."));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "Namnet får vara högst 200 tecken."));
        }
        String owner = strip(in.ownerUsername());
        if (owner == null) {
            problems.add(new FieldProblem("ownerUsername", "Ange informationsägare: all information ska ha en ägare."));
        }
        if (in.orgUnitId() == null) {
            problems.add(new FieldProblem("orgUnitId", "Välj ansvarig organisation eller en enhet under den."));
        }
        if (!personalDataKnown) {
            problems.add(new FieldProblem("personalData", "Okänd kategori av personuppgifter."));
        }
        if (!areaKnown) {
            problems.add(new FieldProblem("verksamhetsomrade", "Okänt verksamhetsområde."));
        }
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        return new AssetInput(
                name,
                strip(in.description()),
                in.orgUnitId(),
                owner,
                strip(in.ownerName()),
                strip(in.process()),
                strip(in.verksamhetsomrade()),
                in.personalData(),
                strip(in.sekretess()),
                strip(in.templateOrigin()),
                in.reviewDate());
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
