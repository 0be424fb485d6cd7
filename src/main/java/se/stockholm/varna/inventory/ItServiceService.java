package se.stockholm.varna.inventory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.organisation.VerksamhetsomradeView;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.shared.Problems;

/** Reads of it-tjänster, always inside the caller's scope (outside it: not found). */
@Singleton
public class ItServiceService {

    private final ItServiceQueries queries;
    private final ScopeService scopes;
    private final HostingKindRepository hostingKinds;

    ItServiceService(ItServiceQueries queries, ScopeService scopes, HostingKindRepository hostingKinds) {
        this.queries = queries;
        this.scopes = scopes;
        this.hostingKinds = hostingKinds;
    }

    /** Filters of the list; {@code orgUnitId} limits to a subtree the caller may see. */
    public record ServiceFilter(
            String text, Long orgUnitId, String hosting, boolean thirdCountryOrCloud, String owner, String status) {}

    @Transactional(readOnly = true)
    public PageView<ItServiceView> list(CurrentUser user, ServiceFilter f, PageRequest page) {
        InformationAssetService.requireReader(user);
        String underPath = f.orgUnitId() == null
                ? null
                : scopes.visiblePath(user, f.orgUnitId()).orElseThrow(() -> Problems.notFound("Organisationsenheten"));
        Scope scope = scopes.scopeOf(user);
        var filter = new ItServiceQueries.Filter(
                AssetRules.strip(f.text()),
                AssetRules.strip(f.hosting()),
                f.thirdCountryOrCloud(),
                AssetRules.strip(f.owner()),
                AssetRules.strip(f.status()));
        return new PageView<>(
                queries.page(filter, underPath, scope, page),
                page.page(),
                page.size(),
                queries.count(filter, underPath, scope));
    }

    @Transactional(readOnly = true)
    public ItServiceView get(CurrentUser user, long id) {
        InformationAssetService.requireReader(user);
        return visible(user, id).view();
    }

    @Transactional(readOnly = true)
    public List<VerksamhetsomradeView> hostingKinds(CurrentUser user, boolean english) {
        InformationAssetService.requireReader(user);
        return hostingKinds.findAllOrderBySortOrder().stream()
                .map(h -> new VerksamhetsomradeView(h.code(), english ? h.nameEn() : h.nameSv()))
                .toList();
    }

    ItServiceQueries.Scoped visible(CurrentUser user, long id) {
        Scope scope = scopes.scopeOf(user);
        return queries.byId(id, scope)
                .filter(s -> scope.covers(s.path()))
                .orElseThrow(() -> Problems.notFound("It-tjänsten"));
    }
}
