package se.stockholm.varna.internalcontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.shared.FieldProblem;

/** The rules of an undantag that need no database, with fixed dates. */
class ExemptionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static ExemptionRequest request(String investigation, LocalDate until) {
        return new ExemptionRequest(
                7L,
                "Lokal sökmotor för hemtjänstens dokumentation",
                "Riktlinjen: stadsgemensamma it-lösningar ska användas",
                "K2-04",
                "En egen sökmotor i stället för stadens gemensamma.",
                investigation,
                null,
                "Ingen påverkan på den gemensamma sökplattformen.",
                until);
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void aCompleteRequestPasses() {
        assertEquals(List.of(), ExemptionRules.request(request("Risker: ...", TODAY.plusMonths(6)), TODAY));
    }

    @Test
    void aRequestWithoutUtredningOchKonsekvensbeskrivningIsRefusedOnTheFieldInvestigation() {
        for (String missing : new String[] {null, "", "   \n "}) {
            var problems = ExemptionRules.request(request(missing, TODAY.plusMonths(6)), TODAY);
            assertEquals(List.of("investigation"), fields(problems), "investigation=" + missing);
            assertTrue(problems.getFirst().message().contains("utredning och konsekvensbeskrivning"));
        }
    }

    @Test
    void everyMissingPartIsNamedAtOnce() {
        var empty = new ExemptionRequest(null, " ", null, null, "", null, null, null, null);
        assertEquals(
                List.of("title", "orgUnitId", "requirementRef", "deviation", "investigation", "requestedUntil"),
                fields(ExemptionRules.request(empty, TODAY)));
    }

    @Test
    void aRequirementCodeIsOptionalButMustLookLikeOne() {
        var noCode = new ExemptionRequest(
                7L, "Rubrik", "Krav", null, "Avvikelse", "Utredning", null, null, TODAY.plusDays(1));
        assertEquals(List.of(), ExemptionRules.request(noCode, TODAY));
        var odd = new ExemptionRequest(
                7L, "Rubrik", "Krav", "k2 04; DROP", "Avvikelse", "Utredning", null, null, TODAY.plusDays(1));
        assertEquals(List.of("requirementCode"), fields(ExemptionRules.request(odd, TODAY)));
    }

    @Test
    void anExemptionIsTimeBoxedAfterTodayAndAtMostThreeYearsAhead() {
        assertEquals(List.of("requestedUntil"), fields(ExemptionRules.request(request("Utredning", TODAY), TODAY)));
        assertEquals(List.of(), fields(ExemptionRules.request(request("Utredning", TODAY.plusYears(3)), TODAY)));
        assertEquals(
                List.of("requestedUntil"),
                fields(ExemptionRules.request(
                        request("Utredning", TODAY.plusYears(3).plusDays(1)), TODAY)));
    }

    @Test
    void grantingNeedsAValidUntilDateAfterTodayAndRejectingNeedsAReason() {
        assertEquals(
                List.of(),
                ExemptionRules.decision(
                        new ExemptionDecision("BEVILJAT", "Redovisa i maj.", TODAY.plusMonths(6), null), TODAY));
        assertEquals(
                List.of("validUntil"),
                fields(ExemptionRules.decision(new ExemptionDecision("BEVILJAT", null, null, null), TODAY)));
        assertEquals(
                List.of("validUntil"),
                fields(ExemptionRules.decision(new ExemptionDecision("BEVILJAT", null, TODAY, null), TODAY)));
        assertEquals(
                List.of("reason"),
                fields(ExemptionRules.decision(new ExemptionDecision("AVSLAGET", null, null, " "), TODAY)));
        assertEquals(
                List.of(),
                ExemptionRules.decision(new ExemptionDecision("AVSLAGET", null, null, "Saknar plan."), TODAY));
        assertEquals(
                List.of("outcome"),
                fields(ExemptionRules.decision(new ExemptionDecision("KANSKE", null, null, null), TODAY)));
        assertEquals(
                List.of("outcome"),
                fields(ExemptionRules.decision(new ExemptionDecision(null, null, TODAY.plusDays(9), "x"), TODAY)));
    }

    @Test
    void sendingBackNeedsAComment() {
        assertEquals(List.of("comment"), fields(ExemptionRules.sendBack(" ")));
        assertEquals(List.of("comment"), fields(ExemptionRules.sendBack(null)));
        assertEquals(List.of(), ExemptionRules.sendBack("Beskriv påverkan på den gemensamma plattformen."));
    }

    @Test
    void aGrantedExemptionExpiresTheDayAfterItsLastValidDay() {
        LocalDate last = LocalDate.of(2026, 6, 30);
        assertFalse(ExemptionRules.expired("BEVILJAT", last, LocalDate.of(2026, 6, 30)), "valid on its last day");
        assertTrue(ExemptionRules.expired("BEVILJAT", last, LocalDate.of(2026, 7, 1)));
        assertTrue(ExemptionRules.expired("BEVILJAT", last, TODAY));
        assertFalse(ExemptionRules.expired("AVSLAGET", last, TODAY), "only a granted exemption expires");
        assertFalse(ExemptionRules.expired("INSKICKAD", null, TODAY));
    }

    @Test
    void onlyDraftsAndSentBackRequestsChangeAndDecidedOnesNeverDo() {
        assertTrue(ExemptionRules.editable("UTKAST"));
        assertTrue(ExemptionRules.editable("KOMPLETTERING"));
        assertFalse(ExemptionRules.editable("INSKICKAD"));
        assertTrue(ExemptionRules.withdrawable("INSKICKAD"));
        for (String closed : List.of("BEVILJAT", "AVSLAGET", "ATERKALLAD")) {
            assertTrue(ExemptionRules.closed(closed), closed);
            assertFalse(ExemptionRules.withdrawable(closed), closed);
        }
        assertEquals(6, ExemptionRules.STATUSES.size());
    }
}
