package se.stockholm.varna.internalcontrol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.stockholm.varna.internalcontrol.InternalControlSteps.id;
import static se.stockholm.varna.internalcontrol.InternalControlSteps.list;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.TestClock;
import se.stockholm.varna.testsupport.Tokens;

/** Uppföljning per period through the API: what is missing, avvikelser with åtgärder, closed periods, evidence. */
@MicronautTest
class FollowUpApiIT extends ServerBackedTest {

    static final int EVIDENCE_LIMIT = 4096;

    final TestClock clock = new TestClock(Instant.parse("2033-05-10T09:00:00Z"));

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("varna.evidence.max-bytes", String.valueOf(EVIDENCE_LIMIT));
    }

    @Test
    void followUpsAreRecordedPerPeriodAndTheMissingOnesAreListed() {
        clock.set(Instant.parse("2033-05-10T09:00:00Z"));
        var s = new InternalControlSteps(api());
        long risk = id(s.risk("Utskrivna journaler lämnas framme", true));
        var plan = s.brommaPlan(2033, false);
        long yearly = id(s.addPoint(plan, "Rondering av arbetsplatser", List.of(risk), List.of("T2", "VB"))
                .map());
        long tertial = id(s.addPoint(plan, "Kontroll av utskriftsköer", List.of(risk), List.of("T1", "T2"))
                .map());
        assertEquals(
                409,
                s.followUp("samordnare.bromma", tertial, "T1", "UTAN_ANMARKNING", null, null)
                        .status(),
                "the plan is not fastställd yet");
        assertEquals(200, s.establish(s.plan(plan.get("id")), "2033-01-10").status());

        String missingPath = "/api/v1/follow-ups/missing?year=2033&orgUnitId=" + s.unitId("SDN-BROMMA");
        var missing = api().get(missingPath, Tokens.user("samordnare.bromma")).list();
        assertEquals(4, ofPlan(missing, plan).size(), "T1 and T2 of one, T2 and VB of the other: " + missing);
        assertTrue(
                ofPlan(missing, plan).stream()
                        .anyMatch(m -> m.get("periodCode").equals("T1") && Boolean.TRUE.equals(m.get("late"))),
                "T1 ended in April");
        assertTrue(api().get(missingPath, Tokens.user("lasare.farsta")).status() == 404, "a subtree outside scope");

        assertEquals(
                200,
                s.followUp("agare.bromma", tertial, "T1", "UTAN_ANMARKNING", null, null)
                        .status(),
                "an informationsägare reports too");
        var noComment = s.followUp("samordnare.bromma", yearly, "T2", "MED_AVVIKELSE", " ", null);
        assertEquals(400, noComment.status());
        assertTrue(noComment.body().contains("\"field\":\"comment\""), noComment.body());
        var deviation = s.followUp(
                "samordnare.bromma", yearly, "T2", "MED_AVVIKELSE", "Tre journaler låg framme i personalrummet.", null);
        assertEquals(200, deviation.status(), deviation.body());
        assertEquals(
                400,
                s.followUp("samordnare.bromma", yearly, "T1", "UTAN_ANMARKNING", null, null)
                        .status(),
                "not reported in T1");
        assertEquals(
                409,
                s.followUp("samordnare.bromma", yearly, "T2", "UTAN_ANMARKNING", null, null)
                        .status(),
                "someone already reported: stale");
        assertEquals(
                403,
                s.followUp("lasare.farsta", yearly, "T2", "UTAN_ANMARKNING", null, null)
                        .status());
        assertEquals(
                404,
                s.followUp("samordnare.farsta", yearly, "T2", "UTAN_ANMARKNING", null, null)
                        .status());
        var corrected = s.followUp(
                "samordnare.bromma",
                yearly,
                "T2",
                "MED_AVVIKELSE",
                "Fyra journaler låg framme.",
                deviation.map().get("version"));
        assertEquals(200, corrected.status(), corrected.body());

        var remaining =
                ofPlan(api().get(missingPath, Tokens.user("samordnare.bromma")).list(), plan);
        assertEquals(2, remaining.size(), remaining.toString());
        assertFalse(remaining.stream()
                .anyMatch(m -> ((Number) m.get("controlPointId")).longValue() == yearly
                        && m.get("periodCode").equals("T2")));

        String actions = "/api/v1/follow-ups/" + corrected.map().get("id") + "/actions";
        Map<String, Object> action = Map.of(
                "riskId",
                risk,
                "title",
                "Låsbara skåp i personalrummet",
                "responsible",
                "Enhetschef",
                "dueOn",
                "2033-06-30");
        var planned = api().post(actions, Tokens.user("samordnare.bromma"), action);
        assertEquals(201, planned.status(), planned.body());
        assertEquals(
                risk,
                ((Number) planned.map().get("riskId")).longValue(),
                "a corrective åtgärd is an åtgärd of the risk");
        var other = id(s.risk("Annan risk", false));
        var wrongRisk = api().post(
                        actions,
                        Tokens.user("samordnare.bromma"),
                        Map.of("riskId", other, "title", "x", "responsible", "y", "dueOn", "2033-06-30"));
        assertEquals(400, wrongRisk.status(), "only a risk the kontrollmoment covers");
        var withAction = api().get("/api/v1/follow-ups/" + corrected.map().get("id"), Tokens.user("agare.bromma"))
                .map();
        assertEquals(
                "Låsbara skåp i personalrummet",
                list(withAction, "actions").get(0).get("title"));
        var riskActions = api().get("/api/v1/risks/" + risk + "/actions", Tokens.user("agare.bromma"))
                .list();
        assertEquals(1, riskActions.size(), "and it is followed up in the risk register");

        var sheet = api().get("/api/v1/control-plans/" + plan.get("id") + "/follow-ups/T2", Tokens.user("agare.bromma"))
                .map();
        assertEquals(2, list(sheet, "rows").size());
    }

    @Test
    void aClosedPeriodIsFrozenAndReopensOnlyWithAReason() {
        clock.set(Instant.parse("2036-09-10T09:00:00Z"));
        var s = new InternalControlSteps(api());
        long risk = id(s.risk("Reservrutiner för larm saknas", true));
        var plan = s.brommaPlan(2036, false);
        long point = id(s.addPoint(plan, "Övning av reservrutin", List.of(risk), List.of("T2"))
                .map());
        assertEquals(200, s.establish(s.plan(plan.get("id")), "2036-01-10").status());
        var t2 = list(s.plan(plan.get("id")), "periods").stream()
                .filter(p -> p.get("code").equals("T2"))
                .findFirst()
                .orElseThrow();
        String close = "/api/v1/reporting-periods/" + t2.get("id") + "/close";
        assertEquals(
                403,
                api().post(close, Tokens.user("samordnare.bromma"), Map.of("version", t2.get("version")))
                        .status());
        var closed = api().post(close, Tokens.user("central"), Map.of("version", t2.get("version")));
        assertEquals(200, closed.status(), closed.body());
        assertEquals("STANGD", closed.map().get("status"));
        assertEquals(
                409,
                s.followUp("samordnare.bromma", point, "T2", "UTAN_ANMARKNING", null, null)
                        .status(),
                "frozen");
        String reopen = "/api/v1/reporting-periods/" + t2.get("id") + "/reopen";
        var noReason = api().post(
                        reopen,
                        Tokens.user("central"),
                        Map.of("reason", "", "version", closed.map().get("version")));
        assertEquals(400, noReason.status());
        var reopened = api().post(
                        reopen,
                        Tokens.user("central"),
                        Map.of(
                                "reason",
                                "Rättelse av Brommas T2",
                                "version",
                                closed.map().get("version")));
        assertEquals(200, reopened.status(), reopened.body());
        assertEquals(
                200,
                s.followUp("samordnare.bromma", point, "T2", "UTAN_ANMARKNING", null, null)
                        .status());

        var configured = api().put(
                        "/api/v1/reporting-periods/years/2037",
                        Tokens.user("central"),
                        Map.of("codes", List.of("T2", "VB")));
        assertEquals(200, configured.status(), configured.body());
        assertEquals(
                List.of("T2", "VB"),
                configured.list().stream().map(p -> ((Map<?, ?>) p).get("code")).toList(),
                "the city dropped T1 for 2037");
        var dropUsed = api().put(
                        "/api/v1/reporting-periods/years/2036", Tokens.user("central"), Map.of("codes", List.of("VB")));
        assertEquals(409, dropUsed.status(), "a period with follow-ups stays");
        assertEquals(
                403,
                api().put(
                                "/api/v1/reporting-periods/years/2037",
                                Tokens.user("samordnare.bromma"),
                                Map.of("codes", List.of("VB")))
                        .status());
    }

    @Test
    void evidenceRefusesOversizeAndDisallowedTypesAndIsNeverServedOutsideScope() {
        clock.set(Instant.parse("2034-09-01T09:00:00Z"));
        var s = new InternalControlSteps(api());
        long risk = id(s.risk("Behörighetslistor saknas", true));
        var plan = s.brommaPlan(2034, false);
        long point = id(s.addPoint(plan, "Behörighetsgenomgång", List.of(risk), List.of("T2"))
                .map());
        assertEquals(200, s.establish(s.plan(plan.get("id")), "2034-01-10").status());
        var followUp = s.followUp("samordnare.bromma", point, "T2", "UTAN_ANMARKNING", null, null)
                .map();
        String upload = "/api/v1/follow-ups/" + followUp.get("id") + "/evidence";
        String token = Tokens.user("samordnare.bromma");

        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        var stored = api().upload(upload, token, "behorigheter.pdf", "application/pdf", pdf);
        assertEquals(201, stored.status(), stored.body());
        assertEquals("application/pdf", stored.map().get("contentType"));

        var exe = api().upload(upload, token, "verktyg.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0});
        assertEquals(415, exe.status(), exe.body());
        var disguised = api().upload(
                        upload,
                        token,
                        "rapport.pdf",
                        "application/pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, disguised.status(), "the bytes must be what the name says");
        byte[] big = Arrays.copyOf(pdf, EVIDENCE_LIMIT + 1);
        var oversize = api().upload(upload, token, "stor.pdf", "application/pdf", big);
        assertEquals(413, oversize.status(), oversize.body());
        assertTrue(oversize.isProblem(), oversize.contentType());
        assertEquals(
                403,
                api().upload(upload, Tokens.user("lasare.farsta"), "a.pdf", "application/pdf", pdf)
                        .status());
        assertEquals(
                404,
                api().upload(upload, Tokens.user("samordnare.farsta"), "a.pdf", "application/pdf", pdf)
                        .status());

        String file = upload + "/" + stored.map().get("id");
        var download = api().download(file, Tokens.user("agare.bromma"));
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(
                "nosniff",
                download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                404,
                api().download(file, Tokens.user("samordnare.farsta")).statusCode(),
                "outside the uploader's scope");
        assertEquals(404, api().download(file, Tokens.user("lasare.farsta")).statusCode());
        String guessed = "/api/v1/follow-ups/" + followUp.get("id") + "/evidence/" + (id(stored.map()) + 100000);
        assertEquals(
                404, api().download(guessed, Tokens.user("samordnare.bromma")).statusCode());
        assertEquals(
                1,
                list(
                                api().get("/api/v1/follow-ups/" + followUp.get("id"), token)
                                        .map(),
                                "evidence")
                        .size(),
                "refused files stored nothing");
    }

    private static List<Map<?, ?>> ofPlan(List<Object> missing, Map<String, Object> plan) {
        return missing.stream()
                .<Map<?, ?>>map(m -> (Map<?, ?>) m)
                .filter(m -> m.get("planId").equals(plan.get("id")))
                .toList();
    }
}
