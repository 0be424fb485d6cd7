package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stockholm.varna.risk.RiskActionService;
import se.stockholm.varna.risk.RiskActionView;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.Problems;

/**
 * Corrective åtgärder of an uppföljning with an avvikelse: planned as åtgärder of a risk the
 * kontrollmoment covers (the risk register's own actions, followed up there), and linked back here.
 */
@Singleton
public class FollowUpActionService {

    private final FollowUpService followUps;
    private final RiskActionService riskActions;
    private final JdbcOperations jdbc;
    private final ChangeEvents events;

    FollowUpActionService(
            FollowUpService followUps, RiskActionService riskActions, JdbcOperations jdbc, ChangeEvents events) {
        this.followUps = followUps;
        this.riskActions = riskActions;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public RiskActionView plan(
            CurrentUser user, long followUpId, @Nullable Long riskId, RiskActionService.ActionInput action) {
        InternalControlRoles.require(
                user, InternalControlRoles.FOLLOW_UP_RECORDERS, "Din roll ger inte behörighet att planera åtgärder.");
        FollowUpService.Located at = followUps.locate(user, followUpId);
        followUps.writablePeriod(at.plan(), at.period().code());
        if (!FollowUpRules.needsCorrection(at.followUp().result())) {
            throw Problems.conflict("Åtgärder planeras för en uppföljning med avvikelse eller som inte genomförts.");
        }
        if (at.point().risks().isEmpty()) {
            throw Problems.invalidField(
                    "riskId", "Kontrollmomentet har ingen risk; koppla det till en risk för att planera åtgärder.");
        }
        if (riskId == null || at.point().risks().stream().noneMatch(r -> r.id() == riskId)) {
            throw Problems.invalidField("riskId", "Välj en av kontrollmomentets risker.");
        }
        RiskActionView planned = riskActions.plan(user, riskId, action);
        jdbc.prepareStatement("INSERT INTO follow_up_action (follow_up_id, risk_action_id) VALUES (?, ?)", ps -> {
            ps.setLong(1, followUpId);
            ps.setLong(2, planned.id());
            return ps.executeUpdate();
        });
        events.publish(
                ControlPlanChangeService.ENTITY,
                at.plan().id(),
                "CORRECTIVE_ACTION_PLANNED",
                user.actor(),
                at.plan().orgUnitId(),
                null,
                java.util.Map.of("followUpId", followUpId, "action", planned));
        return planned;
    }
}
