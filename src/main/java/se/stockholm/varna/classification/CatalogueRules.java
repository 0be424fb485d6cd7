package se.stockholm.varna.classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.stockholm.varna.shared.FieldProblem;

/**
 * What a new question catalogue version must satisfy before it is stored, free of storage. The whole
 * body is checked so that every problem is reported at once, in the order of the body. Options may
 * share a level (up to eight options over five levels), but their levels never fall: the options read
 * from least to most harm, and the first one proposes 0.
 */
final class CatalogueRules {

    static final int MAX_QUESTIONS = 200;
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 8;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

    private CatalogueRules() {}

    /** The problems of {@code in}; {@code aspects} and {@code levels} are those of the stored scale. */
    static List<FieldProblem> check(CatalogueInput in, List<String> aspects, Set<Integer> levels) {
        List<FieldProblem> problems = new ArrayList<>();
        text(in.title(), "title", "rubrik", 200, true, problems);
        text(in.description(), "description", "beskrivning", 4000, false, problems);
        if (in.questions().isEmpty()) {
            problems.add(new FieldProblem("questions", "Ange minst en fråga per aspekt."));
        } else if (in.questions().size() > MAX_QUESTIONS) {
            problems.add(new FieldProblem("questions", "En frågekatalog får ha högst " + MAX_QUESTIONS + " frågor."));
            return problems;
        }
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < in.questions().size(); i++) {
            CatalogueInput.Question q = in.questions().get(i);
            String field = "questions[" + i + "]";
            if (q == null) {
                problems.add(new FieldProblem(field, "Frågan saknas."));
                continue;
            }
            code(q.code(), field + ".code", codes, i, "fråga", problems);
            if (q.aspect() == null || !aspects.contains(q.aspect())) {
                problems.add(new FieldProblem(
                        field + ".aspect",
                        "Okänd aspekt: " + q.aspect() + ". Välj en av " + String.join(", ", aspects) + "."));
            }
            text(q.text(), field + ".text", "frågetext", 500, true, problems);
            text(q.help(), field + ".help", "hjälptext", 2000, false, problems);
            options(q.options(), field, levels, problems);
        }
        for (String aspect : aspects) {
            boolean asked = in.questions().stream().anyMatch(q -> q != null && aspect.equals(q.aspect()));
            if (!asked && !in.questions().isEmpty()) {
                problems.add(new FieldProblem(
                        "questions", "Aspekten " + aspect + " saknar frågor. Varje aspekt behöver minst en fråga."));
            }
        }
        return problems;
    }

    private static void options(
            List<CatalogueInput.Option> options, String field, Set<Integer> levels, List<FieldProblem> problems) {
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            problems.add(new FieldProblem(
                    field + ".options",
                    "En fråga ska ha " + MIN_OPTIONS + "–" + MAX_OPTIONS + " svarsalternativ (nu " + options.size()
                            + ")."));
            if (options.size() > MAX_OPTIONS) {
                return;
            }
        }
        Map<String, Integer> codes = new HashMap<>();
        Integer previous = null;
        boolean none = false;
        for (int j = 0; j < options.size(); j++) {
            CatalogueInput.Option o = options.get(j);
            String at = field + ".options[" + j + "]";
            if (o == null) {
                problems.add(new FieldProblem(at, "Svarsalternativet saknas."));
                continue;
            }
            code(o.code(), at + ".code", codes, j, "svarsalternativ", problems);
            text(o.text(), at + ".text", "svarstext", 500, true, problems);
            Integer level = o.proposedLevel();
            if (level == null || !levels.contains(level)) {
                problems.add(new FieldProblem(
                        at + ".proposedLevel", "Ange vilken nivå svaret föreslår, en av " + sorted(levels) + "."));
                continue;
            }
            if (previous != null && level < previous) {
                problems.add(new FieldProblem(
                        at + ".proposedLevel",
                        "Nivåerna får inte sjunka i svarsordningen: nivå " + level + " kommer efter nivå " + previous
                                + "."));
            }
            previous = previous == null ? level : Math.max(previous, level);
            none |= level == 0;
        }
        if (!none && !options.isEmpty()) {
            problems.add(new FieldProblem(
                    field + ".options", "Minst ett svarsalternativ ska föreslå nivå 0 (ingen eller försumbar skada)."));
        }
    }

    private static void code(
            String code, String field, Map<String, Integer> seen, int index, String what, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem(field, "Ange en kod."));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(
                    field, "Koden får bara innehålla A–Z, 0–9 och bindestreck och vara högst 40 tecken."));
        } else {
            Integer earlier = seen.putIfAbsent(code.toUpperCase(Locale.ROOT), index);
            if (earlier != null) {
                problems.add(new FieldProblem(
                        field, "Koden " + code + " används redan (" + what + " " + (earlier + 1) + ")."));
            }
        }
    }

    private static void text(
            String value, String field, String what, int max, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "Ange " + what + "."));
            }
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "Fältet " + what + " får vara högst " + max + " tecken."));
        }
    }

    private static String sorted(Set<Integer> levels) {
        return String.join(", ", levels.stream().sorted().map(String::valueOf).toList());
    }
}
