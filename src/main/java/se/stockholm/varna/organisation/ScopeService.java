package se.stockholm.varna.organisation;

import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.stockholm.varna.security.CurrentUser;

/**
 * Turns a user's Keycloak groups (OrgUnit codes) into the subtrees they may see. A group whose code
 * matches no unit gives nothing: deny by default.
 */
@Singleton
public class ScopeService {

    private static final Logger LOG = LoggerFactory.getLogger(ScopeService.class);

    private final OrgUnitRepository units;
    private final OrgUnitViews views;

    private final java.time.Clock clock;

    ScopeService(OrgUnitRepository units, OrgUnitViews views, java.time.Clock clock) {
        this.units = units;
        this.views = views;
        this.clock = clock;
    }

    /**
     * Where a user may place something they register or change: an open unit in their scope, at or
     * below an ansvarig organisation. Anything else is a 400 on the field {@code orgUnitId}.
     */
    public Placement writablePlacement(CurrentUser user, long orgUnitId) {
        Placement placement = placementOf(orgUnitId, java.time.LocalDate.now(clock))
                .filter(p -> scopeOf(user).covers(p.path()))
                .orElseThrow(() -> se.stockholm.varna.shared.Problems.invalidField(
                        "orgUnitId",
                        "Välj en nämnd, stadsdelsnämnd eller ett bolag (eller en enhet under) inom din omfattning."));
        if (!placement.open()) {
            throw se.stockholm.varna.shared.Problems.invalidField("orgUnitId", "Enheten är avslutad.");
        }
        return placement;
    }

    public Scope scopeOf(CurrentUser user) {
        if (user.cityWide()) {
            return Scope.everything();
        }
        if (user.scopeCodes().isEmpty()) {
            return new Scope(false, List.of());
        }
        List<OrgUnitEntity> roots = units.findByCodeIn(user.scopeCodes());
        if (roots.size() < user.scopeCodes().size()) {
            LOG.warn("some Keycloak groups of a user match no OrgUnit code; they give no scope");
        }
        return new Scope(false, roots.stream().map(OrgUnitEntity::path).toList());
    }

    /**
     * The materialised path of a unit the user may see, for filtering other modules' rows by subtree;
     * empty when the unit does not exist or lies outside the scope (answer both as "not found").
     */
    public java.util.Optional<String> visiblePath(CurrentUser user, long orgUnitId) {
        Scope scope = scopeOf(user);
        return units.findById(orgUnitId).map(OrgUnitEntity::path).filter(scope::covers);
    }

    /**
     * The placement of a unit: empty when the unit does not exist or has no ansvarig organisation at
     * or above it (the kommun root itself owns nothing, R1.19).
     */
    public java.util.Optional<Placement> placementOf(long orgUnitId, java.time.LocalDate today) {
        OrgUnitEntity unit = units.findById(orgUnitId).orElse(null);
        if (unit == null) {
            return java.util.Optional.empty();
        }
        List<Long> chain = java.util.Arrays.stream(unit.path().split("/"))
                .filter(p -> !p.isEmpty())
                .map(Long::valueOf)
                .toList();
        java.util.Map<Long, OrgUnitEntity> byId =
                units.findByIdIn(chain).stream().collect(java.util.stream.Collectors.toMap(OrgUnitEntity::id, u -> u));
        for (int i = chain.size() - 1; i >= 0; i--) {
            OrgUnitEntity candidate = byId.get(chain.get(i));
            OrgUnitKindEntity kind = candidate == null ? null : views.kinds().get(candidate.kind());
            if (kind != null && kind.ansvarig()) {
                return java.util.Optional.of(new Placement(
                        unit.id(), unit.name(), unit.path(), candidate.id(), candidate.name(), unit.isOpenOn(today)));
            }
        }
        return java.util.Optional.empty();
    }

    /** The units whose subtrees make up the user's scope (the whole tree's root for city-wide users). */
    public List<OrgUnitView> scopeRoots(CurrentUser user) {
        List<OrgUnitEntity> roots = user.cityWide()
                ? units.findAll().stream().filter(u -> u.parentId() == null).toList()
                : units.findByCodeIn(user.scopeCodes());
        return roots.stream()
                .filter(r -> roots.stream()
                        .noneMatch(o -> o != r && o.isAncestorOf(r) && !o.path().equals(r.path())))
                .map(views::toView)
                .sorted(java.util.Comparator.comparing(OrgUnitView::name))
                .toList();
    }
}
