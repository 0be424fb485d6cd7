package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * The handlingsplan of an it-tjänst: the requirements of the published catalogue that its required
 * levels make applicable, each self-assessed by a systemägare in scope (audited on the it-tjänst,
 * optimistic locking by version), the fulfilment, and the upphandlingskrav export.
 */
@Singleton
public class ActionPlanService {

    private final ServiceAccess access;
    private final ServiceProtection protection;
    private final RequirementQueries requirements;
    private final RequirementAssessmentRepository assessments;
    private final HostingDecisionService hosting;
    private final ScaleQueries scales;
    private final ChangeEvents events;

    ActionPlanService(
            ServiceAccess access,
            ServiceProtection protection,
            RequirementQueries requirements,
            RequirementAssessmentRepository assessments,
            HostingDecisionService hosting,
            ScaleQueries scales,
            ChangeEvents events) {
        this.access = access;
        this.protection = protection;
        this.requirements = requirements;
        this.assessments = assessments;
        this.hosting = hosting;
        this.scales = scales;
        this.events = events;
    }

    /** A self-assessment: status, comment, and the version read (null or 0 for a first assessment). */
    public record AssessmentInput(@Nullable String status, @Nullable String comment, @Nullable Long version) {}

    @Transactional(readOnly = true)
    public ActionPlanView plan(CurrentUser user, long serviceId) {
        return plan(user, access.readable(user, serviceId));
    }

    @Transactional
    public ActionPlanView.Item assess(CurrentUser user, long serviceId, String code, AssessmentInput in) {
        ServiceRow service = access.writable(
                user, serviceId, Roles.SYSTEMAGARE, "Bara systemägare bedömer kraven i en it-tjänsts handlingsplan.");
        RequirementCatalogue catalogue = catalogue();
        Requirement requirement = catalogue.requirement(code).orElseThrow(() -> Problems.notFound("Kravet " + code));
        ScaleView scale = scales.scale();
        ServiceProtection.Computed levels = protection.compute(service, scale.aspectCodes());
        if (!ActionPlanRules.applicable(List.of(requirement), levels.required(), scale::inCatalogue)
                .contains(requirement)) {
            throw Problems.conflict("Kravet " + code + " gäller inte it-tjänsten med dess nuvarande skyddsnivåer.");
        }
        List<FieldProblem> problems = ActionPlanRules.assessmentProblems(in.status(), in.comment());
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        String comment = in.comment() == null || in.comment().isBlank()
                ? null
                : in.comment().strip();
        long version = in.version() == null ? 0L : in.version();
        var existing = assessments.findByItServiceIdAndRequirementCode(serviceId, code);
        if (existing.map(RequirementAssessmentEntity::version).orElse(0L) != version) {
            throw Problems.staleVersion();
        }
        if (existing.isPresent()) {
            assessments.update(existing.get().assessed(in.status(), comment, user.username(), access.now(), version));
        } else {
            assessments.insertFirst(serviceId, code, in.status(), comment, user.username(), access.now());
        }
        RequirementAssessmentEntity saved =
                assessments.findByItServiceIdAndRequirementCode(serviceId, code).orElseThrow();
        ActionPlanView.Item after = Assessment.item(requirement, assessment(saved));
        events.publish(
                ProtectionLevelService.SERVICE_ENTITY,
                serviceId,
                "REQUIREMENT_ASSESSED",
                user.actor(),
                service.orgUnitId(),
                existing.map(e -> audited(assessment(e))).orElse(null),
                audited(assessment(saved)));
        return after;
    }

    /** The applicable requirements as upphandlingskrav, for the CSV export and the printable page. */
    @Transactional(readOnly = true)
    public ProcurementRequirements procurement(CurrentUser user, long serviceId) {
        ActionPlanView plan = plan(user, serviceId);
        return new ProcurementRequirements(
                plan.itServiceId(),
                plan.itServiceName(),
                plan.levels(),
                plan.catalogueVersion(),
                plan.requirements().stream()
                        .map(ActionPlanView.Item::requirement)
                        .toList(),
                scales.scale());
    }

    ActionPlanView plan(CurrentUser user, ServiceRow service) {
        ScaleView scale = scales.scale();
        ServiceProtection.Computed levels = protection.compute(service, scale.aspectCodes());
        RequirementCatalogue catalogue = catalogue();
        Map<String, Assessment> done =
                requirements.assessments(List.of(service.id())).getOrDefault(service.id(), Map.of());
        List<ActionPlanView.Item> items =
                ActionPlanRules.applicable(catalogue.requirements(), levels.required(), scale::inCatalogue).stream()
                        .map(r -> Assessment.item(r, done.get(r.code())))
                        .toList();
        ScaleView.HandlingLabel label = scale.handlingLabel(levels.required(ServiceProtection.K));
        return new ActionPlanView(
                service.id(),
                service.name(),
                service.status(),
                protection.view(levels, access.scope(user), scale),
                new ScaleView.HandlingLabel(
                        label.kLevel(),
                        label.code(),
                        label.name(),
                        label.rule(),
                        label.openDataPossible() && !levels.personalData()),
                hosting.status(levels),
                catalogue.versionNo(),
                items,
                ActionPlanRules.fulfilment(
                        items.stream().map(ActionPlanView.Item::status).toList()));
    }

    private RequirementCatalogue catalogue() {
        return requirements.published().orElseThrow(() -> Problems.conflict("Ingen kravkatalog är publicerad."));
    }

    private static Assessment assessment(RequirementAssessmentEntity e) {
        return new Assessment(
                e.requirementCode(),
                e.status(),
                e.comment(),
                e.assessedBy(),
                e.assessedAt().toInstant(ZoneOffset.UTC),
                e.version() == null ? 0L : e.version());
    }

    private static Map<String, Object> audited(Assessment a) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("requirementCode", a.requirementCode());
        state.put("status", a.status());
        if (a.comment() != null) {
            state.put("comment", a.comment());
        }
        return state;
    }
}
