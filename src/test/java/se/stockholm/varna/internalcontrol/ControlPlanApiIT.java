package se.stockholm.varna.internalcontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.stockholm.varna.internalcontrol.InternalControlSteps.id;
import static se.stockholm.varna.internalcontrol.InternalControlSteps.list;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.TestClock;
import se.stockholm.varna.testsupport.Tokens;

/** Internkontrollplaner through the API: pre-fill from väsentliga risks, fastställd and revised, roles and scope. */
@MicronautTest
class ControlPlanApiIT extends ServerBackedTest {

    final TestClock clock = new TestClock(Instant.parse("2031-02-01T09:00:00Z"));

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    InternalControlSteps steps() {
        return new InternalControlSteps(api());
    }

    @Test
    void aPlanIsPrefilledWithOneControlPointPerSignificantRiskOfTheOrganisation() {
        clock.set(Instant.parse("2031-02-01T09:00:00Z"));
        var s = steps();
        long significant = id(s.risk("Behörigheter i hemtjänstsystemet ses inte över", true));
        long ordinary = id(s.risk("Skrivare i receptionen saknar inloggning", false));

        var plan = s.brommaPlan(2031, true);
        assertEquals("UTKAST", plan.get("status"));
        var points = list(plan, "points");
        Set<Long> covered = points.stream()
                .flatMap(p -> list(p, "risks").stream())
                .map(InternalControlSteps::id)
                .collect(Collectors.toSet());
        assertTrue(covered.contains(significant), "the väsentlig risk has a kontrollmoment");
        assertFalse(covered.contains(ordinary), "a risk not marked väsentlig has none");
        long expected = ((Number) api().get(
                                "/api/v1/risks?significant=true&size=200&orgUnitId=" + s.unitId("SDN-BROMMA"),
                                Tokens.user("samordnare.bromma"))
                        .map()
                        .get("total"))
                .longValue();
        assertEquals(expected, points.size(), "one kontrollmoment per open väsentlig risk of SDN-BROMMA");
        assertEquals(
                List.of("T1", "T2", "VB"),
                list(plan, "periods").stream().map(p -> p.get("code")).toList());
        assertEquals(List.of("T1", "T2", "VB"), points.get(0).get("periodCodes"), "reported in every period");

        var marked = api().put(
                        "/api/v1/risks/" + ordinary + "/significant",
                        Tokens.user("agare.bromma"),
                        Map.of(
                                "significant",
                                true,
                                "version",
                                api().get("/api/v1/risks/" + ordinary, Tokens.user("agare.bromma"))
                                        .map()
                                        .get("version")));
        assertEquals(200, marked.status(), marked.body());
        var added = api().post(
                        "/api/v1/control-plans/" + plan.get("id") + "/significant-risks",
                        Tokens.user("samordnare.bromma"),
                        Map.of("version", plan.get("version")));
        assertEquals(1L, ((Number) added.map().get("count")).longValue(), added.body());
        assertEquals(points.size() + 1, list(s.plan(plan.get("id")), "points").size());
    }

    @Test
    void onlyTheSamordnareInScopeMakesThePlanOfAnAnsvarigOrganisationOncePerYear() {
        clock.set(Instant.parse("2031-02-01T09:00:00Z"));
        var s = steps();
        long bromma = s.unitId("SDN-BROMMA");
        assertEquals(
                403,
                s.createPlan("agare.bromma", bromma, 2035, false).status(),
                "the owner reads the plan, the samordnare owns it");
        assertEquals(403, s.createPlan("lasare.farsta", bromma, 2035, false).status());
        var outside = s.createPlan("samordnare.farsta", bromma, 2035, false);
        assertEquals(400, outside.status());
        assertTrue(outside.body().contains("\"field\":\"orgUnitId\""), outside.body());
        var plan = s.brommaPlan(2035, false);
        assertEquals(
                409,
                s.createPlan("samordnare.bromma", bromma, 2035, false).status(),
                "one plan per organisation and year");
        assertEquals(
                404,
                api().get("/api/v1/control-plans/" + plan.get("id"), Tokens.user("lasare.farsta"))
                        .status());
        assertEquals(
                200,
                api().get("/api/v1/control-plans/" + plan.get("id"), Tokens.user("agare.bromma"))
                        .status());
        var farstaList = api().get("/api/v1/control-plans?year=2035", Tokens.user("samordnare.farsta"))
                .map();
        assertTrue(
                list(farstaList, "items").stream().noneMatch(p -> p.get("id").equals(plan.get("id"))),
                "not listed outside scope");
        assertEquals(400, s.createPlan("samordnare.bromma", bromma, 1999, false).status(), "a year out of range");
    }

