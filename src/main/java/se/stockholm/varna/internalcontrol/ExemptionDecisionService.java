package se.stockholm.varna.internalcontrol;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * SLK's side of an undantag (ADR 0015): the central function may send a submitted request back for
 * komplettering with a comment; only the undantagsbeslutare (the stadsdirektör or a delegate, R7.2)
 * decides it, beviljat with villkor and a last valid day, or avslaget with a motivering. The decision
 * records who, in which role and when, with a snapshot of what was decided, and is final.
 */
@Singleton
public class ExemptionDecisionService {

    private final ExemptionRepository rows;
    private final ExemptionService reads;
    private final ExemptionChangeService changes;
    private final JsonMapper json;

    ExemptionDecisionService(
            ExemptionRepository rows, ExemptionService reads, ExemptionChangeService changes, JsonMapper json) {
        this.rows = rows;
        this.reads = reads;
        this.changes = changes;
        this.json = json;
    }

    @Transactional
    public ExemptionView sendBack(CurrentUser user, long id, String comment, long version) {
        if (!user.hasRole(Roles.CENTRAL_SAMORDNARE)) {
            throw Problems.forbidden("Bara central samordnare skickar tillbaka en ansökan för komplettering.");
        }
        ExemptionView before = submitted(user, id, version, "Bara en inskickad ansökan kan skickas tillbaka.");
        List<FieldProblem> problems = ExemptionRules.sendBack(comment);
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        ExemptionChangeService.guard(rows.sendBack(id, version, user.username(), comment.strip(), changes.now()));
        return changes.published(user, id, "SENT_BACK", before);
    }

    @Transactional
    public ExemptionView decide(CurrentUser user, long id, ExemptionDecision decision, long version) {
        if (!user.hasRole(Roles.UNDANTAGSBESLUTARE)) {
            throw Problems.forbidden("Bara undantagsbeslutare (stadsdirektören eller den som har delegation)"
                    + " beslutar om undantag.");
        }
        ExemptionView before = submitted(user, id, version, "Bara en inskickad ansökan kan beslutas.");
        List<FieldProblem> problems = ExemptionRules.decision(decision, reads.today());
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        boolean granted = ExemptionView.GRANTED.equals(decision.outcome());
        ExemptionChangeService.guard(rows.decide(
                id,
                version,
                decision.outcome(),
                user.username(),
                user.displayName(),
                Roles.UNDANTAGSBESLUTARE,
                granted ? ExemptionRules.strip(decision.conditions()) : null,
                granted ? decision.validUntil() : null,
                ExemptionRules.strip(decision.reason()),
                changes.now()));
        rows.snapshot(id, snapshot(reads.visible(user, id)));
        return changes.published(user, id, granted ? "EXEMPTION_GRANTED" : "EXEMPTION_REJECTED", before);
    }

    private ExemptionView submitted(CurrentUser user, long id, long version, String otherwise) {
        return changes.open(user, id, version, ExemptionView.SUBMITTED::equals, otherwise);
    }

    private String snapshot(ExemptionView decided) {
        try {
            return json.writeValueAsString(decided.withoutSnapshot());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
