package se.stockholm.varna.organisation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.shared.Problems;

/**
 * Reads of the organisation, always limited to the caller's scope. A unit outside the scope answers
 * exactly as a unit that does not exist, so that its existence does not leak.
 */
@Singleton
public class OrgUnitService {

    private final OrgUnitRepository units;
    private final OrgUnitHistoryRepository history;
    private final VerksamhetsomradeRepository areas;
    private final OrgUnitQueries queries;
    private final OrgUnitViews views;
    private final ScopeService scopes;
    private final Clock clock;

    OrgUnitService(
            OrgUnitRepository units,
            OrgUnitHistoryRepository history,
            VerksamhetsomradeRepository areas,
            OrgUnitQueries queries,
            OrgUnitViews views,
            ScopeService scopes,
            Clock clock) {
        this.units = units;
        this.history = history;
        this.areas = areas;
        this.queries = queries;
        this.views = views;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageView<OrgUnitView> list(CurrentUser user, OrgUnitFilter filter, PageRequest page) {
        requireReader(user);
        if (filter.kind() != null && !views.kinds().containsKey(filter.kind())) {
            throw Problems.invalidField(
                    "kind",
                    OrgUnitRules.unknownKindMessage(filter.kind(), views.kinds().keySet()));
        }
        Scope scope = scopes.scopeOf(user);
        LocalDate today = LocalDate.now(clock);
        List<OrgUnitView> items = queries.page(filter, scope, today, page).stream()
                .map(views::toView)
                .toList();
        return new PageView<>(items, page.page(), page.size(), queries.count(filter, scope, today));
    }

    @Transactional(readOnly = true)
    public OrgUnitView get(CurrentUser user, long id) {
        return views.toView(visible(user, id));
    }

    @Transactional(readOnly = true)
    public List<OrgUnitView> subtree(CurrentUser user, long id, boolean includeClosed) {
        OrgUnitEntity root = visible(user, id);
        return queries.subtree(root.path(), includeClosed, scopes.scopeOf(user), LocalDate.now(clock)).stream()
                .map(views::toView)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<OrgUnitView> children(CurrentUser user, long id, boolean includeClosed) {
        OrgUnitEntity parent = visible(user, id);
        LocalDate today = LocalDate.now(clock);
        return units.findByParentIdOrderByName(parent.id()).stream()
                .filter(c -> includeClosed || c.isOpenOn(today))
                .map(views::toView)
                .toList();
    }

    /** The unit's ancestors inside the caller's scope, root first: for breadcrumbs. */
    @Transactional(readOnly = true)
    public List<OrgUnitView> ancestors(CurrentUser user, long id) {
        OrgUnitEntity unit = visible(user, id);
        Scope scope = scopes.scopeOf(user);
        List<OrgUnitView> chain = new ArrayList<>();
        Long parentId = unit.parentId();
        while (parentId != null) {
            OrgUnitEntity parent = units.findById(parentId).orElse(null);
            if (parent == null || !scope.covers(parent.path())) {
                break;
            }
            chain.addFirst(views.toView(parent));
            parentId = parent.parentId();
        }
        return chain;
    }

    @Transactional(readOnly = true)
    public List<OrgUnitHistoryView> history(CurrentUser user, long id) {
        OrgUnitEntity unit = visible(user, id);
        List<OrgUnitHistoryEntity> rows = history.newestFirst(unit.id());
        List<Long> parentIds = rows.stream()
                .map(OrgUnitHistoryEntity::parentId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, String> names = (parentIds.isEmpty() ? List.<OrgUnitEntity>of() : units.findByIdIn(parentIds))
                .stream().collect(Collectors.toMap(OrgUnitEntity::id, OrgUnitEntity::name));
        return rows.stream()
                .map(h -> new OrgUnitHistoryView(
                        h.name(), h.parentId(), names.get(h.parentId()), h.validFrom(), h.validTo(), h.changedBy()))
                .toList();
    }

    /** The open units below the caller's scope roots, in tree order: the choices of unit selects. */
    @Transactional(readOnly = true)
    public List<OrgUnitChoice> choices(CurrentUser user) {
        List<OrgUnitChoice> units = new java.util.ArrayList<>();
        for (OrgUnitView root : scopeRoots(user)) {
            int base = root.depth();
            for (OrgUnitView u : subtree(user, root.id(), false)) {
                if (u.parentId() != null) {
                    units.add(
                            new OrgUnitChoice(u.id(), "\u00a0\u00a0".repeat(Math.max(0, u.depth() - base)) + u.name()));
                }
            }
        }
        return units;
    }

    @Transactional(readOnly = true)
    public List<OrgUnitView> scopeRoots(CurrentUser user) {
        requireReader(user);
        return scopes.scopeRoots(user);
    }

    @Transactional(readOnly = true)
    public List<VerksamhetsomradeView> verksamhetsomraden(CurrentUser user, boolean english) {
        requireReader(user);
        return areas.findAllOrderBySortOrder().stream()
                .map(a -> new VerksamhetsomradeView(a.code(), english ? a.nameEn() : a.nameSv()))
                .sorted(Comparator.comparing(VerksamhetsomradeView::name))
                .toList();
    }

    public List<OrgUnitKindView> kinds() {
        return views.kinds().values().stream()
                .map(k -> new OrgUnitKindView(k.code(), k.nameSv()))
                .toList();
    }

    /** Every unit keyed by id, for other modules that label rows with unit names. */
    @Transactional(readOnly = true)
    public Map<Long, OrgUnitView> byIds(CurrentUser user, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Scope scope = scopes.scopeOf(user);
        return units.findByIdIn(ids).stream()
                .filter(u -> scope.covers(u.path()))
                .map(views::toView)
                .collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
    }

    private OrgUnitEntity visible(CurrentUser user, long id) {
        requireReader(user);
        OrgUnitEntity unit = units.findById(id).orElseThrow(() -> Problems.notFound("Organisationsenheten"));
        if (!scopes.scopeOf(user).covers(unit.path())) {
            throw Problems.notFound("Organisationsenheten");
        }
        return unit;
    }

    static void requireReader(CurrentUser user) {
        if (!user.hasAnyRole(Roles.PEOPLE)) {
            throw Problems.forbidden("Din roll ger inte behörighet att läsa organisationen.");
        }
    }
}
