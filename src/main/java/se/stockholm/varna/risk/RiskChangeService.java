package se.stockholm.varna.risk;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import se.stockholm.varna.organisation.Placement;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * Identifying and describing risks: informationsägare, samordnare, systemägare and the central
 * function, in their scope. Assessment, review, decision and acceptance are {@link RiskLifeCycleService}.
 */
@Singleton
public class RiskChangeService {

    static final String ENTITY = "Risk";
    static final List<String> IDENTIFIERS =
            List.of(Roles.INFORMATIONSAGARE, Roles.SAMORDNARE, Roles.SYSTEMAGARE, Roles.CENTRAL_SAMORDNARE);

    private final RiskRepository rows;
    private final RiskQueries queries;
    private final RiskMatrixQueries matrices;
    private final RiskService reads;
    private final ScopeService scopes;
    private final ChangeEvents events;
    private final Clock clock;

    RiskChangeService(
            RiskRepository rows,
            RiskQueries queries,
            RiskMatrixQueries matrices,
            RiskService reads,
            ScopeService scopes,
            ChangeEvents events,
            Clock clock) {
        this.rows = rows;
        this.queries = queries;
        this.matrices = matrices;
        this.reads = reads;
        this.scopes = scopes;
        this.events = events;
        this.clock = clock;
    }

    /** A new risk in status IDENTIFIERAD, assessed with the published matrix. */
    @Transactional
    public RiskView identify(CurrentUser user, RiskInput raw) {
        requireIdentifier(user);
        RiskInput in = checked(user, raw);
        Placement placement = scopes.writablePlacement(user, in.orgUnitId());
        long matrix =
                matrices.publishedId().orElseThrow(() -> Problems.conflict("Det finns ingen publicerad riskmatris."));
        LocalDateTime now = now();
        RiskEntity saved = rows.save(new RiskEntity(
                null,
                in.title(),
                in.description(),
                in.threat(),
                in.vulnerability(),
                in.orgUnitId(),
                placement.responsibleOrgId(),
                in.ownerUsername(),
                in.ownerName(),
                in.context(),
                in.source() == null ? "MANUELL" : in.source(),
                in.supplierId(),
                matrix,
                RiskView.IDENTIFIED,
                null,
                null,
                false,
                null,
                user.username(),
                now,
                now,
                0L));
        link(saved.id(), in);
        RiskView view = reads.visible(user, saved.id());
        events.publish(ENTITY, saved.id(), "CREATED", user.actor(), placement.unitId(), null, view);
        return view;
    }

    /** Changes the description of a risk that is not closed. */
    @Transactional
    public RiskView change(CurrentUser user, long id, RiskInput raw, long version) {
        requireIdentifier(user);
        RiskView before = open(user, id, version);
        RiskInput in = checked(user, raw);
        Placement placement = scopes.writablePlacement(user, in.orgUnitId());
        RiskEntity row = rows.findById(id).orElseThrow(() -> Problems.notFound("Risken"));
        rows.update(row.with(in, placement.responsibleOrgId(), now(), version));
        link(id, in);
        RiskView after = reads.visible(user, id);
        events.publish(ENTITY, id, "CHANGED", user.actor(), after.orgUnitId(), before, after);
        return after;
    }

    RiskView open(CurrentUser user, long id, long version) {
        RiskView before = reads.visible(user, id);
        if (RiskView.CLOSED.equals(before.status())) {
            throw Problems.conflict("En stängd risk ändras inte.");
        }
        if (before.version() != version) {
            throw Problems.staleVersion();
        }
        return before;
    }

    private void link(long riskId, RiskInput in) {
        rows.clearAssets(riskId);
        in.assetIds().forEach(a -> rows.addAsset(riskId, a));
        rows.clearServices(riskId);
        in.serviceIds().forEach(s -> rows.addService(riskId, s));
    }

    private RiskInput checked(CurrentUser user, RiskInput in) {
        List<FieldProblem> problems = new ArrayList<>(RiskRules.identity(in));
        var scope = scopes.scopeOf(user);
        if (queries.activeInScope("information_asset", in.assetIds(), scope)
                != in.assetIds().size()) {
            problems.add(
                    new FieldProblem("assetIds", "Välj bara aktiva informationsmängder som du har tillgång till."));
        }
        if (queries.activeInScope("it_service", in.serviceIds(), scope)
                != in.serviceIds().size()) {
            problems.add(new FieldProblem("serviceIds", "Välj bara aktiva it-tjänster som du har tillgång till."));
        }
        if (in.supplierId() != null && queries.activeInScope("supplier", List.of(in.supplierId()), scope) != 1) {
            problems.add(new FieldProblem("supplierId", "Välj en aktiv leverantör som du har tillgång till."));
        }
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        return new RiskInput(
                in.title().strip(),
                RiskRules.strip(in.description()),
                RiskRules.strip(in.threat()),
                RiskRules.strip(in.vulnerability()),
                in.orgUnitId(),
                in.ownerUsername().strip(),
                RiskRules.strip(in.ownerName()),
                in.context(),
                in.source(),
                in.supplierId(),
                in.assetIds(),
                in.serviceIds());
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static void requireIdentifier(CurrentUser user) {
        if (!user.hasAnyRole(IDENTIFIERS)) {
            throw Problems.forbidden("Din roll ger inte behörighet att registrera eller ändra risker.");
        }
    }
}
