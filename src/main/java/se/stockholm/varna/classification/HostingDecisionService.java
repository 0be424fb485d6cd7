package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * Informationsägare decisions on cloud and third-country hosting (R1.35): an informationsägare in the
 * service's scope approves with conditions or rejects with a motivation; the decision keeps a
 * snapshot of what it was about, and covers the service only while its hosting, cloud flag and
 * countries stay the same. Lists the services in scope that need a decision.
 */
@Singleton
public class HostingDecisionService {

    private final ServiceAccess access;
    private final ServiceProtection protection;
    private final ServiceLevelQueries rows;
    private final HostingDecisionQueries decisions;
    private final HostingDecisionRepository store;
    private final ScaleQueries scales;
    private final ChangeEvents events;
    private final JsonMapper json;

    HostingDecisionService(
            ServiceAccess access,
            ServiceProtection protection,
            ServiceLevelQueries rows,
            HostingDecisionQueries decisions,
            HostingDecisionRepository store,
            ScaleQueries scales,
            ChangeEvents events,
            JsonMapper json) {
        this.access = access;
        this.protection = protection;
        this.rows = rows;
        this.decisions = decisions;
        this.store = store;
        this.scales = scales;
        this.events = events;
        this.json = json;
    }

    /** Approve with conditions, or reject with a motivation. */
    public record Decision(@Nullable String outcome, @Nullable String conditions, @Nullable String motivation) {}

    @Transactional(readOnly = true)
    public List<HostingDecisionView> decisions(CurrentUser user, long serviceId) {
        ServiceRow service = access.readable(user, serviceId);
        return decisions.all(serviceId).stream().map(d -> view(d, service)).toList();
    }

    @Transactional
    public HostingDecisionView decide(CurrentUser user, long serviceId, Decision in) {
        ServiceRow service = access.writable(
                user,
                serviceId,
                Roles.INFORMATIONSAGARE,
                "Bara informationsägare beslutar om molntjänster och drift i tredjeland.");
        if (!service.cloudOrThirdCountry()) {
            throw Problems.conflict("It-tjänsten är varken en molntjänst eller driftas i tredjeland;"
                    + " det finns inget driftbeslut att fatta.");
        }
        List<FieldProblem> problems = ActionPlanRules.decisionProblems(in.outcome(), in.conditions(), in.motivation());
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        ServiceProtection.Computed levels =
                protection.compute(service, scales.scale().aspectCodes());
        var snapshot = new HostingDecisionView.Snapshot(
                service.hosting(),
                service.cloud(),
                service.countries().stream().sorted().toList(),
                levels.required(),
                levels.personalDataCategories());
        String text = HostingDecisionView.REJECTED.equals(in.outcome()) ? in.motivation() : in.conditions();
        HostingDecisionEntity saved = store.save(new HostingDecisionEntity(
                null,
                serviceId,
                in.outcome(),
                text.strip(),
                user.username(),
                user.displayName(),
                Roles.INFORMATIONSAGARE,
                access.now(),
                write(snapshot)));
        HostingDecisionView view = view(saved, service);
        events.publish(
                ProtectionLevelService.SERVICE_ENTITY,
                serviceId,
                "HOSTING_DECIDED",
                user.actor(),
                service.orgUnitId(),
                null,
                view);
        return view;
    }

    /** Active services in scope (under a unit) whose hosting needs a decision, by name. */
    @Transactional(readOnly = true)
    public List<PendingHostingDecisionView> pending(CurrentUser user, @Nullable Long orgUnitId) {
        String underPath = access.visiblePath(user, orgUnitId);
        List<ServiceRow> services = rows.activeServices(underPath, access.scope(user), true);
        Map<Long, ServiceProtection.Computed> levels =
                protection.compute(services, scales.scale().aspectCodes());
        Map<Long, HostingDecisionEntity> latest =
                decisions.latest(services.stream().map(ServiceRow::id).toList());
        return needing(services, levels, latest).stream()
                .map(s -> new PendingHostingDecisionView(
                        s.id(),
                        s.name(),
                        s.responsibleOrgId(),
                        s.responsibleOrgName(),
                        s.hosting(),
                        s.cloud(),
                        s.countries(),
                        levels.get(s.id()).required(ServiceProtection.K),
                        levels.get(s.id()).personalData(),
                        latest.containsKey(s.id())
                                ? latest.get(s.id()).decidedAt().toInstant(ZoneOffset.UTC)
                                : null))
                .toList();
    }

