package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;
import se.stockholm.varna.shared.SqlWhere;

/** Åtgärder of a risk's treatment: planned with a responsible person and a due date, followed up. */
@Singleton
public class RiskActionService {

    static final Set<String> STATUSES = Set.of("PLANERAD", "PAGAR", "KLAR", "STRUKEN");

    private final RiskActionRepository actions;
    private final RiskService reads;
    private final ScopeService scopes;
    private final ChangeEvents events;
    private final JdbcOperations jdbc;
    private final Clock clock;

    RiskActionService(
            RiskActionRepository actions,
            RiskService reads,
            ScopeService scopes,
            ChangeEvents events,
            JdbcOperations jdbc,
            Clock clock) {
        this.actions = actions;
        this.reads = reads;
        this.scopes = scopes;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What an åtgärd is. */
    public record ActionInput(
            String title,
            @Nullable String description,
            String responsible,
            LocalDate dueOn,
            @Nullable Long itServiceId,
            @Nullable String requirementCode) {}

    @Transactional(readOnly = true)
    public List<RiskActionView> ofRisk(CurrentUser user, long riskId) {
        reads.get(user, riskId);
        LocalDate today = LocalDate.now(clock);
        return actions.findByRiskIdOrderByDueOn(riskId).stream()
                .map(a -> RiskActionView.of(a, today))
                .toList();
    }

    @Transactional
    public RiskActionView plan(CurrentUser user, long riskId, ActionInput in) {
        RiskChangeService.requireIdentifier(user);
        RiskView risk = reads.visible(user, riskId);
        if (RiskView.CLOSED.equals(risk.status())) {
            throw Problems.conflict("En stängd risk får inga nya åtgärder.");
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (RiskRules.blank(in.title()) || in.title().length() > 200) {
            problems.add(new FieldProblem("title", "Ange vad som ska göras (högst 200 tecken)."));
        }
        if (RiskRules.blank(in.responsible()) || in.responsible().length() > 200) {
            problems.add(new FieldProblem("responsible", "Ange vem som ansvarar för åtgärden."));
        }
        if (in.dueOn() == null || in.dueOn().isBefore(today)) {
            problems.add(new FieldProblem("dueOn", "Ange ett slutdatum från och med i dag."));
        }
        if (in.description() != null && in.description().length() > 2000) {
            problems.add(new FieldProblem("description", "Högst 2000 tecken."));
        }
        if ((in.itServiceId() == null) != (RiskRules.blank(in.requirementCode()))) {
            problems.add(new FieldProblem("requirementCode", "Ange både it-tjänst och kravkod, eller ingen av dem."));
        }
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        var now = java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        RiskActionEntity saved = actions.save(new RiskActionEntity(
                null,
                riskId,
                in.title().strip(),
                RiskRules.strip(in.description()),
                in.responsible().strip(),
                in.dueOn(),
                "PLANERAD",
                in.itServiceId(),
                RiskRules.strip(in.requirementCode()),
                now,
                now,
                0L));
        RiskActionView view = RiskActionView.of(saved, today);
        events.publish(RiskChangeService.ENTITY, riskId, "ACTION_PLANNED", user.actor(), risk.orgUnitId(), null, view);
        return view;
    }

    @Transactional
    public RiskActionView follow(CurrentUser user, long riskId, long actionId, String status, long version) {
        RiskChangeService.requireIdentifier(user);
        RiskView risk = reads.visible(user, riskId);
        RiskActionEntity row = actions.findById(actionId)
                .filter(a -> a.riskId() == riskId)
                .orElseThrow(() -> Problems.notFound("Åtgärden"));
        if (status == null || !STATUSES.contains(status)) {
            throw Problems.invalidField("status", "Välj planerad, pågår, klar eller struken.");
        }
        if (row.version() != version) {
            throw Problems.staleVersion();
        }
        LocalDate today = LocalDate.now(clock);
        RiskActionView before = RiskActionView.of(row, today);
        var now = java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        RiskActionEntity updated = actions.update(row.withStatus(status, row.dueOn(), now, version));
        RiskActionView after = RiskActionView.of(updated, today);
        events.publish(
                RiskChangeService.ENTITY, riskId, "ACTION_FOLLOWED_UP", user.actor(), risk.orgUnitId(), before, after);
        return after;
    }

    /** Open åtgärder past their due date, in the caller's scope: counted on the risk pages. */
    @Transactional(readOnly = true)
    public long overdueCount(CurrentUser user) {
        RiskService.requireReader(user);
        SqlWhere where = new SqlWhere();
        where.and("x.status IN ('PLANERAD', 'PAGAR') AND x.due_on < ?", LocalDate.now(clock));
        where.and("r.status <> 'STANGD'");
        SqlWhere scoped = scopes.scopeOf(user).restrict(where, "u.path");
        return jdbc.prepareStatement(
                "SELECT COUNT(*) FROM risk_action x JOIN risk r ON r.id = x.risk_id JOIN org_unit u ON u.id = r.org_unit_id"
                        + " WHERE " + scoped.sql(),
                ps -> {
                    SqlWhere.bind(ps, scoped.params());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }
}
