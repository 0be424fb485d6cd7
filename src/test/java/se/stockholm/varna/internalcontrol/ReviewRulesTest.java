package se.stockholm.varna.internalcontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.risk.RiskCandidateSource;
import se.stockholm.varna.shared.FieldProblem;

/** The rules of granskningar and iakttagelser that need no database. */
class ReviewRulesTest {

    static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    static final List<String> SEVERITIES = List.of("LAG", "MEDEL", "HOG", "ALLVARLIG");

    static ReviewInput review(String kind, String status, LocalDate started, LocalDate ended) {
        return new ReviewInput(
                kind,
                true,
                " Revision av behörigheter ",
                "Behörighetshantering",
                20L,
                "Karin Revisor",
                "EXTERN".equals(kind) ? "Revisionsbyrån AB" : null,
                null,
                started,
                ended,
                status,
                " ");
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void aCompleteReviewPassesAndIsNormalised() {
        ReviewInput in = review("INTERN", "PLANERAD", null, null);
        assertEquals(List.of(), ReviewRules.review(in));
        ReviewInput normal = ReviewRules.normalized(in);
        assertEquals("Revision av behörigheter", normal.title());
        assertNull(normal.reportReference(), "a blank optional text is no text");
    }

    @Test
    void everyMissingPartIsNamedInSwedish() {
        var empty = new ReviewInput(null, false, " ", null, null, "", null, null, null, null, null, null);
        List<FieldProblem> problems = ReviewRules.review(empty);
        assertEquals(List.of("kind", "title", "scope", "orgUnitId", "auditorName", "status"), fields(problems));
        assertTrue(problems.getFirst().message().startsWith("Välj intern granskning"), problems.toString());
    }

    @Test
    void anExternalAuditNamesTheAuditorsOrganisation() {
        var in = new ReviewInput(
                "EXTERN", true, "Revision", "Allt", 20L, "Karin", " ", null, null, null, "PLANERAD", null);
        assertEquals(List.of("auditorOrganisation"), fields(ReviewRules.review(in)));
        var internal = new ReviewInput(
                "INTERN", false, "Granskning", "Allt", 20L, "Karin", null, null, null, null, "PLANERAD", null);
        assertEquals(List.of(), ReviewRules.review(internal), "an internal review need not");
    }

    @Test
    void aReviewUnderWayHasStartedAnEndedOneHasEndedNotBeforeItStarted() {
        assertEquals(List.of("startedOn"), fields(ReviewRules.review(review("INTERN", "PAGAR", null, null))));
        assertEquals(
                List.of("endedOn"),
                fields(ReviewRules.review(review("INTERN", "AVSLUTAD", TODAY, null))),
                "an ended review has an end date");
        assertEquals(
                List.of("endedOn"),
                fields(ReviewRules.review(review("INTERN", "PAGAR", TODAY, TODAY))),
                "only an ended review has one");
        assertEquals(
                List.of("endedOn"),
                fields(ReviewRules.review(review("INTERN", "AVSLUTAD", TODAY, TODAY.minusDays(1)))));
        assertEquals(List.of(), ReviewRules.review(review("EXTERN", "AVSLUTAD", TODAY.minusDays(3), TODAY)));
    }

    @Test
    void anEndedReviewIsNeverReopenedButMayStayEnded() {
        assertTrue(ReviewRules.reopens("AVSLUTAD", "PAGAR"));
        assertTrue(ReviewRules.reopens("AVSLUTAD", null));
        assertFalse(ReviewRules.reopens("AVSLUTAD", "AVSLUTAD"));
        assertFalse(ReviewRules.reopens("PAGAR", "PLANERAD"), "before it ends, plans may change");
    }

    @Test
    void aFindingNeedsTitleObservationAKnownSeverityAndAnOrganisation() {
        var ok = new FindingInput(" Loggar ", "Loggar sparas i tre dagar.", "HOG", "", 22L, true);
        assertEquals(List.of(), FindingRules.finding(ok, SEVERITIES));
        FindingInput normal = FindingRules.normalized(ok);
        assertEquals("Loggar", normal.title());
        assertNull(normal.recommendation());
        var bad = new FindingInput("", null, "KRITISK", "x".repeat(4001), null, false);
        assertEquals(
                List.of("title", "observation", "severity", "recommendation", "orgUnitId"),
                fields(FindingRules.finding(bad, SEVERITIES)));
    }

    @Test
    void anAnswerAndAClosingSayWhatWasDoneAndWhatWasChecked() {
        assertEquals(List.of("response"), fields(FindingRules.response("  ")));
        assertEquals(List.of(), FindingRules.response("Vi inför en årlig genomgång."));
        assertEquals(List.of("comment"), fields(FindingRules.closing(null)));
        assertEquals(List.of("comment"), fields(FindingRules.closing("x".repeat(2001))));
        assertEquals(List.of(), FindingRules.closing("Protokollet från genomgången är kontrollerat."));
    }

    @Test
    void onlyAnAnsweredFindingClosesAndNotByTheOneWhoAnsweredIt() {
        assertTrue(FindingRules.closable("BESVARAD"));
        assertFalse(FindingRules.closable("OPPEN"), "the reviewer verifies an answer, not its absence");
        assertFalse(FindingRules.closable("STANGD"));
        assertTrue(FindingRules.closesOwnAnswer("samordnare.bromma", "samordnare.bromma"));
        assertFalse(FindingRules.closesOwnAnswer("samordnare.bromma", "granskare"));
        assertFalse(FindingRules.closesOwnAnswer(null, "granskare"));
    }

    @Test
    void anActionIsDueTodayOrLaterWithAResponsibleAndAKnownStatus() {
        assertEquals(List.of(), FindingRules.action("Genomgång", "Anna", TODAY, TODAY));
        assertEquals(
                List.of("title", "responsible", "dueOn"),
                fields(FindingRules.action(" ", null, TODAY.minusDays(1), TODAY)));
        assertEquals(List.of(), FindingRules.actionStatus("KLAR"));
        assertEquals(List.of("status"), fields(FindingRules.actionStatus("KANSKE")));
    }

    @Test
    void aFlaggedFindingIsACauseKeyedByItsIdWhoseStateIsSeverityAndStatus() {
        FindingView open = ReviewTemplatesTest.finding(12, "OPPEN", true, null);
        RiskCandidateSource.Cause cause = FindingRiskCandidateSource.cause(open);
        assertEquals("GRANSKNING:12", cause.key());
        assertEquals("HOG|OPPEN", cause.state());
        assertEquals(22, cause.orgUnitId());
        assertEquals(
                "Iakttagelse: Iakttagelse 12: behörigheter följs inte upp (Revision av behörighetshantering 2026)",
                cause.title());
        assertTrue(cause.detail().startsWith("Allvarlighetsgrad: Hög."), cause.detail());
        assertTrue(cause.detail().contains("Rekommendation: Inför en årlig behörighetsgenomgång."));
        FindingView answered = ReviewTemplatesTest.finding(12, "BESVARAD", true, null);
        assertFalse(
                cause.state().equals(FindingRiskCandidateSource.cause(answered).state()),
                "an answer changes the state, so a dismissed candidate returns");
    }

    @Test
    void aReportReferenceIsALinkOnlyWhenItIsAWebAddress() {
        assertEquals(
                "https://diarie.stad.example/1",
                withReport("https://diarie.stad.example/1").reportUrl());
        assertNull(withReport("KS 2026/123").reportUrl());
        assertNull(withReport("javascript:alert(1)").reportUrl());
        assertNull(withReport(null).reportUrl());
    }

    private static ReviewView withReport(String reference) {
        ReviewView r = ReviewTemplatesTest.review("PAGAR");
        return new ReviewView(
                r.id(),
                r.kind(),
                r.independent(),
                r.title(),
                r.scope(),
                r.orgUnitId(),
                r.orgUnitName(),
                r.responsibleOrgId(),
                r.responsibleOrgName(),
                r.auditorName(),
                r.auditorOrganisation(),
                r.plannedOn(),
                r.startedOn(),
                r.endedOn(),
                r.status(),
                reference,
                r.findingCount(),
                r.openFindingCount(),
                r.createdBy(),
                r.createdAt(),
                r.version());
    }
}
