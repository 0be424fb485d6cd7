package se.stockholm.varna.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The pure part of the indicators: subtree sums by path, shares over sums, and the CSV text. */
class IndicatorRulesTest {

    static final List<String> BANDS = List.of("LAG", "MEDEL", "HOG", "MYCKET_HOG");

    /** /1/ city, /1/2/ nämnd, /1/2/3/ and /1/2/4/ its units, /1/5/ another nämnd. */
    static final Map<Long, String> PATHS = Map.of(1L, "/1/", 2L, "/1/2/", 3L, "/1/2/3/", 4L, "/1/2/4/", 5L, "/1/5/");

    static Map<Long, Map<String, Long>> base() {
        Map<Long, Map<String, Long>> base = new HashMap<>();
        IndicatorQueries.put(base, 3L, IndicatorRules.ASSETS, 4);
        IndicatorQueries.put(base, 3L, IndicatorRules.ASSETS_WITH_OWNER, 3);
        IndicatorQueries.put(base, 4L, IndicatorRules.ASSETS, 1);
        IndicatorQueries.put(base, 5L, IndicatorRules.ASSETS, 5);
        IndicatorQueries.put(base, 5L, IndicatorRules.ASSETS_WITH_OWNER, 5);
        IndicatorQueries.put(base, 2L, IndicatorRules.riskKey("KVARVARANDE", "HOG"), 2);
        IndicatorQueries.put(base, 3L, IndicatorRules.riskKey("KVARVARANDE", "HOG"), 1);
        IndicatorQueries.put(base, 3L, IndicatorRules.REQUIREMENTS_APPLICABLE, 10);
        IndicatorQueries.put(base, 3L, IndicatorRules.REQUIREMENTS_FULFILLED, 4);
        IndicatorQueries.put(base, 3L, IndicatorRules.REQUIREMENTS_NOT_APPLICABLE, 2);
        IndicatorQueries.put(base, 4L, IndicatorRules.REQUIREMENTS_APPLICABLE, 3);
        IndicatorQueries.put(base, 4L, IndicatorRules.REQUIREMENTS_NOT_APPLICABLE, 3);
        IndicatorQueries.put(base, 4L, IndicatorRules.ACTIONS_OVERDUE, 0);
        return base;
    }

    static Map<String, BigDecimal> figures(String path) {
        Map<String, BigDecimal> out = new HashMap<>();
        IndicatorRules.values(IndicatorRules.sum(PATHS, base(), path), BANDS)
                .forEach(v -> out.put(v.indicatorId() + "/" + v.subKey(), v.value()));
        return out;
    }

    @Test
    void aLeafCountsOnlyItsOwnRows() {
        var leaf = figures("/1/2/3/");
        assertEquals(new BigDecimal("0.75"), leaf.get("IS-01/SHARE"));
        assertEquals(BigDecimal.valueOf(3), leaf.get("IS-01/WITH"));
        assertEquals(BigDecimal.valueOf(4), leaf.get("IS-01/TOTAL"));
        assertEquals(BigDecimal.valueOf(1), leaf.get("IS-04/KVARVARANDE:HOG"));
        assertEquals(new BigDecimal("0.5"), leaf.get("IS-10/RATE"), "4 / (10 - 2)");
    }

    @Test
    void aSubtreeSharesAreComputedOverTheSumsNotAveraged() {
        var namnd = figures("/1/2/");
        assertEquals(new BigDecimal("0.6"), namnd.get("IS-01/SHARE"), "3 of 5, not the mean of 3/4 and 0/1");
        assertEquals(BigDecimal.valueOf(3), namnd.get("IS-04/KVARVARANDE:HOG"), "its own 2 and the leaf's 1");
        assertEquals(new BigDecimal("0.5"), namnd.get("IS-10/RATE"), "4 / (13 - 5)");
        var city = figures("/1/");
        assertEquals(new BigDecimal("0.8"), city.get("IS-01/SHARE"), "8 of 10");
        assertEquals(BigDecimal.valueOf(10), city.get("IS-01/TOTAL"));
    }

    @Test
    void aPathPrefixIsAWholeSegment() {
        Map<Long, String> paths = Map.of(1L, "/1/", 12L, "/1/12/", 2L, "/1/2/");
        Map<Long, Map<String, Long>> base = new HashMap<>();
        IndicatorQueries.put(base, 12L, IndicatorRules.ASSETS, 7);
        IndicatorQueries.put(base, 2L, IndicatorRules.ASSETS, 1);
        assertEquals(1L, IndicatorRules.sum(paths, base, "/1/2/").get(IndicatorRules.ASSETS));
    }

    @Test
    void sharesOverNothingAreUndefinedAndZeroCountsStayZero() {
        var empty = figures("/9/");
        assertNull(empty.get("IS-01/SHARE"));
        assertNull(empty.get("IS-07/SHARE"));
        assertNull(empty.get("IS-10/RATE"));
        assertEquals(BigDecimal.ZERO, empty.get("IS-06/COUNT"));
        var allNotApplicable = figures("/1/2/4/");
        assertNull(allNotApplicable.get("IS-10/RATE"), "3 applicable, 3 not applicable: nothing counts");
    }

