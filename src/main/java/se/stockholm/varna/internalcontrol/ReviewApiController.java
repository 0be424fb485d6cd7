package se.stockholm.varna.internalcontrol;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import se.stockholm.varna.api.ReviewsApi;
import se.stockholm.varna.api.model.Finding;
import se.stockholm.varna.api.model.FindingAction;
import se.stockholm.varna.api.model.FindingActionInput;
import se.stockholm.varna.api.model.FindingActionStatusInput;
import se.stockholm.varna.api.model.FindingCloseInput;
import se.stockholm.varna.api.model.FindingResponseInput;
import se.stockholm.varna.api.model.FindingRiskCandidate;
import se.stockholm.varna.api.model.FindingSeverity;
import se.stockholm.varna.api.model.FindingUpdate;
import se.stockholm.varna.api.model.Review;
import se.stockholm.varna.api.model.ReviewPage;
import se.stockholm.varna.api.model.ReviewUpdate;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;

/** The granskningar endpoints of openapi/varna.yaml: maps and delegates. */
@Controller
@AnyPersonRole
class ReviewApiController implements ReviewsApi {

    private final ReviewService reads;
    private final ReviewChangeService changes;
    private final FindingService findings;
    private final FindingActionService actions;
    private final CurrentUsers users;

    ReviewApiController(
            ReviewService reads,
            ReviewChangeService changes,
            FindingService findings,
            FindingActionService actions,
            CurrentUsers users) {
        this.reads = reads;
        this.changes = changes;
        this.findings = findings;
        this.actions = actions;
        this.users = users;
    }

    @Override
    public ReviewPage listReviews(String q, Long orgUnitId, String status, String kind, Integer page, Integer size) {
        var result = reads.list(
                users.current(), new ReviewFilter(q, orgUnitId, status, kind), PageRequest.of(page, size, 50));
        return new ReviewPage(
                result.items().stream().map(ReviewApiController::toApi).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @Override
    @Secured({Roles.GRANSKARE, Roles.CENTRAL_SAMORDNARE})
    public HttpResponse<Review> createReview(se.stockholm.varna.api.model.ReviewInput body) {
        ReviewView created = changes.create(users.current(), input(body));
        return HttpResponse.created(toApi(created)).header("Location", "/api/v1/reviews/" + created.id());
    }

    @Override
    public Review getReview(Long id) {
        return toApi(reads.get(users.current(), id));
    }

    @Override
    @Secured({Roles.GRANSKARE, Roles.CENTRAL_SAMORDNARE})
    public Review updateReview(Long id, ReviewUpdate b) {
        var in = new ReviewInput(
                b.getKind(),
                Boolean.TRUE.equals(b.getIndependent()),
                b.getTitle(),
                b.getScope(),
                b.getOrgUnitId(),
                b.getAuditorName(),
                b.getAuditorOrganisation(),
                b.getPlannedOn(),
                b.getStartedOn(),
                b.getEndedOn(),
                b.getStatus(),
                b.getReportReference());
        return toApi(changes.change(users.current(), id, in, b.getVersion()));
    }

    @Override
    public List<Finding> listReviewFindings(Long id) {
        return reads.findings(users.current(), id).stream()
                .map(ReviewApiController::toApi)
                .toList();
    }

    @Override
    @Secured({Roles.GRANSKARE, Roles.CENTRAL_SAMORDNARE})
    public HttpResponse<Finding> recordFinding(Long id, se.stockholm.varna.api.model.FindingInput b) {
        var in = new FindingInput(
                b.getTitle(),
                b.getObservation(),
                b.getSeverity(),
                b.getRecommendation(),
                b.getOrgUnitId(),
                Boolean.TRUE.equals(b.getRaiseRisk()));
        FindingView recorded = findings.record(users.current(), id, in);
        return HttpResponse.created(toApi(recorded)).header("Location", "/api/v1/findings/" + recorded.id());
    }

    @Override
    public Finding getFinding(Long id) {
        return toApi(reads.finding(users.current(), id));
    }

    @Override
    @Secured({Roles.GRANSKARE, Roles.CENTRAL_SAMORDNARE})
    public Finding updateFinding(Long id, FindingUpdate b) {
        var in = new FindingInput(
                b.getTitle(),
                b.getObservation(),
                b.getSeverity(),
                b.getRecommendation(),
                b.getOrgUnitId(),
                Boolean.TRUE.equals(b.getRaiseRisk()));
        return toApi(findings.change(users.current(), id, in, b.getVersion()));
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.INFORMATIONSAGARE})
    public Finding answerFinding(Long id, FindingResponseInput b) {
        return toApi(findings.answer(users.current(), id, b.getResponse(), b.getVersion()));
    }

    @Override
    @Secured({Roles.GRANSKARE, Roles.CENTRAL_SAMORDNARE})
    public Finding closeFinding(Long id, FindingCloseInput b) {
        return toApi(findings.close(users.current(), id, b.getComment(), b.getVersion()));
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.INFORMATIONSAGARE})
    public HttpResponse<FindingAction> planFindingAction(Long id, FindingActionInput b) {
        FindingActionView planned = actions.plan(users.current(), id, b.getTitle(), b.getResponsible(), b.getDueOn());
        return HttpResponse.created(toApi(planned));
    }

