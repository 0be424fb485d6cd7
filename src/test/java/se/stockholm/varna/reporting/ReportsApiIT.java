package se.stockholm.varna.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.TestClock;
import se.stockholm.varna.testsupport.Tokens;

/**
 * The reports API on a small dataset written by hand into a subtree of its own (a nämnd with two units
 * that no demo data touches); every expected value is worked out by hand below. The city is checked by
 * the difference the dataset makes, since demo data is there too.
 */
@MicronautTest
class ReportsApiIT extends ServerBackedTest {

    final TestClock clock = new TestClock(Instant.parse("2047-05-10T09:00:00Z"));

    @Inject
    DataSource dataSource;

    @Inject
    EmbeddedServer embedded;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    /** The ids of the hand-built subtree. */
    record Tree(long namnd, long unitA, long unitB, long service) {}

    @Test
    void everyIndicatorForALeafANamndAndTheCity() {
        clock.set(Instant.parse("2047-05-10T09:00:00Z"));
        String central = Tokens.user("central");
        assertEquals(
                200, api().get("/api/v1/reporting-periods?year=2047", central).status());
        String cityPath = "/api/v1/reports/values?year=2047&period=T1";
        Map<String, Double> cityBefore =
                figures(organisations(api().get(cityPath, central).map()).getFirst());

        var rows = new ReportRows(dataSource);
        Tree t = build(rows, 2047, "R7");

        var namndReport = api().get(
                        "/api/v1/reports/values?year=2047&period=T1&breakdown=children&orgUnitId=" + t.namnd(), central)
                .map();
        assertEquals("OPPEN", namndReport.get("periodState"));
        assertEquals("LIVE", namndReport.get("source"));
        assertEquals("T1", namndReport.get("period"));
        var orgs = organisations(namndReport);
        assertEquals(3, orgs.size(), "the nämnd and its two units");
        assertEquals("SUBTREE", orgs.get(0).get("breakdown"));
        assertEquals(
                List.of("CHILD", "CHILD"),
                List.of(orgs.get(1).get("breakdown"), orgs.get(2).get("breakdown")));
        Map<String, Double> unitA = figures(byId(orgs, t.unitA()));
        Map<String, Double> unitB = figures(byId(orgs, t.unitB()));
        Map<String, Double> namnd = figures(byId(orgs, t.namnd()));

        // Unit A: a1 (owner, decided, review passed), a2 (owner), a3 (no owner, not yet decided); a4 is avvecklad.
        assertEquals(2.0, unitA.get("IS-01/WITH"));
        assertEquals(3.0, unitA.get("IS-01/TOTAL"));
        assertEquals(0.666667, unitA.get("IS-01/SHARE"));
        assertEquals(1.0, unitA.get("IS-02/WITH"));
        assertEquals(0.333333, unitA.get("IS-02/SHARE"));
        assertEquals(1.0, unitA.get("IS-03/COUNT"));
        // r1 (BEDOMD: inherent MYCKET_HOG, residual HOG), r2 (BESLUTAD: inherent HOG), r5 (GRANSKAD: inherent
        // LAG, current MYCKET_HOG); r3 is closed.
        assertEquals(1.0, unitA.get("IS-04/INNEBOENDE:LAG"));
        assertEquals(0.0, unitA.get("IS-04/INNEBOENDE:MEDEL"));
        assertEquals(1.0, unitA.get("IS-04/INNEBOENDE:HOG"));
        assertEquals(1.0, unitA.get("IS-04/INNEBOENDE:MYCKET_HOG"));
        assertEquals(1.0, unitA.get("IS-04/KVARVARANDE:HOG"));
        assertEquals(0.0, unitA.get("IS-04/KVARVARANDE:MYCKET_HOG"));
        assertEquals(2.0, unitA.get("IS-05/COUNT"), "r1 (residual HOG, not decided) and r5 (current MYCKET_HOG)");
        assertEquals(2.0, unitA.get("IS-06/COUNT"), "r1's PLANERAD of March and r2's PAGAR of yesterday");
        assertEquals(0.0, unitA.get("IS-07/PLANNED"), "A's plan is only an utkast");
        assertEquals(0.0, unitA.get("IS-08/IN_FORCE"));
        assertFalse(unitA.containsKey("IS-10/RATE"), "no services in A: the rate is undefined");

        // Unit B: b1 (owner, decided K2), r4 (inherent LAG), three granted exemptions, the US service.
        assertEquals(1.0, unitB.get("IS-01/SHARE"));
        assertEquals(1.0, unitB.get("IS-02/SHARE"));
        assertEquals(0.0, unitB.get("IS-03/COUNT"));
        assertEquals(1.0, unitB.get("IS-04/INNEBOENDE:LAG"));
        assertEquals(0.0, unitB.get("IS-05/COUNT"));
        assertEquals(2.0, unitB.get("IS-08/IN_FORCE"), "valid to December, and valid to today");
        assertEquals(1.0, unitB.get("IS-08/EXPIRED"), "valid to January");
        assertEquals(1.0, unitB.get("IS-09/COUNT"), "third country, K 2, no decision");
        long applicable = applicableAtK2(rows);
        assertEquals((double) applicable, unitB.get("IS-10/APPLICABLE"));
        assertEquals(2.0, unitB.get("IS-10/FULFILLED"));
        assertEquals(1.0, unitB.get("IS-10/NOT_APPLICABLE"));
        assertEquals(
                new BigDecimal(2)
                        .divide(BigDecimal.valueOf(applicable - 1), 6, java.math.RoundingMode.HALF_UP)
                        .doubleValue(),
                unitB.get("IS-10/RATE"));

        // The nämnd: A + B + its own asset without owner, and its fastställd plan (2 points in T1, 1 in T2).
        assertEquals(3.0, namnd.get("IS-01/WITH"));
        assertEquals(5.0, namnd.get("IS-01/TOTAL"));
        assertEquals(0.6, namnd.get("IS-01/SHARE"), "3 of 5 over the sums, not a mean of the units' shares");
        assertEquals(0.4, namnd.get("IS-02/SHARE"));
        assertEquals(1.0, namnd.get("IS-03/COUNT"));
        assertEquals(2.0, namnd.get("IS-04/INNEBOENDE:LAG"));
        assertEquals(2.0, namnd.get("IS-05/COUNT"));
        assertEquals(2.0, namnd.get("IS-06/COUNT"));
        assertEquals(2.0, namnd.get("IS-07/PLANNED"));
        assertEquals(2.0, namnd.get("IS-07/FOLLOWED_UP"));
        assertEquals(1.0, namnd.get("IS-07/DEVIATIONS"), "EJ_GENOMFORD is not utan anmärkning");
        assertEquals(1.0, namnd.get("IS-07/SHARE"));
        assertEquals(2.0, namnd.get("IS-08/IN_FORCE"));
        assertEquals(1.0, namnd.get("IS-09/COUNT"));
        assertEquals(unitB.get("IS-10/RATE"), namnd.get("IS-10/RATE"));
        var t2 = figures(
                organisations(api().get("/api/v1/reports/values?year=2047&period=T2&orgUnitId=" + t.namnd(), central)
                                .map())
                        .getFirst());
        assertEquals(2.0, t2.get("IS-07/PLANNED"), "p1 and p3 are reported in T2");
        assertEquals(1.0, t2.get("IS-07/FOLLOWED_UP"));
        assertEquals(0.5, t2.get("IS-07/SHARE"));

        // The city: the dataset adds exactly its counts.
        Map<String, Double> cityAfter =
                figures(organisations(api().get(cityPath, central).map()).getFirst());
        Map<String, Double> added = Map.ofEntries(
                Map.entry("IS-01/WITH", 3.0),
                Map.entry("IS-01/TOTAL", 5.0),
                Map.entry("IS-02/WITH", 2.0),
                Map.entry("IS-03/COUNT", 1.0),
                Map.entry("IS-04/INNEBOENDE:LAG", 2.0),
                Map.entry("IS-04/INNEBOENDE:HOG", 1.0),
                Map.entry("IS-04/INNEBOENDE:MYCKET_HOG", 1.0),
                Map.entry("IS-04/KVARVARANDE:HOG", 1.0),
                Map.entry("IS-04/KVARVARANDE:MYCKET_HOG", 0.0),
                Map.entry("IS-05/COUNT", 2.0),
                Map.entry("IS-06/COUNT", 2.0),
                Map.entry("IS-07/PLANNED", 2.0),
                Map.entry("IS-07/FOLLOWED_UP", 2.0),
                Map.entry("IS-07/DEVIATIONS", 1.0),
                Map.entry("IS-08/IN_FORCE", 2.0),
                Map.entry("IS-08/EXPIRED", 1.0),
                Map.entry("IS-09/COUNT", 1.0),
                Map.entry("IS-10/FULFILLED", 2.0),
                Map.entry("IS-10/APPLICABLE", (double) applicable),
                Map.entry("IS-10/NOT_APPLICABLE", 1.0));
        added.forEach((key, delta) ->
                assertEquals(cityBefore.getOrDefault(key, 0.0) + delta, cityAfter.getOrDefault(key, 0.0), 1e-9, key));

        assertSameNumbers(
                "/api/v1/reports/values?year=2047&period=T1&breakdown=children&orgUnitId=" + t.namnd(), central);
    }

