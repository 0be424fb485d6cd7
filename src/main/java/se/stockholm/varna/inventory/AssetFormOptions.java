package se.stockholm.varna.inventory;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.organisation.OrgUnitView;
import se.stockholm.varna.security.CurrentUser;

/** The choices of the asset form: units in the user's scope (indented by depth), areas, categories. */
@Singleton
class AssetFormOptions {

    /** A unit to choose, with its label indented to show the tree. */
    record UnitOption(long id, String label) {}

    private final OrgUnitService orgUnits;
    private final InformationAssetService reads;

    AssetFormOptions(OrgUnitService orgUnits, InformationAssetService reads) {
        this.orgUnits = orgUnits;
        this.reads = reads;
    }

    /** Names for the codes a page shows: personal-data categories and verksamhetsområden. */
    Map<String, Object> labels(CurrentUser user) {
        return Map.of(
                "categoryNames",
                reads.personalDataCategories(user, false).stream()
                        .collect(java.util.stream.Collectors.toMap(c -> c.code(), c -> c.name())),
                "areaNames",
                orgUnits.verksamhetsomraden(user, false).stream()
                        .collect(java.util.stream.Collectors.toMap(a -> a.code(), a -> a.name())));
    }

    Map<String, Object> forUser(CurrentUser user) {
        List<UnitOption> units = new ArrayList<>();
        for (OrgUnitView root : orgUnits.scopeRoots(user)) {
            int base = root.depth();
            for (OrgUnitView u : orgUnits.subtree(user, root.id(), false)) {
                if (u.parentId() != null) {
                    units.add(new UnitOption(u.id(), "\u00a0\u00a0".repeat(Math.max(0, u.depth() - base)) + u.name()));
                }
            }
        }
        return Map.of(
                "units", units,
                "areas", orgUnits.verksamhetsomraden(user, false),
                "categories", reads.personalDataCategories(user, false));
    }
}