    @Test
    void aFastställdPlanChangesOnlyThroughARecordedRevision() {
        clock.set(Instant.parse("2032-01-20T09:00:00Z"));
        var s = steps();
        long risk = id(s.risk("Loggar från journalsystemet granskas inte", true));
        var plan = s.brommaPlan(2032, false);
        var tooEmpty = s.establish(plan, "2032-01-15");
        assertEquals(400, tooEmpty.status());
        assertTrue(tooEmpty.body().contains("\"field\":\"points\""), tooEmpty.body());
        var point = s.addPoint(plan, "Logggranskning", List.of(risk), List.of("T2", "VB"));
        assertEquals(201, point.status(), point.body());
        var badPoint = s.addPoint(plan, "", List.of(risk), List.of("Q3"));
        assertEquals(400, badPoint.status());
        assertTrue(
                badPoint.body().contains("\"field\":\"periodCodes\"")
                        && badPoint.body().contains("\"field\":\"title\""),
                badPoint.body());

        plan = s.plan(plan.get("id"));
        assertEquals(400, s.establish(plan, "2032-02-01").status(), "a decision date in the future");
        var established = s.establish(plan, "2032-01-15");
        assertEquals(200, established.status(), established.body());
        assertEquals("FASTSTALLD", established.map().get("status"));
        assertEquals(409, s.establish(plan, "2032-01-15").status(), "stale version");

        var refused = s.addPoint(plan, "Extra kontroll", List.of(risk), List.of("VB"));
        assertEquals(409, refused.status(), "a fastställd plan takes no new kontrollmoment");
        var change = api().put(
                        "/api/v1/control-points/" + point.map().get("id"),
                        Tokens.user("samordnare.bromma"),
                        InternalControlSteps.point(
                                "Ändrad",
                                List.of(risk),
                                List.of("VB"),
                                point.map().get("version")));
        assertEquals(409, change.status(), "nor changes to one");
        assertEquals(
                409,
                api().delete(
                                "/api/v1/control-points/" + point.map().get("id") + "?version=0",
                                Tokens.user("samordnare.bromma"))
                        .status());

        var current = established.map();
        String revisions = "/api/v1/control-plans/" + current.get("id") + "/revisions";
        var noReason = api().post(
                        revisions,
                        Tokens.user("samordnare.bromma"),
                        Map.of("reason", " ", "version", current.get("version")));
        assertEquals(400, noReason.status());
        assertEquals(
                403,
                api().post(
                                revisions,
                                Tokens.user("agare.bromma"),
                                Map.of("reason", "x", "version", current.get("version")))
                        .status());
        var revising = api().post(
                        revisions,
                        Tokens.user("samordnare.bromma"),
                        Map.of("reason", "Ny risk efter byte av journalsystem", "version", current.get("version")));
        assertEquals(200, revising.status(), revising.body());
        assertEquals("UNDER_REVIDERING", revising.map().get("status"));
        assertEquals(
                201,
                s.addPoint(revising.map(), "Kontroll av nytt journalsystem", List.of(risk), List.of("VB"))
                        .status());

        var again = s.establish(s.plan(current.get("id")), "2032-01-20");
        assertEquals(200, again.status(), again.body());
        assertEquals("FASTSTALLD", again.map().get("status"));
        assertEquals(2, list(again.map(), "points").size());
        var revision = list(again.map(), "revisions").get(0);
        assertEquals("Ny risk efter byte av journalsystem", revision.get("reason"));
        assertEquals("2032-01-20", revision.get("decidedOn"));
        assertEquals("samordnare.bromma", revision.get("establishedBy"));
        long events = ((Number) api().get(
                                "/api/v1/audit-events?entityType=ControlPlan&entityId=" + current.get("id"),
                                Tokens.user("central"))
                        .map()
                        .get("total"))
                .longValue();
        assertTrue(events >= 6, "creation, point, decision, revision, point, decision are audited: " + events);
    }
}