    @Test
    void everyIndicatorHasItsSubKeysInCatalogueOrder() {
        var values = IndicatorRules.values(Map.of(), BANDS);
        assertEquals(
                List.of("IS-01", "IS-02", "IS-03", "IS-04", "IS-05", "IS-06", "IS-07", "IS-08", "IS-09", "IS-10"),
                values.stream().map(IndicatorValue::indicatorId).distinct().toList());
        assertEquals(
                List.of(
                        "INNEBOENDE:LAG",
                        "INNEBOENDE:MEDEL",
                        "INNEBOENDE:HOG",
                        "INNEBOENDE:MYCKET_HOG",
                        "KVARVARANDE:LAG",
                        "KVARVARANDE:MEDEL",
                        "KVARVARANDE:HOG",
                        "KVARVARANDE:MYCKET_HOG"),
                values.stream()
                        .filter(v -> v.indicatorId().equals("IS-04"))
                        .map(IndicatorValue::subKey)
                        .collect(Collectors.toList()));
        assertEquals(List.of("SHARE", "PLANNED", "FOLLOWED_UP", "DEVIATIONS"), subKeys(values, "IS-07"));
        assertEquals(List.of("IN_FORCE", "EXPIRED"), subKeys(values, "IS-08"));
        assertEquals(List.of("RATE", "FULFILLED", "APPLICABLE", "NOT_APPLICABLE"), subKeys(values, "IS-10"));
    }

    @Test
    void sharesRoundHalfUpToSixDecimals() {
        assertEquals(new BigDecimal("0.666667"), IndicatorRules.share(2, 3));
        assertEquals(new BigDecimal("0.333333"), IndicatorRules.share(1, 3));
        assertNull(IndicatorRules.share(0, 0));
    }

    @Test
    void aFigureReadBackFromASnapshotEqualsTheOneComputed() {
        // DECIMAL(20,6) gives 1.000000, 0.000000, 10.000000 back
        assertEquals(IndicatorRules.share(3, 3), IndicatorRules.canonical(new BigDecimal("1.000000")));
        assertEquals(IndicatorRules.share(0, 3), IndicatorRules.canonical(new BigDecimal("0.000000")));
        assertEquals(IndicatorRules.share(1, 2), IndicatorRules.canonical(new BigDecimal("0.500000")));
        assertEquals(BigDecimal.valueOf(10), IndicatorRules.canonical(new BigDecimal("10.000000")));
        assertEquals(IndicatorRules.share(2, 3), IndicatorRules.canonical(new BigDecimal("0.666667")));
    }

    @Test
    void csvTextIsPlainAndTheSameForLiveAndFrozenNumbers() {
        assertEquals("", IndicatorRules.text(null));
        assertEquals("10", IndicatorRules.text(BigDecimal.valueOf(10)));
        assertEquals("10", IndicatorRules.text(new BigDecimal("10.000000")));
        assertEquals("0", IndicatorRules.text(new BigDecimal("0.000000")));
        assertEquals("0.5", IndicatorRules.text(new BigDecimal("0.500000")));
        assertEquals("0.666667", IndicatorRules.text(new BigDecimal("0.666667")));
        assertEquals("1", IndicatorRules.text(new BigDecimal("1.000000")));
    }

    @Test
    void csvHasOneRowPerOrganisationIndicatorAndSubKey() {
        var period = new ReportPeriod(7, 2041, "T1", LocalDate.of(2041, 1, 1), LocalDate.of(2041, 4, 30), "OPPEN");
        var values = IndicatorRules.values(Map.of(IndicatorRules.ASSETS, 2L), BANDS);
        var report = new IndicatorReportView(
                period,
                IndicatorReportView.LIVE,
                Instant.parse("2041-05-10T09:00:00Z"),
                List.of(
                        new IndicatorReportView.Organisation(
                                1, "STHLM", "Stockholms stad", IndicatorReportView.SUBTREE, null, values),
                        new IndicatorReportView.Organisation(
                                2, "N;1", "Nämnd \"ett\"", IndicatorReportView.CHILD, 1L, values)));
        String[] lines = ReportCsv.of(report).split("\r\n");
        assertEquals(ReportCsv.HEADER, lines[0]);
        assertEquals(1 + 2 * values.size(), lines.length);
        assertEquals("2041;T1;OPPEN;LIVE;2041-05-10T09:00:00Z;1;STHLM;Stockholms stad;SUBTREE;IS-01;TOTAL;2", lines[3]);
        assertEquals(
                "2041;T1;OPPEN;LIVE;2041-05-10T09:00:00Z;2;\"N;1\";\"Nämnd \"\"ett\"\"\";CHILD;IS-01;SHARE;0",
                lines[1 + values.size()]);
    }

    private static List<String> subKeys(List<IndicatorValue> values, String id) {
        return values.stream()
                .filter(v -> v.indicatorId().equals(id))
                .map(IndicatorValue::subKey)
                .toList();
    }
}
