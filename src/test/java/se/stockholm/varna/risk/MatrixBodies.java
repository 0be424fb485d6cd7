package se.stockholm.varna.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** JSON bodies of POST /api/v1/risk-matrices, and reading counts out of a heatmap answer. */
final class MatrixBodies {

    private MatrixBodies() {}

    /** The body of {@link MatrixFixture#product5x5()}: riskvärde l × c, 1–4 låg, 5–9 medel, 10–16 hög, 20–25 mycket hög. */
    static Map<String, Object> product5x5(String name) {
        return body(MatrixFixture.product5x5(), name);
    }

    static Map<String, Object> body(NewRiskMatrix in, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("likelihood", in.likelihood().stream().map(MatrixBodies::step).toList());
        body.put(
                "consequence", in.consequence().stream().map(MatrixBodies::step).toList());
        body.put(
                "bands",
                in.bands().stream()
                        .map(b -> Map.<String, Object>of(
                                "code", b.code(), "name", b.name(), "colour", b.colour(), "rank", b.rank()))
                        .toList());
        body.put(
                "cells",
                new ArrayList<>(in.cells().stream().map(MatrixBodies::cell).toList()));
        return body;
    }

    static Map<String, Object> cell(NewRiskMatrix.Cell c) {
        return new HashMap<>(Map.of("likelihood", c.likelihood(), "consequence", c.consequence(), "band", c.band()));
    }

    /** A create body with the scales, bands and cells of a matrix as GET /api/v1/risk-matrices/{id} answers it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> copyOf(Map<String, Object> matrix) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", matrix.get("name"));
        for (String axis : List.of("likelihood", "consequence")) {
            body.put(
                    axis,
                    ((List<Map<String, Object>>) matrix.get(axis))
                            .stream()
                                    .sorted(Comparator.comparingInt(s -> ((Number) s.get("step")).intValue()))
                                    .map(s -> Map.of("name", s.get("name"), "description", s.get("description")))
                                    .toList());
        }
        body.put("bands", matrix.get("bands"));
        body.put("cells", matrix.get("cells"));
        return body;
    }

    /** The count of a cell in the grid of {@code matrixId}; 0 when the heatmap has no grid for the matrix. */
    @SuppressWarnings("unchecked")
    static int count(Map<String, Object> heatmap, long matrixId, int likelihood, int consequence) {
        for (var grid : (List<Map<String, Object>>) heatmap.get("grids")) {
            if (((Number) grid.get("matrixId")).longValue() == matrixId) {
                return ((List<Map<String, Object>>) grid.get("cells"))
                        .stream()
                                .filter(c -> ((Number) c.get("likelihood")).intValue() == likelihood
                                        && ((Number) c.get("consequence")).intValue() == consequence)
                                .mapToInt(c -> ((Number) c.get("count")).intValue())
                                .findFirst()
                                .orElseThrow();
            }
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    static List<Long> gridMatrixIds(Map<String, Object> heatmap) {
        return ((List<Map<String, Object>>) heatmap.get("grids"))
                .stream().map(g -> ((Number) g.get("matrixId")).longValue()).toList();
    }

    private static Map<String, Object> step(NewRiskMatrix.Step s) {
        return Map.of("name", s.name(), "description", s.description());
    }
}
