package se.stockholm.varna.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.stockholm.varna.shared.FieldProblem;

/**
 * What a new risk matrix version must satisfy before it is stored, free of storage. The whole body is
 * checked so that every problem is reported at once. Each axis has 2–7 steps; the bands have unique
 * codes and names, valid colours and the ranks 1..n; every cell of likelihood × consequence has
 * exactly one known band, and a cell's band never ranks lower than that of the cell below it or to
 * its left: more likelihood or more consequence never makes a risk less serious.
 */
final class RiskMatrixRules {

    static final int MIN_STEPS = 2;
    static final int MAX_STEPS = 7;
    static final int MIN_BANDS = 2;
    static final int MAX_BANDS = 10;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** The bands of a body: every stated code, and the rank of those whose rank is valid. */
    private record BandIndex(Set<String> codes, Map<String, Integer> ranks) {}

    private RiskMatrixRules() {}

    static List<FieldProblem> check(NewRiskMatrix in) {
        List<FieldProblem> problems = new ArrayList<>();
        text(in.name(), "name", "ett namn på matrisen", 200, problems);
        boolean likelihood = axis(in.likelihood(), "likelihood", "sannolikhet", problems);
        boolean consequence = axis(in.consequence(), "consequence", "konsekvens", problems);
        BandIndex bands = bands(in.bands(), problems);
        if (likelihood && consequence) {
            new RiskMatrixCellRules(in, bands.codes(), bands.ranks(), problems).check();
        }
        return problems;
    }

    /** Checks the steps of one axis; false when its size is wrong, so that no cell can be placed on it. */
    private static boolean axis(List<NewRiskMatrix.Step> steps, String field, String what, List<FieldProblem> out) {
        boolean sized = steps.size() >= MIN_STEPS && steps.size() <= MAX_STEPS;
        if (!sized) {
            out.add(new FieldProblem(
                    field,
                    "Skalan för " + what + " ska ha " + MIN_STEPS + "–" + MAX_STEPS + " steg (nu " + steps.size()
                            + ")."));
            if (steps.size() > MAX_STEPS) {
                return false;
            }
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            NewRiskMatrix.Step step = steps.get(i);
            String at = field + "[" + i + "]";
            if (step == null) {
                out.add(new FieldProblem(at, "Steget saknas."));
                continue;
            }
            if (text(step.name(), at + ".name", "ett namn på steget", 100, out)) {
                unique(names, step.name(), i, at + ".name", "steg", out);
            }
            text(step.description(), at + ".description", "en beskrivning av steget", 1000, out);
        }
        return sized;
    }

    private static BandIndex bands(List<NewRiskMatrix.Band> bands, List<FieldProblem> out) {
        if (bands.size() < MIN_BANDS || bands.size() > MAX_BANDS) {
            out.add(new FieldProblem(
                    "bands", "Ange " + MIN_BANDS + "–" + MAX_BANDS + " risknivåer (nu " + bands.size() + ")."));
            if (bands.size() > MAX_BANDS) {
                return new BandIndex(Set.of(), Map.of());
            }
        }
        Set<String> codes = new HashSet<>();
        Map<String, Integer> ranks = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        Map<Integer, Integer> rankUsers = new HashMap<>();
        for (int i = 0; i < bands.size(); i++) {
            NewRiskMatrix.Band band = bands.get(i);
            String at = "bands[" + i + "]";
            if (band == null) {
                out.add(new FieldProblem(at, "Risknivån saknas."));
                continue;
            }
            boolean code = code(band.code(), at + ".code", codes, out);
            if (text(band.name(), at + ".name", "ett namn på risknivån", 60, out)) {
                unique(names, band.name(), i, at + ".name", "risknivå", out);
            }
            if (band.colour() == null || !COLOUR.matcher(band.colour()).matches()) {
                out.add(new FieldProblem(at + ".colour", "Ange färgen som #rrggbb, till exempel #f4a6a6."));
            }
            boolean rank = rank(band.rank(), bands.size(), i, at + ".rank", rankUsers, out);
            if (code && rank) {
                ranks.put(band.code(), band.rank());
            }
        }
        return new BandIndex(codes, ranks);
    }

    private static boolean code(String code, String field, Set<String> codes, List<FieldProblem> out) {
        if (code == null || !CODE.matcher(code).matches()) {
            out.add(new FieldProblem(
                    field, "Ange en kod med A–Z, 0–9 och understreck, högst 20 tecken och med en bokstav först."));
            return false;
        }
        if (!codes.add(code)) {
            out.add(new FieldProblem(field, "Koden " + code + " används redan av en annan risknivå."));
            return false;
        }
        return true;
    }

    private static boolean rank(
            Integer rank, int count, int index, String field, Map<Integer, Integer> users, List<FieldProblem> out) {
        if (rank == null || rank < 1 || rank > count) {
            out.add(new FieldProblem(
                    field, "Ange rangordningen 1–" + count + " (1 är lägst); varje rang används en gång."));
            return false;
        }
        Integer earlier = users.putIfAbsent(rank, index);
        if (earlier != null) {
            out.add(new FieldProblem(
                    field,
                    "Rang " + rank + " används redan (risknivå " + (earlier + 1) + "); varje rang används en gång."));
            return false;
        }
        return true;
    }

    private static void unique(
            Map<String, Integer> seen, String name, int index, String field, String what, List<FieldProblem> out) {
        Integer earlier = seen.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), index);
        if (earlier != null) {
            out.add(new FieldProblem(
                    field, "Namnet " + name.strip() + " används redan (" + what + " " + (earlier + 1) + ")."));
        }
    }

    /** True when the text is given and short enough. */
    private static boolean text(String value, String field, String what, int max, List<FieldProblem> out) {
        if (value == null || value.isBlank()) {
            out.add(new FieldProblem(field, "Ange " + what + "."));
            return false;
        }
        if (value.strip().length() > max) {
            out.add(new FieldProblem(field, "Högst " + max + " tecken."));
            return false;
        }
        return true;
    }
}
