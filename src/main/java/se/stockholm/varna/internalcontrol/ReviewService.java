package se.stockholm.varna.internalcontrol;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.risk.RiskCandidateService;
import se.stockholm.varna.risk.RiskCandidateView;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.shared.Problems;

/**
 * Reads of granskningar and their iakttagelser, always inside the caller's scope, and who may do
 * what: granskare and the central function manage reviews whose audited unit they cover; samordnare
 * and informationsägare answer the findings of their organisations (ADR 0014).
 */
@Singleton
public class ReviewService {

    static final String ENTITY = "Review";
    static final List<String> REVIEWERS = List.of(Roles.GRANSKARE, Roles.CENTRAL_SAMORDNARE);
    static final List<String> ANSWERERS = List.of(Roles.SAMORDNARE, Roles.INFORMATIONSAGARE);

    private final ReviewQueries reviews;
    private final FindingQueries findings;
    private final FindingActionRepository actions;
    private final RiskCandidateService candidates;
    private final ScopeService scopes;
    private final Clock clock;

    ReviewService(
            ReviewQueries reviews,
            FindingQueries findings,
            FindingActionRepository actions,
            RiskCandidateService candidates,
            ScopeService scopes,
            Clock clock) {
        this.reviews = reviews;
        this.findings = findings;
        this.actions = actions;
        this.candidates = candidates;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReviewView get(CurrentUser user, long id) {
        requireReader(user);
        return visible(user, id).view();
    }

    @Transactional(readOnly = true)
    public PageView<ReviewView> list(CurrentUser user, ReviewFilter filter, PageRequest page) {
        requireReader(user);
        if (filter.status() != null && !ReviewRules.STATUSES.contains(filter.status())) {
            throw Problems.invalidField("status", "Välj PLANERAD, PAGAR eller AVSLUTAD.");
        }
        if (filter.kind() != null && !ReviewRules.KINDS.contains(filter.kind())) {
            throw Problems.invalidField("kind", "Välj INTERN eller EXTERN.");
        }
        String underPath = filter.orgUnitId() == null
                ? null
                : scopes.visiblePath(user, filter.orgUnitId())
                        .orElseThrow(() -> Problems.notFound("Organisationsenheten"));
        Scope scope = scopes.scopeOf(user);
        return new PageView<>(
                reviews.page(filter, underPath, scope, page),
                page.page(),
                page.size(),
                reviews.count(filter, underPath, scope));
    }

    /** A review with the findings the caller sees, each with what the caller may do to it. */
    @Transactional(readOnly = true)
    public ReviewDetail detail(CurrentUser user, long id) {
        requireReader(user);
        ReviewQueries.Scoped review = visible(user, id);
        Scope scope = scopes.scopeOf(user);
        boolean manage = user.hasAnyRole(REVIEWERS) && scope.covers(review.path());
        boolean record = manage && !review.view().ended();
        List<FindingQueries.Scoped> seen = findings.ofReview(id).stream()
                .filter(f -> scope.covers(f.path()))
                .toList();
        List<FindingView> complete =
                complete(user, seen.stream().map(FindingQueries.Scoped::view).toList());
        List<FindingCard> cards = new ArrayList<>();
        for (int i = 0; i < seen.size(); i++) {
            FindingView f = complete.get(i);
            boolean answerer =
                    user.hasAnyRole(ANSWERERS) && scope.covers(seen.get(i).path());
            cards.add(new FindingCard(
                    f,
                    record && !f.closed(),
                    answerer && !f.closed(),
                    answerer,
                    manage
                            && FindingRules.closable(f.status())
                            && !FindingRules.closesOwnAnswer(f.respondedBy(), user.username())));
        }
        return new ReviewDetail(review.view(), manage, record, cards);
    }

    /** The findings of a review that the caller sees, the most severe first. */
    @Transactional(readOnly = true)
    public List<FindingView> findings(CurrentUser user, long reviewId) {
        requireReader(user);
        visible(user, reviewId);
        Scope scope = scopes.scopeOf(user);
        return complete(
                user,
                findings.ofReview(reviewId).stream()
                        .filter(f -> scope.covers(f.path()))
                        .map(FindingQueries.Scoped::view)
                        .toList());
    }

    @Transactional(readOnly = true)
    public FindingView finding(CurrentUser user, long findingId) {
        requireReader(user);
        return complete(user, List.of(visibleFinding(user, findingId).view())).getFirst();
    }

    @Transactional(readOnly = true)
    public List<FindingSeverityView> severities(CurrentUser user) {
        requireReader(user);
        return findings.severities();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the user's role lets them register granskningar (scope aside). */
    public static boolean mayCreate(CurrentUser user) {
        return user.hasAnyRole(REVIEWERS);
    }

    ReviewQueries.Scoped visible(CurrentUser user, long id) {
        ReviewQueries.Scoped found = reviews.byId(id).orElseThrow(() -> Problems.notFound("Granskningen"));
        if (!found.visibleIn(scopes.scopeOf(user))) {
            throw Problems.notFound("Granskningen");
        }
        return found;
    }

    FindingQueries.Scoped visibleFinding(CurrentUser user, long id) {
        FindingQueries.Scoped found = findings.byId(id).orElseThrow(() -> Problems.notFound("Iakttagelsen"));
        if (!scopes.scopeOf(user).covers(found.path())) {
            throw Problems.notFound("Iakttagelsen");
        }
        return found;
    }

    /** A reviewer who sees the review only through one of its findings does not manage it. */
    void requireManaging(CurrentUser user, String reviewPath) {
        if (!scopes.scopeOf(user).covers(reviewPath)) {
            throw Problems.forbidden("Granskningen gäller en organisation utanför din behörighet att granska.");
        }
    }

    /** The findings with their åtgärder and the risk candidate each raised, in the same order. */
    private List<FindingView> complete(CurrentUser user, List<FindingView> heads) {
        if (heads.isEmpty()) {
            return heads;
        }
        LocalDate today = today();
        Map<Long, List<FindingActionView>> byFinding = new HashMap<>();
        actions.findByFindingIdInOrderByDueOn(
                        heads.stream().map(FindingView::id).toList())
                .forEach(a -> byFinding
                        .computeIfAbsent(a.findingId(), k -> new ArrayList<>())
                        .add(FindingActionView.of(a, today)));
        Map<String, RiskCandidateView> raised = candidates.byCauseKeys(
                user, heads.stream().map(f -> FindingView.causeKey(f.id())).toList());
        return heads.stream()
                .map(f -> {
                    RiskCandidateView c = raised.get(FindingView.causeKey(f.id()));
                    return f.with(
                            byFinding.getOrDefault(f.id(), List.of()),
                            c == null ? null : new FindingView.Candidate(c.id(), c.status(), c.riskId()));
                })
                .toList();
    }

    static void requireReader(CurrentUser user) {
        if (!user.hasAnyRole(Roles.PEOPLE)) {
            throw Problems.forbidden("Din roll ger inte behörighet att läsa granskningar.");
        }
    }

    static void requireReviewer(CurrentUser user) {
        if (!mayCreate(user)) {
            throw Problems.forbidden(
                    "Bara granskare och central samordnare registrerar granskningar och iakttagelser.");
        }
    }

    static void requireAnswerer(CurrentUser user) {
        if (!user.hasAnyRole(ANSWERERS)) {
            throw Problems.forbidden(
                    "Bara samordnare och informationsägare i den granskade organisationen besvarar iakttagelser.");
        }
    }
}
