package se.stockholm.varna.risk;

import java.util.List;
import java.util.Map;
import java.util.Set;
import se.stockholm.varna.shared.FieldProblem;

/**
 * The cells of a risk matrix body whose axes have valid sizes: each cell once, inside the axes, with
 * a known band; none missing; and bands that never fall when likelihood or consequence grows.
 */
final class RiskMatrixCellRules {

    private final NewRiskMatrix in;
    private final Set<String> codes;
    private final Map<String, Integer> ranks;
    private final List<FieldProblem> out;
    private final int rows;
    private final int columns;
    /** The index in the body of the cell at [likelihood][consequence], or null. */
    private final Integer[][] at;

    RiskMatrixCellRules(NewRiskMatrix in, Set<String> codes, Map<String, Integer> ranks, List<FieldProblem> out) {
        this.in = in;
        this.codes = codes;
        this.ranks = ranks;
        this.out = out;
        this.rows = in.likelihood().size();
        this.columns = in.consequence().size();
        this.at = new Integer[rows + 1][columns + 1];
    }

    void check() {
        if (in.cells().size() > 2 * rows * columns) {
            out.add(new FieldProblem(
                    "cells",
                    "Matrisen har " + rows * columns + " rutor; ange varje ruta en gång (nu "
                            + in.cells().size() + ")."));
            return;
        }
        for (int i = 0; i < in.cells().size(); i++) {
            place(i);
        }
        for (int l = 1; l <= rows; l++) {
            for (int c = 1; c <= columns; c++) {
                if (at[l][c] == null) {
                    out.add(new FieldProblem(
                            "cells", "Rutan sannolikhet " + l + ", konsekvens " + c + " saknar risknivå."));
                }
            }
        }
        for (int l = 1; l <= rows; l++) {
            for (int c = 1; c <= columns; c++) {
                monotone(l, c);
            }
        }
    }

    private void place(int i) {
        NewRiskMatrix.Cell cell = in.cells().get(i);
        String field = "cells[" + i + "]";
        if (cell == null) {
            out.add(new FieldProblem(field, "Rutan saknas."));
            return;
        }
        boolean inside = step(cell.likelihood(), rows, field + ".likelihood", "sannolikhet")
                & step(cell.consequence(), columns, field + ".consequence", "konsekvens");
        if (cell.band() == null || cell.band().isBlank()) {
            out.add(new FieldProblem(field + ".band", "Ange rutans risknivå med en av risknivåernas koder."));
        } else if (!codes.contains(cell.band())) {
            out.add(new FieldProblem(
                    field + ".band", "Okänd risknivå " + cell.band() + ": använd en av koderna under bands."));
        }
        if (!inside) {
            return;
        }
        Integer earlier = at[cell.likelihood()][cell.consequence()];
        if (earlier != null) {
            out.add(new FieldProblem(
                    field,
                    "Rutan sannolikhet " + cell.likelihood() + ", konsekvens " + cell.consequence()
                            + " finns redan (ruta " + (earlier + 1) + "); ange varje ruta en gång."));
        } else {
            at[cell.likelihood()][cell.consequence()] = i;
        }
    }

    private boolean step(Integer value, int size, String field, String what) {
        if (value == null || value < 1 || value > size) {
            out.add(new FieldProblem(field, "Ange " + what + " 1–" + size + "."));
            return false;
        }
        return true;
    }

    /** A cell's band ranks at least as high as the bands of the cells one step lower on either axis. */
    private void monotone(int l, int c) {
        Integer own = rank(l, c);
        if (own == null) {
            return;
        }
        Integer below = l > 1 ? rank(l - 1, c) : null;
        if (below != null && below > own) {
            fall(l, c, l - 1, c, "sannolikheten");
        }
        Integer left = c > 1 ? rank(l, c - 1) : null;
        if (left != null && left > own) {
            fall(l, c, l, c - 1, "konsekvensen");
        }
    }

    private void fall(int l, int c, int lowerL, int lowerC, String axis) {
        out.add(new FieldProblem(
                "cells[" + at[l][c] + "].band",
                "Risknivån får inte sjunka när " + axis + " ökar: rutan sannolikhet " + l + ", konsekvens " + c
                        + " har " + band(l, c) + " men rutan sannolikhet " + lowerL + ", konsekvens " + lowerC
                        + " har " + band(lowerL, lowerC) + "."));
    }

    private Integer rank(int l, int c) {
        Integer index = at[l][c];
        return index == null ? null : ranks.get(in.cells().get(index).band());
    }

    private String band(int l, int c) {
        return in.cells().get(at[l][c]).band();
    }
}
