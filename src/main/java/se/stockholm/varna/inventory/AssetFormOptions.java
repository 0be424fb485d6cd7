package se.stockholm.varna.inventory;

import jakarta.inject.Singleton;
import java.util.Map;
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.security.CurrentUser;

/** The choices of the asset form: units in the user's scope (indented by depth), areas, categories. */
@Singleton
class AssetFormOptions {

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
        return Map.of(
                "units", orgUnits.choices(user),
                "areas", orgUnits.verksamhetsomraden(user, false),
                "categories", reads.personalDataCategories(user, false));
    }
}