    /**
     * The active services in the scope whose hosting needs a decision, by name. No user: the caller
     * decides who sees what (the risk register's candidate sync reads the whole city).
     */
    @Transactional(readOnly = true)
    public List<HostingDecisionNeed> needs(Scope scope) {
        return needs(rows.activeServices(null, scope, true));
    }

    /** As {@link #needs(Scope)}, for the services belonging to exactly these org units (not below them). */
    @Transactional(readOnly = true)
    public List<HostingDecisionNeed> needsOfUnits(Collection<Long> orgUnitIds) {
        return orgUnitIds.isEmpty() ? List.of() : needs(rows.activeServicesOfUnits(orgUnitIds, true));
    }

    private List<HostingDecisionNeed> needs(List<ServiceRow> services) {
        Map<Long, ServiceProtection.Computed> levels =
                protection.compute(services, scales.scale().aspectCodes());
        Map<Long, HostingDecisionEntity> latest =
                decisions.latest(services.stream().map(ServiceRow::id).toList());
        return needing(services, levels, latest).stream()
                .map(s -> new HostingDecisionNeed(
                        s.id(),
                        s.name(),
                        s.orgUnitId(),
                        s.hosting(),
                        s.cloud(),
                        s.countries().stream().sorted().toList(),
                        levels.get(s.id()).required(ServiceProtection.K),
                        levels.get(s.id()).personalData()))
                .toList();
    }

    private List<ServiceRow> needing(
            List<ServiceRow> services,
            Map<Long, ServiceProtection.Computed> levels,
            Map<Long, HostingDecisionEntity> latest) {
        return services.stream()
                .filter(s -> status(levels.get(s.id()), latest.get(s.id())).needsDecision())
                .toList();
    }

    /** Where the decision of one service stands, for its handlingsplan. */
    ActionPlanView.HostingStatus status(ServiceProtection.Computed levels) {
        ServiceRow service = levels.service();
        return status(levels, decisions.latest(List.of(service.id())).get(service.id()));
    }

    private ActionPlanView.HostingStatus status(
            ServiceProtection.Computed levels, @Nullable HostingDecisionEntity latest) {
        ServiceRow s = levels.service();
        boolean relevant = ActionPlanRules.decisionRelevant(
                s.cloud(), s.thirdCountry(), levels.required(ServiceProtection.K), levels.personalData());
        HostingDecisionView latestView = latest == null ? null : view(latest, s);
        boolean needs = ActionPlanRules.needsDecision(
                relevant, latestView == null ? null : latestView.snapshot(), s.hosting(), s.cloud(), s.countries());
        return new ActionPlanView.HostingStatus(s.cloud(), s.thirdCountry(), relevant, needs, latestView);
    }

    private HostingDecisionView view(HostingDecisionEntity d, ServiceRow service) {
        HostingDecisionView.Snapshot snapshot = read(d.snapshot());
        return new HostingDecisionView(
                d.id(),
                d.itServiceId(),
                d.outcome(),
                d.conditions(),
                d.decidedBy(),
                d.decidedByName(),
                d.decidedRole(),
                d.decidedAt().toInstant(ZoneOffset.UTC),
                snapshot,
                snapshot.covers(service.hosting(), service.cloud(), service.countries()));
    }

    private String write(HostingDecisionView.Snapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HostingDecisionView.Snapshot read(String text) {
        try {
            return json.readValue(text, HostingDecisionView.Snapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable hosting decision snapshot", e);
        }
    }
}
