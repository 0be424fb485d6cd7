package se.stockholm.varna.internalcontrol;

import jakarta.inject.Singleton;
import java.util.List;
import se.stockholm.varna.risk.RiskCandidateSource;

/**
 * Findings the reviewer flagged ({@code raise_risk}) raise risk candidates of kind GRANSKNING until
 * they are closed (ADR 0014): the reviewer asks, the organisation's samordnare or informationsägare
 * decides in the inbox whether it is a risk. The state is severity and status, so a dismissed
 * candidate returns when the finding is answered or its severity changes.
 */
@Singleton
class FindingRiskCandidateSource implements RiskCandidateSource {

    private final FindingQueries findings;

    FindingRiskCandidateSource(FindingQueries findings) {
        this.findings = findings;
    }

    @Override
    public String kind() {
        return FindingView.CANDIDATE_KIND;
    }

    @Override
    public List<Cause> causes() {
        return findings.raisingRisk().stream()
                .map(FindingRiskCandidateSource::cause)
                .toList();
    }

    static Cause cause(FindingView f) {
        String detail = "Allvarlighetsgrad: " + f.severityName() + ". " + f.observation()
                + (f.recommendation() == null ? "" : " Rekommendation: " + f.recommendation());
        return new Cause(
                FindingView.causeKey(f.id()),
                f.severityCode() + "|" + f.status(),
                f.orgUnitId(),
                "Iakttagelse: " + f.title() + " (" + f.reviewTitle() + ")",
                detail);
    }
}
