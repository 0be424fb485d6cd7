package se.stockholm.varna.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.classification.ActionPlanGap;
import se.stockholm.varna.classification.HostingDecisionNeed;
import se.stockholm.varna.classification.Requirement;
import se.stockholm.varna.risk.RiskCandidateRules.Action;
import se.stockholm.varna.risk.RiskCandidateRules.Change;
import se.stockholm.varna.risk.RiskCandidateRules.Stored;

/** The sync rules: raising, following, outdating, non-recurrence after dismissal, and RISK staying RISK. */
class RiskCandidateRulesTest {

    static final Requirement K2 = new Requirement("K2-04", "K", 2, "IT_SAKERHET", "8.24", "Kryptering i vila", "Text");

    static RiskCandidateCause gap(String status, long version) {
        return RiskCandidateCause.of(new ActionPlanGap(12, "Procapita", 40, K2, status, "Saknas för backup.", version));
    }

    static RiskCandidateCause hosting(List<String> countries) {
        return RiskCandidateCause.of(
                new HostingDecisionNeed(13, "Enkätverktyg", 41, "TREDJELAND", true, countries, 2, true));
    }

    /** A stored candidate for the cause, in a status, raised from the cause's state. */
    static Stored stored(long id, RiskCandidateCause cause, String status) {
        return new Stored(id, cause.key(), cause.state(), status, cause.orgUnitId(), cause.title(), cause.detail(), 3);
    }

    static Change only(List<Change> changes) {
        assertEquals(1, changes.size(), changes.toString());
        return changes.getFirst();
    }

    @Test
    void aNewCauseRaisesANewCandidate() {
        RiskCandidateCause cause = gap("EJ_UPPFYLLT", 1);
        Change change = only(RiskCandidateRules.changes(List.of(), List.of(cause)));
        assertEquals(Action.RAISE, change.action());
        assertSame(cause, change.cause());
        assertNull(change.stored());
    }

    @Test
    void aNewCandidateWhoseCauseDisappearedBecomesOutdated() {
        Stored s = stored(7, gap("DELVIS", 2), RiskCandidateView.NEW);
        Change change = only(RiskCandidateRules.changes(List.of(s), List.of()));
        assertEquals(Action.OUTDATE, change.action());
        assertSame(s, change.stored());
    }

    @Test
    void anUnchangedCauseChangesNothing() {
        RiskCandidateCause cause = gap("DELVIS", 2);
        assertEquals(
                List.of(),
                RiskCandidateRules.changes(List.of(stored(7, cause, RiskCandidateView.NEW)), List.of(cause)));
    }

    @Test
    void aNewCandidateFollowsItsChangedCause() {
        Stored s = stored(7, gap("DELVIS", 2), RiskCandidateView.NEW);
        RiskCandidateCause now = gap("EJ_UPPFYLLT", 3);
        Change change = only(RiskCandidateRules.changes(List.of(s), List.of(now)));
        assertEquals(Action.REFRESH, change.action());
        assertSame(now, change.cause());
    }

    @Test
    void aDismissedCandidateWhoseCauseIsUnchangedStaysDismissed() {
        RiskCandidateCause cause = gap("DELVIS", 2);
        Stored dismissed = stored(7, cause, RiskCandidateView.DISMISSED);
        assertEquals(List.of(), RiskCandidateRules.changes(List.of(dismissed), List.of(cause)));
        assertEquals(
                List.of(), RiskCandidateRules.changes(List.of(dismissed), List.of()), "nor when the cause goes away");
        assertEquals(
                List.of(),
                RiskCandidateRules.changes(List.of(dismissed), List.of(cause)),
                "and not when it comes back the same");
    }

    @Test
    void aDismissedCandidateReturnsWhenItsCauseChanged() {
        Stored dismissed = stored(7, gap("DELVIS", 2), RiskCandidateView.DISMISSED);
        RiskCandidateCause reassessed = gap("DELVIS", 3);
        Change change = only(RiskCandidateRules.changes(List.of(dismissed), List.of(reassessed)));
        assertEquals(Action.REOPEN, change.action(), "a new self-assessment is a new statement of the gap");
        Stored dismissedHosting = stored(8, hosting(List.of("US")), RiskCandidateView.DISMISSED);
        assertEquals(
                Action.REOPEN,
                only(RiskCandidateRules.changes(List.of(dismissedHosting), List.of(hosting(List.of("IN", "US")))))
                        .action(),
                "a new country is a new hosting");
    }

    @Test
    void aRiskCandidateStaysRiskWhateverItsCauseDoes() {
        RiskCandidateCause cause = gap("DELVIS", 2);
        Stored risk = stored(7, cause, RiskCandidateView.RISK);
        assertEquals(List.of(), RiskCandidateRules.changes(List.of(risk), List.of(cause)));
        assertEquals(List.of(), RiskCandidateRules.changes(List.of(risk), List.of(gap("EJ_UPPFYLLT", 5))));
        assertEquals(List.of(), RiskCandidateRules.changes(List.of(risk), List.of()));
    }

    @Test
    void anOutdatedCandidateWhoseCauseIsBackIsNewAgainButStaysOutdatedOtherwise() {
        RiskCandidateCause cause = gap("DELVIS", 2);
        Stored outdated = stored(7, cause, RiskCandidateView.OUTDATED);
        assertEquals(
                Action.REOPEN,
                only(RiskCandidateRules.changes(List.of(outdated), List.of(cause)))
                        .action());
        assertEquals(List.of(), RiskCandidateRules.changes(List.of(outdated), List.of()));
    }

    @Test
    void changesComeInCauseKeyOrderSoThatConcurrentSyncsLockRowsAlike() {
        RiskCandidateCause a = gap("DELVIS", 2);
        RiskCandidateCause b = hosting(List.of("US"));
        Stored gone = new Stored(9, "HANDLINGSPLAN:99:K1-01", "DELVIS|1", RiskCandidateView.NEW, 40, "x", null, 1);
        List<String> keys = RiskCandidateRules.changes(List.of(gone), List.of(b, a)).stream()
                .map(c -> c.cause() != null ? c.cause().key() : c.stored().causeKey())
                .toList();
        assertEquals(List.of("DRIFTBESLUT:13", "HANDLINGSPLAN:12:K2-04", "HANDLINGSPLAN:99:K1-01"), keys);
    }

    @Test
    void aDismissalNeedsAMotivationOfAtMost2000Characters() {
        assertEquals("motivation", RiskCandidateRules.dismissal(null).getFirst().field());
        assertEquals(
                "motivation", RiskCandidateRules.dismissal("   ").getFirst().field());
        assertEquals(1, RiskCandidateRules.dismissal("x".repeat(2001)).size());
        assertTrue(RiskCandidateRules.dismissal("Kompenseras av avtalskrav.").isEmpty());
    }

    @Test
    void anAcceptedCandidateIsAboutLineOperationsOrTheSupplier() {
        assertTrue(RiskCandidateRules.acceptance("LINJEVERKSAMHET").isEmpty());
        assertTrue(RiskCandidateRules.acceptance("LEVERANTOR").isEmpty());
        assertEquals(
                "context", RiskCandidateRules.acceptance("PROJEKT").getFirst().field());
        assertEquals("context", RiskCandidateRules.acceptance(null).getFirst().field());
    }
}