    @Override
    @Secured({Roles.SAMORDNARE, Roles.INFORMATIONSAGARE})
    public FindingAction followUpFindingAction(Long id, Long actionId, FindingActionStatusInput b) {
        return toApi(actions.follow(users.current(), id, actionId, b.getStatus(), b.getVersion()));
    }

    @Override
    public List<FindingSeverity> listFindingSeverities() {
        return reads.severities(users.current()).stream()
                .map(s -> new FindingSeverity(s.code(), s.name(), s.nameEn(), s.rank()).description(s.description()))
                .toList();
    }

    private static ReviewInput input(se.stockholm.varna.api.model.ReviewInput b) {
        return new ReviewInput(
                b.getKind(),
                Boolean.TRUE.equals(b.getIndependent()),
                b.getTitle(),
                b.getScope(),
                b.getOrgUnitId(),
                b.getAuditorName(),
                b.getAuditorOrganisation(),
                b.getPlannedOn(),
                b.getStartedOn(),
                b.getEndedOn(),
                b.getStatus(),
                b.getReportReference());
    }

    private static Review toApi(ReviewView r) {
        return new Review(
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
                        r.status(),
                        r.findingCount(),
                        r.openFindingCount(),
                        r.createdBy(),
                        time(r.createdAt()),
                        r.version())
                .auditorOrganisation(r.auditorOrganisation())
                .plannedOn(r.plannedOn())
                .startedOn(r.startedOn())
                .endedOn(r.endedOn())
                .reportReference(r.reportReference());
    }

    private static Finding toApi(FindingView f) {
        FindingView.Candidate c = f.riskCandidate();
        return new Finding(
                        f.id(),
                        f.reviewId(),
                        f.reviewTitle(),
                        f.title(),
                        f.observation(),
                        f.severityCode(),
                        f.severityName(),
                        f.orgUnitId(),
                        f.orgUnitName(),
                        f.raiseRisk(),
                        f.status(),
                        f.createdBy(),
                        time(f.createdAt()),
                        f.actions().stream().map(ReviewApiController::toApi).toList(),
                        f.version())
                .recommendation(f.recommendation())
                .response(f.response())
                .respondedBy(f.respondedBy())
                .respondedAt(time(f.respondedAt()))
                .closingComment(f.closingComment())
                .closedBy(f.closedBy())
                .closedAt(time(f.closedAt()))
                .riskCandidate(c == null ? null : new FindingRiskCandidate(c.id(), c.status()).riskId(c.riskId()));
    }

    private static FindingAction toApi(FindingActionView a) {
        return new FindingAction(
                a.id(), a.findingId(), a.title(), a.responsible(), a.dueOn(), a.status(), a.overdue(), a.version());
    }

    private static ZonedDateTime time(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC);
    }
}
