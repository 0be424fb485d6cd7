package se.stockholm.varna.inventory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.organisation.Placement;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.shared.Problems;

/**
 * Registering, changing, retiring and linking it-tjänster: only a systemägare, only inside their
 * scope; third-country hosting must name its countries (R1.35). Every change is audited.
 */
@Singleton
public class ItServiceChangeService {

    static final String ENTITY = "ItService";
    private static final int LINKABLE_PAGE = 50;

    private final ItServiceRepository services;
    private final ItServiceQueries queries;
    private final ItServiceService reads;
    private final SupplierService suppliers;
    private final SupplierQueries supplierRows;
    private final InformationAssetService assets;
    private final HostingKindRepository hostingKinds;
    private final ScopeService scopes;
    private final ChangeEvents events;
    private final Clock clock;

    ItServiceChangeService(
            ItServiceRepository services,
            ItServiceQueries queries,
            ItServiceService reads,
            SupplierService suppliers,
            SupplierQueries supplierRows,
            InformationAssetService assets,
            HostingKindRepository hostingKinds,
            ScopeService scopes,
            ChangeEvents events,
            Clock clock) {
        this.services = services;
        this.queries = queries;
        this.reads = reads;
        this.suppliers = suppliers;
        this.supplierRows = supplierRows;
        this.assets = assets;
        this.hostingKinds = hostingKinds;
        this.scopes = scopes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ItServiceView register(CurrentUser user, ItServiceInput raw) {
        requireSystemOwner(user);
        ItServiceInput in = checked(user, raw);
        Placement placement = scopes.writablePlacement(user, in.orgUnitId());
        LocalDateTime now = now();
        ItServiceEntity saved = services.save(new ItServiceEntity(
                null,
                in.name(),
                in.description(),
                in.orgUnitId(),
                placement.responsibleOrgId(),
                in.ownerUsername(),
                in.ownerName(),
                in.administrator(),
                in.supplierId(),
                in.hosting(),
                in.cloud(),
                in.countriesText(),
                InformationAssetEntity.ACTIVE,
                now,
                now,
                0L));
        replaceUsers(saved.id(), in.usedBy());
        ItServiceView view = reads.visible(user, saved.id()).view();
        events.publish(ENTITY, saved.id(), "CREATED", user.actor(), placement.unitId(), null, view);
        return view;
    }

    @Transactional
    public ItServiceView change(CurrentUser user, long id, ItServiceInput raw, long version) {
        requireSystemOwner(user);
        ItServiceView before = activeAndCurrent(user, id, version);
        ItServiceInput in = checked(user, raw);
        Placement placement = scopes.writablePlacement(user, in.orgUnitId());
        ItServiceEntity current = services.findById(id).orElseThrow(() -> Problems.notFound("It-tjänsten"));
        services.update(current.with(in, placement.responsibleOrgId(), now(), version));
        replaceUsers(id, in.usedBy());
        ItServiceView after = reads.visible(user, id).view();
        events.publish(ENTITY, id, "CHANGED", user.actor(), placement.unitId(), before, after);
        return after;
    }

    @Transactional
    public ItServiceView retire(CurrentUser user, long id, long version) {
        requireSystemOwner(user);
        ItServiceView before = activeAndCurrent(user, id, version);
        ItServiceEntity current = services.findById(id).orElseThrow(() -> Problems.notFound("It-tjänsten"));
        services.update(current.retired(now(), version));
        ItServiceView after = reads.visible(user, id).view();
        events.publish(ENTITY, id, "RETIRED", user.actor(), before.orgUnitId(), before, after);
        return after;
    }

    @Transactional
    public ItServiceView link(CurrentUser user, long id, long assetId, boolean linked) {
        requireSystemOwner(user);
        ItServiceView service = reads.visible(user, id).view();
        InformationAssetView asset = assets.get(user, assetId);
        if (linked
                && (!InformationAssetEntity.ACTIVE.equals(service.status())
                        || !InformationAssetEntity.ACTIVE.equals(asset.status()))) {
            throw Problems.conflict("Avvecklade it-tjänster och informationsmängder kan inte kopplas.");
        }
        if (linked) {
            services.link(id, assetId);
        } else {
            services.unlink(id, assetId);
        }
        events.publish(
                ENTITY,
                id,
                linked ? "ASSET_LINKED" : "ASSET_UNLINKED",
                user.actor(),
                service.orgUnitId(),
                null,
                Map.of("informationAssetId", assetId, "name", asset.name()));
        return reads.visible(user, id).view();
    }

    /**
     * Active informationsmängder in the caller's scope that the service does not process yet, by name,
     * optionally narrowed by a text in name or description: the choices for linking (at most 50; the
     * total tells the page to ask for a narrower search).
     */
    @Transactional(readOnly = true)
    public PageView<InformationAssetView> linkableAssets(CurrentUser user, ItServiceView service, String text) {
        List<Long> linked = service.informationAssets().stream()
                .map(ItServiceView.NamedRef::id)
                .toList();
        var page = assets.list(
                user,
                new AssetFilter(text, null, null, null, null, false, null, null),
                new PageRequest(0, LINKABLE_PAGE + linked.size()));
        List<InformationAssetView> choices = page.items().stream()
                .filter(a -> !linked.contains(a.id()))
                .limit(LINKABLE_PAGE)
                .toList();
        return new PageView<>(choices, 0, LINKABLE_PAGE, Math.max(choices.size(), page.total() - linked.size()));
    }

    private ItServiceView activeAndCurrent(CurrentUser user, long id, long version) {
        ItServiceView before = reads.visible(user, id).view();
        if (!InformationAssetEntity.ACTIVE.equals(before.status())) {
            throw Problems.conflict("En avvecklad it-tjänst kan inte ändras.");
        }
        if (before.version() != version) {
            throw Problems.staleVersion();
        }
        return before;
    }

    private void replaceUsers(long serviceId, List<Long> usedBy) {
        services.clearUsers(serviceId);
        usedBy.forEach(unit -> services.addUser(serviceId, unit));
    }

    /** The active leverantörer in the caller's scope, by name: the choices in the form. */
    @Transactional(readOnly = true)
    public List<SupplierView> choosableSuppliers(CurrentUser user) {
        return suppliers
                .list(user, null, null, false, null, new PageRequest(0, PageRequest.MAX_SIZE))
                .items();
    }

    /** The open ansvariga organisationer of the city: the choices for "används av". */
    @Transactional(readOnly = true)
    public List<ItServiceView.NamedRef> choosableUsers() {
        return queries.responsibleOrganisations(LocalDate.now(clock));
    }

    private ItServiceInput checked(CurrentUser user, ItServiceInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = AssetRules.strip(in.name());
        if (name == null || name.length() > 200) {
            problems.add(new FieldProblem("name", "Ange ett namn på it-tjänsten (högst 200 tecken)."));
        }
        if (AssetRules.strip(in.ownerUsername()) == null) {
            problems.add(new FieldProblem("ownerUsername", "Ange systemägare: varje it-tjänst ska ha en ägare."));
        }
        if (in.orgUnitId() == null) {
            problems.add(new FieldProblem("orgUnitId", "Välj ansvarig organisation eller en enhet under den."));
        }
        var hosting = in.hosting() == null
                ? null
                : hostingKinds.findByCode(in.hosting()).orElse(null);
        if (hosting == null) {
            problems.add(new FieldProblem("hosting", "Välj driftform."));
        } else if (hosting.thirdCountry() && in.countries().isEmpty()) {
            problems.add(new FieldProblem("countries", "Ange minst ett land vid drift i tredjeland."));
        } else if (!hosting.thirdCountry() && !in.countries().isEmpty()) {
            problems.add(new FieldProblem("countries", "Länder anges bara vid drift i tredjeland."));
        }
        if (in.countries().stream().anyMatch(c -> c == null || !c.matches("[A-Z]{2}"))) {
            problems.add(new FieldProblem("countries", "Ange länder som landskoder, t.ex. US eller IN."));
        }
        if (in.supplierId() != null && !activeSupplierInScope(user, in.supplierId())) {
            problems.add(new FieldProblem("supplierId", "Välj en aktiv leverantör som du har tillgång till."));
        }
        if (in.usedBy().stream().anyMatch(java.util.Objects::isNull)
                || queries.openUnits(in.usedBy(), LocalDate.now(clock)).size()
                        != in.usedBy().size()) {
            problems.add(
                    new FieldProblem("usedBy", "Välj bara befintliga organisationsenheter som inte är avslutade."));
        }
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        return new ItServiceInput(
                name,
                AssetRules.strip(in.description()),
                in.orgUnitId(),
                AssetRules.strip(in.ownerUsername()),
                AssetRules.strip(in.ownerName()),
                AssetRules.strip(in.administrator()),
                in.supplierId(),
                in.hosting(),
                in.cloud(),
                in.countries().stream().distinct().toList(),
                in.usedBy());
    }

    private boolean activeSupplierInScope(CurrentUser user, long supplierId) {
        var scope = scopes.scopeOf(user);
        return supplierRows
                .byId(supplierId)
                .filter(s -> scope.covers(s.path()))
                .filter(s -> InformationAssetEntity.ACTIVE.equals(s.view().status()))
                .isPresent();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static void requireSystemOwner(CurrentUser user) {
        if (!user.hasRole(Roles.SYSTEMAGARE)) {
            throw Problems.forbidden("Bara systemägare får registrera och ändra it-tjänster.");
        }
    }
}
