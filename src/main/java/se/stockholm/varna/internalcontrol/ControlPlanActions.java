package se.stockholm.varna.internalcontrol;

import jakarta.inject.Singleton;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.Problems;

/** What the forms of a plan's page do: each posts to /internkontroll/planer/{id}/{action}. */
@Singleton
class ControlPlanActions {

    private final ControlPlanChangeService changes;
    private final ControlPointService points;

    ControlPlanActions(ControlPlanChangeService changes, ControlPointService points) {
        this.changes = changes;
        this.points = points;
    }

    void perform(CurrentUser user, long planId, String action, Map<String, String> f) {
        switch (action) {
            case "kontrollmoment" -> points.add(user, planId, ControlPlanForms.point(f));
            case "andra-kontrollmoment" ->
                points.change(user, pointOf(f), ControlPlanForms.point(f), ControlPlanForms.version(f));
            case "ta-bort-kontrollmoment" -> points.remove(user, pointOf(f), ControlPlanForms.version(f));
            case "vasentliga" -> changes.addSignificantRisks(user, planId, ControlPlanForms.version(f));
            case "faststall" ->
                changes.establish(
                        user,
                        planId,
                        ControlPlanForms.date(f.get("decidedOn"), "decidedOn"),
                        f.get("decisionReference"),
                        ControlPlanForms.version(f));
            case "revidera" -> changes.revise(user, planId, f.get("reason"), ControlPlanForms.version(f));
            default -> throw Problems.notFound("Sidan");
        }
    }

    private static long pointOf(Map<String, String> f) {
        return ControlPlanForms.number(f.get("pointId"), "pointId");
    }
}
