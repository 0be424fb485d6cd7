package se.stockholm.varna.inventory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.organisation.VerksamhetsomradeView;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.shared.Problems;

/**
 * Reads of informationsmängder, always inside the caller's scope: an asset outside it answers as
 * one that does not exist, and never shows in lists, search or counts.
 */
@Singleton
public class InformationAssetService {

    private final AssetQueries queries;
    private final ScopeService scopes;
    private final PersonalDataCategoryRepository categories;

    InformationAssetService(AssetQueries queries, ScopeService scopes, PersonalDataCategoryRepository categories) {
        this.queries = queries;
        this.scopes = scopes;
        this.categories = categories;
    }

    @Transactional(readOnly = true)
    public PageView<InformationAssetView> list(CurrentUser user, AssetFilter filter, PageRequest page) {
        requireReader(user);
        String underPath = filter.orgUnitId() == null
                ? null
                : scopes.visiblePath(user, filter.orgUnitId())
                        .orElseThrow(() -> Problems.notFound("Organisationsenheten"));
        Scope scope = scopes.scopeOf(user);
        return new PageView<>(
                queries.page(filter, underPath, scope, page),
                page.page(),
                page.size(),
                queries.count(filter, underPath, scope));
    }

    @Transactional(readOnly = true)
    public InformationAssetView get(CurrentUser user, long id) {
        requireReader(user);
        return visible(user, id).view();
    }

    /** The personal-data categories, with names in Swedish or English. */
    @Transactional(readOnly = true)
    public List<VerksamhetsomradeView> personalDataCategories(CurrentUser user, boolean english) {
        requireReader(user);
        return categories.findAllOrderBySortOrder().stream()
                .map(c -> new VerksamhetsomradeView(c.code(), english ? c.nameEn() : c.nameSv()))
                .toList();
    }

    AssetQueries.ScopedAsset visible(CurrentUser user, long id) {
        AssetQueries.ScopedAsset asset = queries.byId(id).orElseThrow(() -> Problems.notFound("Informationsmängden"));
        if (!scopes.scopeOf(user).covers(asset.path())) {
            throw Problems.notFound("Informationsmängden");
        }
        return asset;
    }

    static void requireReader(CurrentUser user) {
        if (!user.hasAnyRole(Roles.PEOPLE)) {
            throw Problems.forbidden("Din roll ger inte behörighet att läsa inventeringen.");
        }
    }
}
