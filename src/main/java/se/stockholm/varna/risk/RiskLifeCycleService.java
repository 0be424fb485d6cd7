package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * The risk's way through IDENTIFIERAD → BEDOMD → GRANSKAD → BESLUTAD → STANGD (MODEL.md §2, §5):
 * anyone who may identify risks assesses them; a samordnare (or the central function) reviews; the
 * informationsägare decides the treatment and closes. Changing the inherent or current assessment of
 * a reviewed risk sends it back to BEDOMD: the review was of something else.
 */
@Singleton
public class RiskLifeCycleService {

    private static final int REVIEW_MONTHS = 12;

    private final RiskRepository rows;
    private final RiskMatrixQueries matrices;
    private final RiskService reads;
    private final RiskChangeService changes;
    private final ChangeEvents events;
    private final Clock clock;

    RiskLifeCycleService(
            RiskRepository rows,
            RiskMatrixQueries matrices,
            RiskService reads,
            RiskChangeService changes,
            ChangeEvents events,
            Clock clock) {
        this.rows = rows;
        this.matrices = matrices;
        this.reads = reads;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public RiskView assess(
            CurrentUser user, long id, String kind, int likelihood, int consequence, String motivation, long version) {
        RiskChangeService.requireIdentifier(user);
        RiskView before = changes.open(user, id, version);
        if (kind == null || !RiskRules.KINDS.contains(kind)) {
            throw Problems.notFound("Bedömningen");
        }
        RiskMatrixView matrix = matrices.byId(before.matrixId()).orElseThrow();
        var problems = new ArrayList<FieldProblem>();
        if (likelihood < 1 || likelihood > matrix.likelihoodSteps()) {
            problems.add(new FieldProblem(
                    "likelihood", "Sannolikheten ska vara 1–" + matrix.likelihoodSteps() + " i riskens matris."));
        }
        if (consequence < 1 || consequence > matrix.consequenceSteps()) {
            problems.add(new FieldProblem(
                    "consequence", "Konsekvensen ska vara 1–" + matrix.consequenceSteps() + " i riskens matris."));
        }
        if (RiskRules.blank(motivation) || motivation.length() > 2000) {
            problems.add(new FieldProblem("motivation", "Motivera bedömningen (högst 2000 tecken)."));
        }
        if (!"INNEBOENDE".equals(kind) && before.assessment("INNEBOENDE").isEmpty()) {
            problems.add(new FieldProblem("kind", "Bedöm den inneboende risken först."));
        }
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        String band = matrix.band(likelihood, consequence).orElseThrow().code();
        rows.assess(id, kind, likelihood, consequence, band, motivation.strip(), user.username(), changes.now());
        String status = before.status();
        if (RiskView.IDENTIFIED.equals(status) && "INNEBOENDE".equals(kind)) {
            status = RiskView.ASSESSED;
        } else if (!"KVARVARANDE".equals(kind)
                && (RiskView.REVIEWED.equals(status) || RiskView.DECIDED.equals(status))) {
            status = RiskView.ASSESSED;
        }
        RiskEntity row = rows.findById(id).orElseThrow();
        rows.update(row.moved(status, row.nextReviewOn(), changes.now(), version));
        return published(user, id, "ASSESSED_" + kind, before);
    }

    @Transactional
    public RiskView review(CurrentUser user, long id, long version) {
        if (!user.hasAnyRole(List.of(Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE))) {
            throw Problems.forbidden("Bara samordnare granskar risker.");
        }
        RiskView before = inStatus(user, id, version, RiskView.ASSESSED, "Bara en bedömd risk kan granskas.");
        RiskEntity row = rows.findById(id).orElseThrow();
        rows.update(row.moved(RiskView.REVIEWED, row.nextReviewOn(), changes.now(), version));
        return published(user, id, "REVIEWED", before);
    }

    /** The risk owner's treatment decision; ACCEPTERA goes through {@link RiskAcceptanceService}. */
    @Transactional
    public RiskView decide(CurrentUser user, long id, String treatment, String motivation, long version) {
        requireOwner(user);
        RiskView before =
                inStatus(user, id, version, RiskView.REVIEWED, "Risken ska vara granskad innan den beslutas.");
        if (treatment == null || !RiskRules.TREATMENTS.contains(treatment) || "ACCEPTERA".equals(treatment)) {
            throw Problems.invalidField(
                    "treatment",
                    "Välj reducera, undvika eller överföra; att acceptera risken görs med en riskacceptans.");
        }
        if (RiskRules.blank(motivation) || motivation.length() > 2000) {
            throw Problems.invalidField("motivation", "Motivera beslutet (högst 2000 tecken).");
        }
        RiskEntity row = rows.findById(id).orElseThrow();
        RiskEntity treated = row.treated(treatment, motivation.strip(), changes.now(), version);
        rows.update(treated.moved(
                RiskView.DECIDED, LocalDate.now(clock).plusMonths(REVIEW_MONTHS), changes.now(), version));
        return published(user, id, "DECIDED", before);
    }

    @Transactional
    public RiskView close(CurrentUser user, long id, long version) {
        requireOwner(user);
        RiskView before = inStatus(user, id, version, RiskView.DECIDED, "Bara en beslutad risk kan stängas.");
        RiskEntity row = rows.findById(id).orElseThrow();
        rows.update(row.moved(RiskView.CLOSED, null, changes.now(), version));
        return published(user, id, "CLOSED", before);
    }

    /** Marks (or unmarks) the risk for the organisation's väsentlighets- och riskanalys. */
    @Transactional
    public RiskView markSignificant(CurrentUser user, long id, boolean significant, long version) {
        if (!user.hasAnyRole(List.of(Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE, Roles.INFORMATIONSAGARE))) {
            throw Problems.forbidden("Bara samordnare och informationsägare markerar väsentliga risker.");
        }
        RiskView before = changes.open(user, id, version);
        RiskEntity row = rows.findById(id).orElseThrow();
        rows.update(row.marked(significant, changes.now(), version));
        return published(user, id, significant ? "MARKED_SIGNIFICANT" : "UNMARKED_SIGNIFICANT", before);
    }

    RiskView inStatus(CurrentUser user, long id, long version, String status, String otherwise) {
        RiskView before = changes.open(user, id, version);
        if (!status.equals(before.status())) {
            throw Problems.conflict(otherwise);
        }
        return before;
    }

    RiskView published(CurrentUser user, long id, String action, @Nullable RiskView before) {
        RiskView after = reads.visible(user, id);
        events.publish(RiskChangeService.ENTITY, id, action, user.actor(), after.orgUnitId(), before, after);
        return after;
    }

    static void requireOwner(CurrentUser user) {
        if (!user.hasRole(Roles.INFORMATIONSAGARE)) {
            throw Problems.forbidden("Bara informationsägare beslutar om risker.");
        }
    }
}