    @Test
    void aClosedPeriodAnswersFromItsSnapshotUntilItIsReopenedWithAReason() {
        clock.set(Instant.parse("2048-05-10T09:00:00Z"));
        String central = Tokens.user("central");
        var periods = api().get("/api/v1/reporting-periods?year=2048", central).list();
        var rows = new ReportRows(dataSource);
        long namnd = rows.unit("RPT-S" + suffix(), "Rapportnämnden S", "NAMND", null);
        long unit = rows.unit("RPT-SU" + suffix(), "Rapportenheten S", "AVDELNING", namnd);
        rows.asset("Snapshot 1", unit, namnd, "agare.bromma", "AKTIV");
        String path = "/api/v1/reports/values?year=2048&period=T1&orgUnitId=" + namnd;

        var open = api().get(path, central).map();
        assertEquals("LIVE", open.get("source"));
        assertEquals(1.0, figures(organisations(open).getFirst()).get("IS-01/TOTAL"));

        Map<String, Object> t1 = period(periods, "T1");
        var closed = api().post(
                        "/api/v1/reporting-periods/" + t1.get("id") + "/close",
                        central,
                        Map.of("version", t1.get("version")));
        assertEquals(200, closed.status(), closed.body());

        var frozen = api().get(path, central).map();
        assertEquals("STANGD", frozen.get("periodState"));
        assertEquals("SNAPSHOT", frozen.get("source"));
        assertEquals(1.0, figures(organisations(frozen).getFirst()).get("IS-01/TOTAL"));

        clock.set(Instant.parse("2048-05-11T09:00:00Z"));
        rows.asset("Snapshot 2 utan ägare", unit, namnd, null, "AKTIV");
        var after = api().get(path, central).map();
        assertEquals(frozen.get("computedAt"), after.get("computedAt"));
        assertEquals(
                figures(organisations(frozen).getFirst()),
                figures(organisations(after).getFirst()));
        assertEquals(1.0, figures(organisations(after).getFirst()).get("IS-01/SHARE"), "the edit is not in history");
        var liveT2 = api().get("/api/v1/reports/values?year=2048&period=T2&orgUnitId=" + namnd, central)
                .map();
        assertEquals(2.0, figures(organisations(liveT2).getFirst()).get("IS-01/TOTAL"), "an open period is live");
        assertSameNumbers(path + "&breakdown=children", central);

        Object version = ((Number) closed.map().get("version")).longValue();
        String reopen = "/api/v1/reporting-periods/" + t1.get("id") + "/reopen";
        assertEquals(
                400,
                api().post(reopen, central, Map.of("reason", " ", "version", version))
                        .status());
        assertEquals(
                403,
                api().post(reopen, Tokens.user("samordnare.bromma"), Map.of("reason", "Fel", "version", version))
                        .status());
        var reopened =
                api().post(reopen, central, Map.of("reason", "Nämnden rättade sin inventering.", "version", version));
        assertEquals(200, reopened.status(), reopened.body());
        assertEquals(
                1L,
                rows.single("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'ReportingPeriod' AND entity_id = '"
                        + t1.get("id") + "' AND action = 'REOPENED'"),
                "reopening is audited");
        var live = api().get(path, central).map();
        assertEquals("LIVE", live.get("source"));
        assertEquals("OPPEN", live.get("periodState"));
        assertEquals(2.0, figures(organisations(live).getFirst()).get("IS-01/TOTAL"));
        assertEquals(
                1L,
                rows.single("SELECT COUNT(*) FROM indicator_snapshot WHERE status = 'ERSATT' AND period_id = "
                        + t1.get("id")),
                "the superseded snapshot is kept");

        clock.set(Instant.parse("2048-05-12T09:00:00Z"));
        var again = api().post(
                        "/api/v1/reporting-periods/" + t1.get("id") + "/close",
                        central,
                        Map.of("version", reopened.map().get("version")));
        assertEquals(200, again.status(), again.body());
        var refrozen = api().get(path, central).map();
        assertEquals("SNAPSHOT", refrozen.get("source"));
        assertNotEquals(frozen.get("computedAt"), refrozen.get("computedAt"));
        assertEquals(0.5, figures(organisations(refrozen).getFirst()).get("IS-01/SHARE"));
    }

