package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import se.stockholm.varna.organisation.Placement;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * The life of an iakttagelse (ADR 0014): the reviewer records and changes it (OPPEN), the samordnare
 * or informationsägare of its organisation answers (BESVARAD, again if needed), the reviewer verifies
 * and closes it (STANGD). Audited as part of its review's history.
 */
@Singleton
public class FindingService {

    private final FindingRepository rows;
    private final FindingQueries queries;
    private final ReviewService reads;
    private final ScopeService scopes;
    private final ChangeEvents events;
    private final Clock clock;

    FindingService(
            FindingRepository rows,
            FindingQueries queries,
            ReviewService reads,
            ScopeService scopes,
            ChangeEvents events,
            Clock clock) {
        this.rows = rows;
        this.queries = queries;
        this.reads = reads;
        this.scopes = scopes;
        this.events = events;
        this.clock = clock;
    }

    /** A new finding of a review that is not ended, for its audited unit or a unit under it. */
    @Transactional
    public FindingView record(CurrentUser user, long reviewId, FindingInput raw) {
        ReviewService.requireReviewer(user);
        ReviewQueries.Scoped review = reads.visible(user, reviewId);
        reads.requireManaging(user, review.path());
        if (review.view().ended()) {
            throw Problems.conflict("Granskningen är avslutad: dess rapport är slutlig och tar inga nya iakttagelser.");
        }
        FindingInput in = checked(user, raw, review.path());
        FindingEntity saved = rows.save(FindingEntity.recorded(reviewId, in, user.username(), now()));
        FindingView view = reads.finding(user, saved.id());
        events.publish(ReviewService.ENTITY, reviewId, "FINDING_RECORDED", user.actor(), in.orgUnitId(), null, view);
        return view;
    }

    /** Changes what the reviewer recorded, while the review is not ended and the finding not closed. */
    @Transactional
    public FindingView change(CurrentUser user, long id, FindingInput raw, @Nullable Long version) {
        ReviewService.requireReviewer(user);
        FindingQueries.Scoped found = reads.visibleFinding(user, id);
        reads.requireManaging(user, found.reviewPath());
        if (ReviewView.ENDED.equals(found.reviewStatus())) {
            throw Problems.conflict("Granskningen är avslutad: dess iakttagelser ändras inte längre.");
        }
        FindingView before = open(user, found, version);
        FindingInput in = checked(user, raw, found.reviewPath());
        FindingEntity row = rows.findById(id).orElseThrow(() -> Problems.notFound("Iakttagelsen"));
        rows.update(row.with(in, now(), version));
        return published(user, id, "FINDING_CHANGED", before);
    }

    /** The organisation's answer: what it does about the finding. Answering again replaces the answer. */
    @Transactional
    public FindingView answer(CurrentUser user, long id, @Nullable String response, @Nullable Long version) {
        ReviewService.requireAnswerer(user);
        FindingView before = open(user, reads.visibleFinding(user, id), version);
        List<FieldProblem> problems = FindingRules.response(response);
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        FindingEntity row = rows.findById(id).orElseThrow(() -> Problems.notFound("Iakttagelsen"));
        rows.update(row.answered(response.strip(), user.username(), now(), version));
        return published(user, id, "FINDING_ANSWERED", before);
    }

    /** The reviewer verifies the answer and closes the finding; the one who answered may not (R5.33). */
    @Transactional
    public FindingView close(CurrentUser user, long id, @Nullable String comment, @Nullable Long version) {
        ReviewService.requireReviewer(user);
        FindingQueries.Scoped found = reads.visibleFinding(user, id);
        reads.requireManaging(user, found.reviewPath());
        FindingView before = open(user, found, version);
        if (!FindingRules.closable(before.status())) {
            throw Problems.conflict(
                    "Iakttagelsen är inte besvarad än: organisationen svarar innan granskaren stänger.");
        }
        if (FindingRules.closesOwnAnswer(before.respondedBy(), user.username())) {
            throw Problems.forbidden(
                    "Den som har besvarat iakttagelsen stänger den inte: svaret granskas av någon annan.");
        }
        List<FieldProblem> problems = FindingRules.closing(comment);
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        FindingEntity row = rows.findById(id).orElseThrow(() -> Problems.notFound("Iakttagelsen"));
        rows.update(row.closed(comment.strip(), user.username(), now(), version));
        return published(user, id, "FINDING_CLOSED", before);
    }

    /** The finding as read now, refused when closed (409) or read at another version (409). */
    private FindingView open(CurrentUser user, FindingQueries.Scoped found, @Nullable Long version) {
        if (found.view().closed()) {
            throw Problems.conflict("Iakttagelsen är stängd.");
        }
        if (version == null || found.view().version() != version) {
            throw Problems.staleVersion();
        }
        return reads.finding(user, found.view().id());
    }

    private FindingInput checked(CurrentUser user, FindingInput raw, String reviewPath) {
        List<String> severities =
                queries.severities().stream().map(FindingSeverityView::code).toList();
        List<FieldProblem> problems = FindingRules.finding(raw, severities);
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        FindingInput in = FindingRules.normalized(raw);
        Placement placement = scopes.writablePlacement(user, in.orgUnitId());
        if (!placement.path().startsWith(reviewPath)) {
            throw Problems.invalidField("orgUnitId", "Välj den granskade organisationen eller en enhet under den.");
        }
        return in;
    }

    private FindingView published(CurrentUser user, long id, String action, FindingView before) {
        FindingView after = reads.finding(user, id);
        events.publish(ReviewService.ENTITY, after.reviewId(), action, user.actor(), after.orgUnitId(), before, after);
        return after;
    }

    private java.time.LocalDateTime now() {
        return ReviewChangeService.now(clock);
    }
}
