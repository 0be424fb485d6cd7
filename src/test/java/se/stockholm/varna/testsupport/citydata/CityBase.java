package se.stockholm.varna.testsupport.citydata;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the plan builds on: the reference data the migrations already hold (organisation tree of V2,
 * question catalogue, requirement catalogue, risk matrix 1), the next free id of every table with an
 * id, and rows a database may already hold that must not be inserted twice (reporting periods,
 * internkontrollplaner from demo data).
 */
record CityBase(
        List<Unit> units,
        List<Question> questions,
        List<Requirement> requirements,
        Map<String, String> cells,
        Map<String, Long> nextIds,
        Map<String, Long> periods,
        Set<String> plans) {

    /** A reference organisation unit. */
    record Unit(long id, String code, String name, String kind, Long parentId, String path, int depth) {}

    /** A question of catalogue 1 with its answer options (ids) and the level each proposes. */
    record Question(long id, String aspect, long[] optionIds, int[] optionLevels) {}

    /** A protection requirement of catalogue 1. */
    record Requirement(String code, String aspect, int minLevel) {}

    static final long QUESTION_CATALOGUE = 1;
    static final long RISK_MATRIX = 1;

    long nextId(String table) {
        return nextIds.getOrDefault(table, 1L);
    }

    /** The band of a cell of matrix 1. */
    String band(int likelihood, int consequence) {
        String band = cells.get(likelihood + "," + consequence);
        if (band == null) {
            throw new IllegalStateException("matrix 1 has no cell " + likelihood + "," + consequence);
        }
        return band;
    }

    static String periodKey(int year, String code) {
        return year + ":" + code;
    }

    static String planKey(long orgUnitId, int year) {
        return orgUnitId + ":" + year;
    }
}
