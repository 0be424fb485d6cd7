package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.security.CurrentUser;

/**
 * Handlingsplan fulfilment per ansvarig organisation, over the active it-tjänster the caller may see
 * (optionally under one unit). Each organisation's rate is computed over the summed requirements of
 * its services, not as an average of service rates (ADR 0009). Also lists the gaps in a scope, from
 * which the risk register raises its candidates.
 */
@Singleton
public class FulfilmentService {

    private final ServiceAccess access;
    private final ServiceLevelQueries rows;
    private final ServiceProtection protection;
    private final RequirementQueries requirements;
    private final ScaleQueries scales;

    FulfilmentService(
            ServiceAccess access,
            ServiceLevelQueries rows,
            ServiceProtection protection,
            RequirementQueries requirements,
            ScaleQueries scales) {
        this.access = access;
        this.rows = rows;
        this.protection = protection;
        this.requirements = requirements;
        this.scales = scales;
    }

    @Transactional(readOnly = true)
    public FulfilmentReportView report(CurrentUser user, @Nullable Long orgUnitId) {
        String underPath = access.visiblePath(user, orgUnitId);
        List<ServiceRow> services = rows.activeServices(underPath, access.scope(user), false);
        ScaleView scale = scales.scale();
        List<Requirement> catalogue =
                requirements.published().map(RequirementCatalogue::requirements).orElse(List.of());
        List<Long> ids = services.stream().map(ServiceRow::id).toList();
        Map<Long, ServiceProtection.Computed> levels = protection.compute(services, scale.aspectCodes());
        Map<Long, Map<String, Assessment>> done = requirements.assessments(ids);

        Map<Long, FulfilmentReportView.Organisation> byOrganisation = new LinkedHashMap<>();
        FulfilmentView total = FulfilmentView.NONE;
        for (ServiceRow service : services) {
            Map<String, Assessment> assessed = done.getOrDefault(service.id(), Map.of());
            List<String> statuses = new ArrayList<>();
            ActionPlanRules.applicable(catalogue, levels.get(service.id()).required(), scale::inCatalogue)
                    .forEach(r -> statuses.add(
                            assessed.containsKey(r.code())
                                    ? assessed.get(r.code()).status()
                                    : null));
            FulfilmentView one = ActionPlanRules.fulfilment(statuses);
            total = total.plus(one);
            byOrganisation.merge(
                    service.responsibleOrgId(),
                    new FulfilmentReportView.Organisation(
                            service.responsibleOrgId(), service.responsibleOrgName(), 1, one),
                    (a, b) -> new FulfilmentReportView.Organisation(
                            a.orgUnitId(),
                            a.name(),
                            a.services() + b.services(),
                            a.fulfilment().plus(b.fulfilment())));
        }
        List<FulfilmentReportView.Organisation> organisations = byOrganisation.values().stream()
                .sorted(Comparator.comparing(FulfilmentReportView.Organisation::name))
                .toList();
        return new FulfilmentReportView(organisations, total);
    }

    /**
     * The summed fulfilment of the active it-tjänster in the scope per org unit the service belongs to
     * (not per ansvarig organisation), for reports that add subtrees up themselves. No user: the caller
     * decides who sees what.
     */
    @Transactional(readOnly = true)
    public Map<Long, FulfilmentView> byUnit(Scope scope) {
        return byUnit(rows.activeServices(null, scope, false));
    }

    /** As {@link #byUnit(Scope)}, for the services belonging to exactly these org units (not below them). */
    @Transactional(readOnly = true)
    public Map<Long, FulfilmentView> byUnitOfUnits(Collection<Long> orgUnitIds) {
        return orgUnitIds.isEmpty() ? Map.of() : byUnit(rows.activeServicesOfUnits(orgUnitIds, false));
    }

    private Map<Long, FulfilmentView> byUnit(List<ServiceRow> services) {
        ScaleView scale = scales.scale();
        List<Requirement> catalogue =
                requirements.published().map(RequirementCatalogue::requirements).orElse(List.of());
        Map<Long, ServiceProtection.Computed> levels = protection.compute(services, scale.aspectCodes());
        Map<Long, Map<String, Assessment>> done =
                requirements.assessments(services.stream().map(ServiceRow::id).toList());
        Map<Long, FulfilmentView> byUnit = new LinkedHashMap<>();
        for (ServiceRow service : services) {
            Map<String, Assessment> assessed = done.getOrDefault(service.id(), Map.of());
            List<String> statuses = new ArrayList<>();
            ActionPlanRules.applicable(catalogue, levels.get(service.id()).required(), scale::inCatalogue)
                    .forEach(r -> statuses.add(
                            assessed.containsKey(r.code())
                                    ? assessed.get(r.code()).status()
                                    : null));
            byUnit.merge(service.orgUnitId(), ActionPlanRules.fulfilment(statuses), FulfilmentView::plus);
        }
        return byUnit;
    }

    /**
     * Every gap (DELVIS, EJ_UPPFYLLT) of a requirement that still applies at its service's required
     * levels, over the active it-tjänster in the scope, by service and catalogue order. No user: the
     * caller decides who sees what (the risk register's candidate sync reads the whole city).
     */
    @Transactional(readOnly = true)
    public List<ActionPlanGap> gaps(Scope scope) {
        List<ServiceRow> services = rows.activeServices(null, scope, false);
        ScaleView scale = scales.scale();
        List<Requirement> catalogue =
                requirements.published().map(RequirementCatalogue::requirements).orElse(List.of());
        Map<Long, ServiceProtection.Computed> levels = protection.compute(services, scale.aspectCodes());
        Map<Long, Map<String, Assessment>> done =
                requirements.assessments(services.stream().map(ServiceRow::id).toList());
        List<ActionPlanGap> gaps = new ArrayList<>();
        for (ServiceRow service : services) {
            Map<String, Assessment> assessed = done.getOrDefault(service.id(), Map.of());
            for (Requirement r : ActionPlanRules.applicable(
                    catalogue, levels.get(service.id()).required(), scale::inCatalogue)) {
                Assessment a = assessed.get(r.code());
                if (a != null && Assessment.item(r, a).gap()) {
                    gaps.add(new ActionPlanGap(
                            service.id(),
                            service.name(),
                            service.orgUnitId(),
                            r,
                            a.status(),
                            a.comment(),
                            a.version()));
                }
            }
        }
        return gaps;
    }
}
