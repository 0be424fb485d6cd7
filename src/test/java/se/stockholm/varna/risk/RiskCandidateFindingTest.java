package se.stockholm.varna.risk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A candidate of a later source (an audit finding, kind GRANSKNING) has no it-tjänst and no
 * requirement: the inbox shows its own description, and the risk it may become starts from that
 * description, not from a hosting text.
 */
class RiskCandidateFindingTest {

    static RiskCandidateView finding() {
        return new RiskCandidateView(
                9,
                "GRANSKNING",
                RiskCandidateView.NEW,
                "Iakttagelse: Konton för slutade medarbetare är aktiva (Revision 2026)",
                "Allvarlighetsgrad: Hög. Elva av fyrtio stickprov avsåg konton för medarbetare som slutat.",
                50,
                "Hemtjänsten Bromma",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                RiskCandidateTemplatesTest.T,
                RiskCandidateTemplatesTest.T,
                0);
    }

    @Test
    void theInboxShowsAFindingsDescriptionAndOffersTriageWithoutAnItService() {
        String html = RiskCandidateTemplatesTest.render(
                List.of(finding()),
                true,
                RiskCandidatePagesController.Refusal.NONE,
                RiskCandidatePagesController.Done.NOTHING,
                "sv");
        assertTrue(html.contains("Iakttagelse vid granskning"), html);
        assertTrue(html.contains("Elva av fyrtio stickprov"), "the description is shown");
        assertFalse(html.contains("/it-tjanster/"), "no it-tjänst to link");
        assertTrue(html.contains("action=\"/risker/kandidater/9/godta\""));
        assertFalse(html.contains("??"));
        String english = RiskCandidateTemplatesTest.render(
                List.of(finding()),
                false,
                RiskCandidatePagesController.Refusal.NONE,
                RiskCandidatePagesController.Done.NOTHING,
                "en");
        assertFalse(english.contains("??"), english);
    }

    @Test
    void theRiskStartsFromTheFindingsOwnDescription() {
        String description = RiskCandidateText.description(finding());
        assertTrue(description.startsWith("Från riskkandidat 9: Iakttagelse: Konton"), description);
        assertTrue(description.contains("Elva av fyrtio stickprov"), description);
        assertFalse(description.contains("molntjänst"), description);
        assertTrue(RiskRules.SOURCES.contains("GRANSKNING"), "the kind is a source a risk may have");
    }
}