    @Test
    void theIlsClientReadsOnlyReportsCityWideAndPeopleOnlyTheirScope() {
        clock.set(Instant.parse("2049-05-10T09:00:00Z"));
        assertEquals(
                200,
                api().get("/api/v1/reporting-periods?year=2049", Tokens.user("central"))
                        .status());
        String ils = Tokens.ilsClient();
        var catalogue = api().get("/api/v1/reports/indicators", ils);
        assertEquals(200, catalogue.status(), catalogue.body());
        assertEquals(10, catalogue.list().size());
        assertEquals("IS-01", ((Map<?, ?>) catalogue.list().getFirst()).get("id"));
        var city = api().get("/api/v1/reports/values?year=2049&period=VB&breakdown=children", ils);
        assertEquals(200, city.status(), city.body());
        assertEquals("STHLM", organisations(city.map()).getFirst().get("code"));
        assertTrue(organisations(city.map()).size() > 1, "the nämnder as children");
        assertEquals(
                200,
                api().get("/api/v1/reports/values?year=2049&period=VB&orgUnitId=" + unit("SDN-BROMMA"), ils)
                        .status());
        assertSameNumbers("/api/v1/reports/values?year=2049&period=VB", ils);

        assertEquals(403, api().get("/api/v1/risks", ils).status());
        assertEquals(403, api().get("/api/v1/org-units", ils).status());
        assertEquals(403, api().get("/api/v1/reporting-periods?year=2049", ils).status());
        assertEquals(403, api().get("/api/v1/information-assets", ils).status());

        String bromma = "/api/v1/reports/values?year=2049&period=VB&orgUnitId=" + unit("SDN-BROMMA");
        assertEquals(404, api().get(bromma, Tokens.user("samordnare.farsta")).status(), "outside the scope");
        assertEquals(200, api().get(bromma, Tokens.user("samordnare.bromma")).status());
        var own = api().get("/api/v1/reports/values?year=2049&period=VB", Tokens.user("samordnare.bromma"))
                .map();
        assertEquals(
                List.of("SDN-BROMMA"),
                organisations(own).stream().map(o -> o.get("code")).toList(),
                "the default is the caller's scope");
        assertEquals(403, api().get(bromma, Tokens.user("utan.roll")).status());
        assertEquals(
                404,
                api().get("/api/v1/reports/values?year=2049&period=XX", Tokens.user("central"))
                        .status());
        assertEquals(
                400,
                api().get("/api/v1/reports/values?year=2049&period=VB&breakdown=grandchildren", Tokens.user("central"))
                        .status());
    }

