package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * The åtgärder an organisation plans in answer to a finding and follows up: its samordnare or
 * informationsägare. New åtgärder only until the finding is closed; following up goes on after.
 */
@Singleton
public class FindingActionService {

    private final FindingActionRepository rows;
    private final ReviewService reads;
    private final ChangeEvents events;
    private final Clock clock;

    FindingActionService(FindingActionRepository rows, ReviewService reads, ChangeEvents events, Clock clock) {
        this.rows = rows;
        this.reads = reads;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public FindingActionView plan(
            CurrentUser user,
            long findingId,
            @Nullable String title,
            @Nullable String responsible,
            @Nullable LocalDate dueOn) {
        ReviewService.requireAnswerer(user);
        FindingView finding = reads.visibleFinding(user, findingId).view();
        if (finding.closed()) {
            throw Problems.conflict("Iakttagelsen är stängd och får inga nya åtgärder.");
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = FindingRules.action(title, responsible, dueOn, today);
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        LocalDateTime now = ReviewChangeService.now(clock);
        FindingActionEntity saved = rows.save(new FindingActionEntity(
                null, findingId, title.strip(), responsible.strip(), dueOn, "PLANERAD", user.username(), now, now, 0L));
        FindingActionView view = FindingActionView.of(saved, today);
        events.publish(
                ReviewService.ENTITY,
                finding.reviewId(),
                "FINDING_ACTION_PLANNED",
                user.actor(),
                finding.orgUnitId(),
                null,
                view);
        return view;
    }

    @Transactional
    public FindingActionView follow(
            CurrentUser user, long findingId, long actionId, @Nullable String status, @Nullable Long version) {
        ReviewService.requireAnswerer(user);
        FindingView finding = reads.visibleFinding(user, findingId).view();
        FindingActionEntity row = rows.findById(actionId)
                .filter(a -> a.findingId() == findingId)
                .orElseThrow(() -> Problems.notFound("Åtgärden"));
        List<FieldProblem> problems = FindingRules.actionStatus(status);
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        if (version == null || !version.equals(row.version())) {
            throw Problems.staleVersion();
        }
        LocalDate today = LocalDate.now(clock);
        FindingActionView before = FindingActionView.of(row, today);
        rows.update(row.withStatus(status, ReviewChangeService.now(clock), version));
        FindingActionView after = FindingActionView.of(rows.findById(actionId).orElseThrow(), today);
        events.publish(
                ReviewService.ENTITY,
                finding.reviewId(),
                "FINDING_ACTION_FOLLOWED_UP",
                user.actor(),
                finding.orgUnitId(),
                before,
                after);
        return after;
    }
}
