package se.stockholm.varna.testsupport.citydata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The city dataset plan without a database: deterministic from the seed, and of the sizes asked for. */
class CityDataPlanTest {

    private static final double SCALE = 0.02;

    @Test
    void sameSeedGivesIdenticalRowsAndAnotherSeedDifferentOnes() {
        DigestSink first = plan(42);
        DigestSink second = plan(42);
        DigestSink other = plan(43);
        assertEquals(first.digest(), second.digest());
        assertEquals(first.counts(), second.counts());
        assertNotEquals(first.digest(), other.digest());
    }

    @Test
    void respectsTheSizesAtASmallScale() {
        Map<String, Long> counts = plan(7).counts();
        assertEquals(200 - 45, counts.get("org_unit"));
        assertEquals(1_000, counts.get("information_asset"));
        assertEquals(400, counts.get("it_service"));
        assertEquals(4_000, counts.get("risk"));
        assertEquals(600, counts.get("control_point"));
        assertEquals(60, counts.get("exemption"));
        assertEquals(6, counts.get("reporting_period"));
        assertEquals(44 * 2, counts.get("control_plan"));
        long decidedShare = counts.get("classification_aspect_level") / 4 * 100 / 1_000;
        assertTrue(decidedShare > 70 && decidedShare < 95, "classified share " + decidedShare);
        assertTrue(counts.get("requirement_assessment") > 0);
        assertTrue(counts.get("risk_assessment") > 2 * 4_000 * 0.8);
        assertTrue(counts.get("risk_action") > 0 && counts.get("risk_acceptance") > 0);
        assertTrue(counts.get("follow_up") > 600);
    }

    @Test
    void rowsAreConsistent() {
        CityBase base = SampleCityBase.create();
        Set<String> statuses = new HashSet<>();
        Map<String, Integer> states = new HashMap<>();
        int[] overdue = {0};
        CityDataPlan.emit(base, 7, SCALE, (table, v) -> {
            assertEquals(CityTables.columns(table).size(), v.length, table);
            switch (table) {
                case "risk_assessment" -> assertEquals(base.band((Integer) v[2], (Integer) v[3]), v[4]);
                case "classification" -> {
                    if ("BESLUTAD".equals(v[3]) && ((LocalDate) v[13]).isBefore(CityState.TODAY)) {
                        overdue[0]++;
                    }
                }
                case "exemption" -> statuses.add((String) v[11]);
                case "reporting_period" -> states.merge(v[1] + ":" + v[8], 1, Integer::sum);
                default -> {}
            }
        });
        assertEquals(Set.of("UTKAST", "INSKICKAD", "KOMPLETTERING", "BEVILJAT", "AVSLAGET", "ATERKALLAD"), statuses);
        assertEquals(Map.of("2025:STANGD", 3, "2026:OPPEN", 3), states);
        assertTrue(overdue[0] > 0, "some decided classifications are overdue");
    }

    private static DigestSink plan(long seed) {
        DigestSink sink = new DigestSink();
        CityDataPlan.emit(SampleCityBase.create(), seed, SCALE, sink);
        return sink;
    }
}