    @Test
    void openPeriodsFollowEveryChangeMadeThroughTheApplicationAndEveryNewDay() {
        clock.set(Instant.parse("2050-05-10T09:00:00Z"));
        String central = Tokens.user("central");
        String agare = Tokens.user("agare.bromma");
        assertEquals(
                200, api().get("/api/v1/reporting-periods?year=2050", central).status());
        var rows = new ReportRows(dataSource);
        String s = suffix();
        long bromma = unit("SDN-BROMMA");
        long top = rows.unit("RPT-L" + s, "Levande avdelning " + s, "AVDELNING", bromma);
        long a = rows.unit("RPT-LA" + s, "Levande enhet A " + s, "ENHET", top);
        long b = rows.unit("RPT-LB" + s, "Levande enhet B " + s, "ENHET", top);
        long a1 = rows.asset("L-A1", a, bromma, "agare.bromma", "AKTIV");
        rows.classification(a1, "BESLUTAD", "2051-01-01", 2, 1, 1, 1);
        rows.thirdCountryService("Levande tjänst " + s, b, bromma, a1);
        long risk = rows.risk("L-R1", a, bromma, "BEDOMD", null);
        rows.assess(risk, "INNEBOENDE", 2, 2, "MEDEL");
        rows.action(risk, "PLANERAD", "2050-05-11");
        String path = "/api/v1/reports/values?year=2050&period=T1&breakdown=children&orgUnitId=" + top;

        var first = organisations(api().get(path, central).map());
        assertEquals(1.0, figures(byId(first, a)).get("IS-01/TOTAL"));
        assertEquals(1.0, figures(byId(first, b)).get("IS-09/COUNT"), "B's service processes A's K2 asset");
        assertEquals(0.0, figures(byId(first, a)).get("IS-06/COUNT"), "due tomorrow");

        var created = api().post("/api/v1/information-assets", agare, newAsset("L-A2", a));
        assertEquals(201, created.status(), created.body());
        var afterCreate = organisations(api().get(path, central).map());
        assertEquals(2.0, figures(byId(afterCreate, a)).get("IS-01/TOTAL"), "a new asset counts at once");
        assertEquals(2.0, figures(byId(afterCreate, top)).get("IS-01/TOTAL"));

        Map<String, Object> moved = newAsset("L-A2", b);
        moved.put("version", created.map().get("version"));
        var update = api().put("/api/v1/information-assets/" + created.map().get("id"), agare, moved);
        assertEquals(200, update.status(), update.body());
        var afterMove = organisations(api().get(path, central).map());
        assertEquals(1.0, figures(byId(afterMove, a)).get("IS-01/TOTAL"), "the unit it left counts it no more");
        assertEquals(1.0, figures(byId(afterMove, b)).get("IS-01/TOTAL"));

        long version = ((Number) api().get("/api/v1/information-assets/" + a1, agare)
                        .map()
                        .get("version"))
                .longValue();
        var retired = api().post("/api/v1/information-assets/" + a1 + "/retire", agare, Map.of("version", version));
        assertEquals(200, retired.status(), retired.body());
        var afterRetire = organisations(api().get(path, central).map());
        assertEquals(0.0, figures(byId(afterRetire, a)).get("IS-01/TOTAL"));
        assertEquals(
                0.0,
                figures(byId(afterRetire, b)).get("IS-09/COUNT"),
                "a change in A reaches the service in B that processed the asset");

        clock.set(Instant.parse("2050-05-12T09:00:00Z"));
        var nextDay = organisations(api().get(path, central).map());
        assertEquals(1.0, figures(byId(nextDay, a)).get("IS-06/COUNT"), "a new day: the åtgärd is overdue");
        assertSameNumbers(path, central);
    }

