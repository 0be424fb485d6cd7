package se.stockholm.varna.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.classification.ActionPlanGap;
import se.stockholm.varna.classification.HostingDecisionNeed;

/** Cause keys, states and texts of candidates, and what the inbox reads back from a state. */
class RiskCandidateCauseTest {

    @Test
    void aGapIsKeyedByServiceAndRequirementAndItsStateIsTheAssessment() {
        RiskCandidateCause cause = RiskCandidateRulesTest.gap("DELVIS", 4);
        assertEquals("HANDLINGSPLAN", cause.kind());
        assertEquals("HANDLINGSPLAN:12:K2-04", cause.key());
        assertEquals("DELVIS|4", cause.state());
        assertEquals("Brist mot krav K2-04 Kryptering i vila i Procapita", cause.title());
        assertEquals("Saknas för backup.", cause.detail());
        assertEquals(40, cause.orgUnitId());
        assertEquals("DELVIS", RiskCandidateCause.assessmentStatus(cause.kind(), cause.state()));
        assertNull(RiskCandidateCause.hosting(cause.kind(), cause.state()));
    }

    @Test
    void aHostingNeedIsKeyedByServiceAndItsStateIsTheHostingFactsInAStableOrder() {
        RiskCandidateCause cause = RiskCandidateRulesTest.hosting(List.of("US", "IN"));
        assertEquals("DRIFTBESLUT:13", cause.key());
        assertEquals("TREDJELAND|true|IN,US|2|true", cause.state());
        assertEquals(
                cause.state(),
                RiskCandidateRulesTest.hosting(List.of("IN", "US")).state());
        RiskCandidateView.Hosting facts = RiskCandidateCause.hosting(cause.kind(), cause.state());
        assertEquals(new RiskCandidateView.Hosting("TREDJELAND", true, List.of("IN", "US"), 2, true), facts);
        var none = RiskCandidateCause.of(new HostingDecisionNeed(13, "Moln", 41, "EU_EES", true, List.of(), 0, true));
        assertEquals(
                List.of(), RiskCandidateCause.hosting(none.kind(), none.state()).countries());
        assertNull(RiskCandidateCause.assessmentStatus(cause.kind(), cause.state()));
    }

    @Test
    void titlesFitARiskTitleAndLongStatesStillShowAChange() {
        var longName = RiskCandidateCause.of(
                new ActionPlanGap(12, "x".repeat(400), 40, RiskCandidateRulesTest.K2, "DELVIS", "y".repeat(3000), 1));
        assertEquals(200, longName.title().length());
        assertEquals(2000, longName.detail().length());
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(String.format("%03d", i));
        }
        String a = RiskCandidateRulesTest.hosting(many).state();
        many.set(199, "ZZZ");
        String b = RiskCandidateRulesTest.hosting(many).state();
        assertTrue(a.length() <= 500 && b.length() <= 500);
        assertNotEquals(a, b, "the digest sees what the cut-off part hides");
    }

    @Test
    void anAcceptedCandidateDescribesItsCauseInTheRisk() {
        RiskCandidateView gap = view("HANDLINGSPLAN", "DELVIS|2", "K2-04", "Saknas för backup.");
        assertEquals("Kravet K2-04 är delvis uppfyllt: Saknas för backup.", RiskCandidateText.vulnerability(gap));
        assertTrue(RiskCandidateText.description(gap).contains("handlingsplanen för it-tjänsten Procapita"));
        RiskCandidateView hosting = view("DRIFTBESLUT", "TREDJELAND|true|US|2|true", null, null);
        String text = RiskCandidateText.vulnerability(hosting);
        assertTrue(text.contains("TREDJELAND, molntjänst, länder: US"), text);
        assertTrue(text.contains("K2") && text.contains("personuppgifter"), text);
    }

    static RiskCandidateView view(String kind, String state, String code, String detail) {
        Instant t = Instant.parse("2026-03-10T09:00:00Z");
        return new RiskCandidateView(
                5,
                kind,
                RiskCandidateView.NEW,
                "Titel",
                detail,
                40,
                "Socialförvaltningen",
                12L,
                "Procapita",
                code,
                RiskCandidateCause.assessmentStatus(kind, state),
                RiskCandidateCause.hosting(kind, state),
                null,
                null,
                null,
                null,
                t,
                t,
                1);
    }
}
