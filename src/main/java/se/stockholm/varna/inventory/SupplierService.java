package se.stockholm.varna.inventory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import se.stockholm.varna.organisation.Placement;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.shared.Problems;

/** Leverantörer: read in scope; registered, changed and retired by a systemägare in scope; audited. */
@Singleton
public class SupplierService {

    static final String ENTITY = "Supplier";

    private final SupplierRepository suppliers;
    private final SupplierQueries queries;
    private final ScopeService scopes;
    private final ChangeEvents events;
    private final Clock clock;

    SupplierService(
            SupplierRepository suppliers,
            SupplierQueries queries,
            ScopeService scopes,
            ChangeEvents events,
            Clock clock) {
        this.suppliers = suppliers;
        this.queries = queries;
        this.scopes = scopes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageView<SupplierView> list(
            CurrentUser user, String text, Long orgUnitId, boolean withoutDpa, String status, PageRequest page) {
        InformationAssetService.requireReader(user);
        String underPath = orgUnitId == null
                ? null
                : scopes.visiblePath(user, orgUnitId).orElseThrow(() -> Problems.notFound("Organisationsenheten"));
        Scope scope = scopes.scopeOf(user);
        var filter = new SupplierQueries.Filter(AssetRules.strip(text), withoutDpa, AssetRules.strip(status));
        return new PageView<>(
                queries.page(filter, underPath, scope, page),
                page.page(),
                page.size(),
                queries.count(filter, underPath, scope));
    }

    @Transactional(readOnly = true)
    public SupplierView get(CurrentUser user, long id) {
        InformationAssetService.requireReader(user);
        return visible(user, id);
    }

    @Transactional
    public SupplierView register(CurrentUser user, SupplierInput raw) {
        requireSystemOwner(user);
        SupplierInput in = SupplierRules.checked(raw);
        Placement placement = scopes.writablePlacement(user, in.orgUnitId());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        SupplierEntity saved = suppliers.save(new SupplierEntity(
                null,
                in.name(),
                in.organisationNumber(),
                in.orgUnitId(),
                placement.responsibleOrgId(),
                in.dpaInPlace(),
                in.subprocessors(),
                InformationAssetEntity.ACTIVE,
                now,
                now,
                0L));
        in.contracts().forEach(c -> suppliers.addContract(saved.id(), c.reference(), c.startsOn(), c.endsOn()));
        SupplierView view = visible(user, saved.id());
        events.publish(ENTITY, saved.id(), "CREATED", user.actor(), placement.unitId(), null, view);
        return view;
    }

    @Transactional
    public SupplierView change(CurrentUser user, long id, SupplierInput raw, long version) {
        requireSystemOwner(user);
        SupplierView before = activeAndCurrent(user, id, version);
        SupplierInput in = SupplierRules.checked(raw);
        Placement placement = scopes.writablePlacement(user, in.orgUnitId());
        SupplierEntity current = suppliers.findById(id).orElseThrow(() -> Problems.notFound("Leverantören"));
        suppliers.update(current.with(
                in, placement.responsibleOrgId(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), version));
        suppliers.deleteContracts(id);
        in.contracts().forEach(c -> suppliers.addContract(id, c.reference(), c.startsOn(), c.endsOn()));
        SupplierView after = visible(user, id);
        events.publish(ENTITY, id, "CHANGED", user.actor(), placement.unitId(), before, after);
        return after;
    }

    /** Marks the leverantör avvecklad: it is never deleted and keeps its contracts and history. */
    @Transactional
    public SupplierView retire(CurrentUser user, long id, long version) {
        requireSystemOwner(user);
        SupplierView before = activeAndCurrent(user, id, version);
        SupplierEntity current = suppliers.findById(id).orElseThrow(() -> Problems.notFound("Leverantören"));
        suppliers.update(current.retired(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), version));
        SupplierView after = visible(user, id);
        events.publish(ENTITY, id, "RETIRED", user.actor(), before.orgUnitId(), before, after);
        return after;
    }

    private SupplierView activeAndCurrent(CurrentUser user, long id, long version) {
        SupplierView before = visible(user, id);
        if (!InformationAssetEntity.ACTIVE.equals(before.status())) {
            throw Problems.conflict("Leverantören är redan avvecklad och kan inte ändras.");
        }
        if (before.version() != version) {
            throw Problems.staleVersion();
        }
        return before;
    }

    private SupplierView visible(CurrentUser user, long id) {
        SupplierQueries.Scoped supplier = queries.byId(id).orElseThrow(() -> Problems.notFound("Leverantören"));
        if (!scopes.scopeOf(user).covers(supplier.path())) {
            throw Problems.notFound("Leverantören");
        }
        return supplier.view();
    }

    private static void requireSystemOwner(CurrentUser user) {
        if (!user.hasRole(Roles.SYSTEMAGARE)) {
            throw Problems.forbidden("Bara systemägare får registrera, ändra och avveckla leverantörer.");
        }
    }
}