    private static Map<String, Object> newAsset(String name, long unitId) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("orgUnitId", unitId);
        m.put("ownerUsername", "agare.bromma");
        m.put("personalData", "INGA");
        return m;
    }

    /** The hand-built subtree, with the reporting periods of {@code year} already created. */
    private Tree build(ReportRows rows, int year, String tag) {
        String s = tag + suffix();
        long namnd = rows.unit("RPT-N" + s, "Rapportnämnden " + s, "NAMND", null);
        long a = rows.unit("RPT-A" + s, "Enhet A " + s, "AVDELNING", namnd);
        long b = rows.unit("RPT-B" + s, "Enhet B " + s, "AVDELNING", namnd);
        String passed = year + "-01-01";
        String ahead = (year + 1) + "-01-01";

        long a1 = rows.asset("A1", a, namnd, "agare.bromma", "AKTIV");
        rows.classification(a1, "BESLUTAD", passed, 1, 1, 1, 1);
        rows.asset("A2", a, namnd, "agare.bromma", "AKTIV");
        long a3 = rows.asset("A3", a, namnd, null, "AKTIV");
        rows.classification(a3, "FOR_BESLUT", null);
        long a4 = rows.asset("A4", a, namnd, "agare.bromma", "AVVECKLAD");
        rows.classification(a4, "BESLUTAD", passed);
        rows.asset("N1", namnd, namnd, null, "AKTIV");

        long r1 = rows.risk("R1", a, namnd, "BEDOMD", null);
        rows.assess(r1, "INNEBOENDE", 3, 3, "MYCKET_HOG");
        rows.assess(r1, "KVARVARANDE", 2, 3, "HOG");
        long r2 = rows.risk("R2", a, namnd, "BESLUTAD", "REDUCERA");
        rows.assess(r2, "INNEBOENDE", 2, 3, "HOG");
        long r3 = rows.risk("R3", a, namnd, "STANGD", "REDUCERA");
        rows.assess(r3, "INNEBOENDE", 3, 3, "MYCKET_HOG");
        long r5 = rows.risk("R5", a, namnd, "GRANSKAD", "ACCEPTERA");
        rows.assess(r5, "INNEBOENDE", 1, 1, "LAG");
        rows.assess(r5, "NUVARANDE", 4, 4, "MYCKET_HOG");
        rows.action(r1, "PLANERAD", year + "-03-01");
        rows.action(r1, "KLAR", year + "-03-01");
        rows.action(r1, "PAGAR", year + "-06-01");
        rows.action(r2, "PAGAR", year + "-05-09");
        rows.action(r3, "PLANERAD", year + "-01-01");

        long b1 = rows.asset("B1", b, namnd, "agare.bromma", "AKTIV");
        rows.classification(b1, "BESLUTAD", ahead, 2, 1, 1, 1);
        long r4 = rows.risk("R4", b, namnd, "IDENTIFIERAD", null);
        rows.assess(r4, "INNEBOENDE", 1, 1, "LAG");
        rows.exemption(b, namnd, "BEVILJAT", year + "-12-31");
        rows.exemption(b, namnd, "BEVILJAT", year + "-05-10");
        rows.exemption(b, namnd, "BEVILJAT", year + "-01-31");
        rows.exemption(b, namnd, "INSKICKAD", null);
        long service = rows.thirdCountryService("Tjänst " + s, b, namnd, b1);
        List<String> codes = rows.strings(APPLICABLE_CODES + " ORDER BY p.code LIMIT 4");
        rows.assessRequirement(service, codes.get(0), "UPPFYLLT");
        rows.assessRequirement(service, codes.get(1), "UPPFYLLT");
        rows.assessRequirement(service, codes.get(2), "EJ_TILLAMPLIGT");
        rows.assessRequirement(service, codes.get(3), "DELVIS");

        long plan = rows.plan(namnd, year, "FASTSTALLD");
        long p1 = rows.point(plan, "P1", "T1", "T2");
        long p2 = rows.point(plan, "P2", "T1");
        long p3 = rows.point(plan, "P3", "T2");
        long draft = rows.plan(a, year, "UTKAST");
        rows.point(draft, "P4", "T1");
        rows.followUp(p1, rows.periodId(year, "T1"), "UTAN_ANMARKNING");
        rows.followUp(p2, rows.periodId(year, "T1"), "EJ_GENOMFORD");
        rows.followUp(p3, rows.periodId(year, "T2"), "MED_AVVIKELSE");
        return new Tree(namnd, a, b, service);
    }

    /** The requirements of the published catalogue that apply at K 2, R 1, T 1, S 1, counted by hand. */
    static final String APPLICABLE_CODES = "SELECT p.code FROM protection_requirement p"
            + " JOIN requirement_catalogue c ON c.id = p.catalogue_id WHERE c.status = 'PUBLICERAD'"
            + " AND ((p.aspect = 'K' AND p.min_level <= 2) OR (p.aspect <> 'K' AND p.min_level <= 1))";

    private static long applicableAtK2(ReportRows rows) {
        return rows.strings(APPLICABLE_CODES).size();
    }

    /** The JSON and the CSV of the same request carry the same numbers, row for row. */
    private void assertSameNumbers(String path, String token) {
        var json = api().get(path, token).map();
        Map<String, String> fromJson = new HashMap<>();
        for (Map<String, Object> o : organisations(json)) {
            for (Map<String, Object> v : values(o)) {
                Object value = v.get("value");
                fromJson.put(
                        o.get("orgUnitId") + "|" + v.get("indicatorId") + "|" + v.get("subKey"),
                        value == null ? "" : plain(new BigDecimal(value.toString())));
            }
        }
        String csv = csv(path, token);
        String[] lines = csv.split("\r\n");
        assertEquals(ReportCsv.HEADER, lines[0]);
        Map<String, String> fromCsv = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(";", -1);
            String value = cells[cells.length - 1];
            fromCsv.put(
                    cells[5] + "|" + cells[cells.length - 3] + "|" + cells[cells.length - 2],
                    value.isEmpty() ? "" : plain(new BigDecimal(value)));
        }
        assertEquals(fromJson.size(), lines.length - 1, "one CSV row per organisation, indicator and sub-key");
        assertEquals(fromJson, fromCsv);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private String csv(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(embedded.getURI().resolve(path))
                .header("Accept", "text/csv")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(
                    response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                    response.headers().toString());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long unit(String code) {
        return new ReportRows(dataSource).single("SELECT id FROM org_unit WHERE code = '" + code + "'");
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> organisations(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("organisations");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> values(Map<String, Object> organisation) {
        return (List<Map<String, Object>>) organisation.get("values");
    }

    private static Map<String, Object> byId(List<Map<String, Object>> orgs, long id) {
        return orgs.stream()
                .filter(o -> ((Number) o.get("orgUnitId")).longValue() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no organisation " + id + " in " + orgs));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> period(List<Object> periods, String code) {
        return periods.stream()
                .map(p -> (Map<String, Object>) p)
                .filter(p -> code.equals(p.get("code")))
                .findFirst()
                .orElseThrow();
    }

    /** "IS-01/SHARE" → the value (absent when undefined). */
    private static Map<String, Double> figures(Map<String, Object> organisation) {
        Map<String, Double> out = new HashMap<>();
        for (Map<String, Object> v : values(organisation)) {
            Object value = v.get("value");
            if (value != null) {
                out.put(v.get("indicatorId") + "/" + v.get("subKey"), ((Number) value).doubleValue());
            }
        }
        return out;
    }
}
