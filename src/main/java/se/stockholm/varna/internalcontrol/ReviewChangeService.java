package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import se.stockholm.varna.organisation.Placement;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * Registering and changing granskningar: granskare in their scope and the central function city-wide.
 * An ended review is not reopened; a review moved to another unit keeps its findings inside it.
 */
@Singleton
public class ReviewChangeService {

    private final ReviewRepository rows;
    private final ReviewQueries queries;
    private final ReviewService reads;
    private final ScopeService scopes;
    private final ChangeEvents events;
    private final Clock clock;

    ReviewChangeService(
            ReviewRepository rows,
            ReviewQueries queries,
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

    /** A new granskning of a unit in the caller's scope; status PLANERAD unless given. */
    @Transactional
    public ReviewView create(CurrentUser user, ReviewInput raw) {
        ReviewService.requireReviewer(user);
        ReviewInput in = checked(withDefaultStatus(raw));
        Placement placement = scopes.writablePlacement(user, in.orgUnitId());
        ReviewEntity saved =
                rows.save(ReviewEntity.created(in, placement.responsibleOrgId(), user.username(), now(clock)));
        ReviewView view = reads.visible(user, saved.id()).view();
        events.publish(ReviewService.ENTITY, saved.id(), "CREATED", user.actor(), placement.unitId(), null, view);
        return view;
    }

    @Transactional
    public ReviewView change(CurrentUser user, long id, ReviewInput raw, @Nullable Long version) {
        ReviewService.requireReviewer(user);
        ReviewQueries.Scoped before = reads.visible(user, id);
        reads.requireManaging(user, before.path());
        if (ReviewRules.reopens(before.view().status(), raw.status())) {
            throw Problems.conflict("En avslutad granskning öppnas inte igen: rapporten är slutlig.");
        }
        if (version == null || before.view().version() != version) {
            throw Problems.staleVersion();
        }
        ReviewInput in = checked(withDefaultStatus(raw));
        Placement placement = scopes.writablePlacement(user, in.orgUnitId());
        if (queries.findingsOutside(id, placement.path()) > 0) {
            throw Problems.invalidField(
                    "orgUnitId",
                    "Granskningens iakttagelser gäller enheter utanför den valda enheten; välj en enhet ovanför dem.");
        }
        ReviewEntity row = rows.findById(id).orElseThrow(() -> Problems.notFound("Granskningen"));
        rows.update(row.with(in, placement.responsibleOrgId(), now(clock), version));
        ReviewView after = reads.visible(user, id).view();
        events.publish(ReviewService.ENTITY, id, "CHANGED", user.actor(), after.orgUnitId(), before.view(), after);
        return after;
    }

    private static ReviewInput withDefaultStatus(ReviewInput in) {
        if (in.status() != null) {
            return in;
        }
        return new ReviewInput(
                in.kind(),
                in.independent(),
                in.title(),
                in.scope(),
                in.orgUnitId(),
                in.auditorName(),
                in.auditorOrganisation(),
                in.plannedOn(),
                in.startedOn(),
                in.endedOn(),
                ReviewView.PLANNED,
                in.reportReference());
    }

    private static ReviewInput checked(ReviewInput in) {
        List<FieldProblem> problems = ReviewRules.review(in);
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        return ReviewRules.normalized(in);
    }

    static LocalDateTime now(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
