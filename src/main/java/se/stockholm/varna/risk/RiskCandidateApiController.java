package se.stockholm.varna.risk;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import se.stockholm.varna.api.RiskCandidatesApi;
import se.stockholm.varna.api.model.RiskCandidate;
import se.stockholm.varna.api.model.RiskCandidateAcceptance;
import se.stockholm.varna.api.model.RiskCandidateDismissal;
import se.stockholm.varna.api.model.RiskCandidateHosting;
import se.stockholm.varna.api.model.RiskCandidatePage;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.PageView;

/** The risk-candidates endpoints of openapi/varna.yaml: maps and delegates. */
@Controller
@AnyPersonRole
class RiskCandidateApiController implements RiskCandidatesApi {

    private final RiskCandidateService candidates;
    private final CurrentUsers users;

    RiskCandidateApiController(RiskCandidateService candidates, CurrentUsers users) {
        this.candidates = candidates;
        this.users = users;
    }

    @Override
    public RiskCandidatePage listRiskCandidates(String status, Long orgUnitId, Integer page, Integer size) {
        PageView<RiskCandidateView> result = candidates.list(
                users.current(), new RiskCandidateFilter(status, orgUnitId), PageRequest.of(page, size, 50));
        return new RiskCandidatePage(
                result.items().stream().map(RiskCandidateApiController::toApi).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @Override
    public RiskCandidate getRiskCandidate(Long id) {
        return toApi(candidates.get(users.current(), id));
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE, Roles.INFORMATIONSAGARE})
    public RiskCandidate dismissRiskCandidate(Long id, RiskCandidateDismissal body) {
        return toApi(candidates.dismiss(users.current(), id, body.getMotivation(), body.getVersion()));
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE, Roles.INFORMATIONSAGARE})
    public RiskCandidate acceptRiskCandidate(Long id, RiskCandidateAcceptance body) {
        var in = new RiskCandidateService.Acceptance(
                body.getOwnerUsername(), body.getContext(), body.getTitle(), body.getVersion());
        return toApi(candidates.accept(users.current(), id, in));
    }

    private static RiskCandidate toApi(RiskCandidateView c) {
        RiskCandidateView.Hosting h = c.hosting();
        return new RiskCandidate(
                        c.id(),
                        c.kind(),
                        c.status(),
                        c.title(),
                        c.orgUnitId(),
                        c.orgUnitName(),
                        time(c.createdAt()),
                        time(c.updatedAt()),
                        c.version())
                .detail(c.detail())
                .itServiceId(c.itServiceId())
                .itServiceName(c.itServiceName())
                .requirementCode(c.requirementCode())
                .assessmentStatus(c.assessmentStatus())
                .hosting(
                        h == null
                                ? null
                                : new RiskCandidateHosting(
                                        h.hosting(), h.cloud(), h.countries(), h.requiredK(), h.personalData()))
                .riskId(c.riskId())
                .decidedBy(c.decidedBy())
                .decidedAt(time(c.decidedAt()))
                .dismissMotivation(c.dismissMotivation());
    }

    private static ZonedDateTime time(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC);
    }
}
