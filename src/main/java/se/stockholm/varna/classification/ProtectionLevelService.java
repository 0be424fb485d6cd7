package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * The skyddsnivåer of an it-tjänst: read by anyone who may read the service; a systemägare in scope
 * records a level that differs from the inherited one (with a motivation) or removes it. Both are
 * audited on the it-tjänst.
 */
@Singleton
public class ProtectionLevelService {

    static final String SERVICE_ENTITY = "ItService";

    private final ServiceAccess access;
    private final ServiceProtection protection;
    private final ServiceLevelQueries rows;
    private final ScaleQueries scales;
    private final ChangeEvents events;

    ProtectionLevelService(
            ServiceAccess access,
            ServiceProtection protection,
            ServiceLevelQueries rows,
            ScaleQueries scales,
            ChangeEvents events) {
        this.access = access;
        this.protection = protection;
        this.rows = rows;
        this.scales = scales;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ProtectionLevelsView levels(CurrentUser user, long serviceId) {
        ServiceRow service = access.readable(user, serviceId);
        ScaleView scale = scales.scale();
        return protection.view(protection.compute(service, scale.aspectCodes()), access.scope(user), scale);
    }

    @Transactional
    public ProtectionLevelsView override(
            CurrentUser user, long serviceId, String aspect, @Nullable Integer level, @Nullable String motivation) {
        ServiceRow service = writable(user, serviceId);
        ScaleView scale = scales.scale();
        requireAspect(scale, aspect);
        ServiceProtection.Computed before = protection.compute(service, scale.aspectCodes());
        int inherited = before.inherited().get(aspect).level();
        List<FieldProblem> problems = ProtectionLevelRules.overrideProblems(level, motivation, inherited);
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        rows.saveOverride(serviceId, aspect, level, motivation.strip(), user.username(), access.now());
        return published(user, service, scale, "LEVEL_OVERRIDDEN", aspect, before);
    }

    @Transactional
    public ProtectionLevelsView removeOverride(CurrentUser user, long serviceId, String aspect) {
        ServiceRow service = writable(user, serviceId);
        ScaleView scale = scales.scale();
        requireAspect(scale, aspect);
        ServiceProtection.Computed before = protection.compute(service, scale.aspectCodes());
        if (!before.overrides().containsKey(aspect)) {
            throw Problems.notFound("En avvikande nivå för " + aspect);
        }
        rows.deleteOverride(serviceId, aspect);
        return published(user, service, scale, "LEVEL_OVERRIDE_REMOVED", aspect, before);
    }

    private ProtectionLevelsView published(
            CurrentUser user,
            ServiceRow service,
            ScaleView scale,
            String action,
            String aspect,
            ServiceProtection.Computed before) {
        ServiceProtection.Computed after = protection.compute(service, scale.aspectCodes());
        events.publish(
                SERVICE_ENTITY,
                service.id(),
                action,
                user.actor(),
                service.orgUnitId(),
                change(aspect, before),
                change(aspect, after));
        return protection.view(after, access.scope(user), scale);
    }

    /** The audited state of one aspect: inherited, recorded (with motivation) and required level. */
    private static Map<String, Object> change(String aspect, ServiceProtection.Computed c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("aspect", aspect);
        state.put("inheritedLevel", c.inherited().get(aspect).level());
        ProtectionLevelsView.LevelOverride recorded = c.overrides().get(aspect);
        if (recorded != null) {
            state.put("level", recorded.level());
            state.put("motivation", recorded.motivation());
        }
        state.put("requiredLevel", c.required(aspect));
        return state;
    }

    private ServiceRow writable(CurrentUser user, long serviceId) {
        return access.writable(
                user,
                serviceId,
                Roles.SYSTEMAGARE,
                "Bara systemägare får ange en avvikande skyddsnivå för en it-tjänst.");
    }

    private static void requireAspect(ScaleView scale, String aspect) {
        if (!scale.aspectCodes().contains(aspect)) {
            throw Problems.invalidField("aspect", "Okänd aspekt: " + aspect + ". Välj K, R, T eller S.");
        }
    }
}
