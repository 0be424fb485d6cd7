package se.stockholm.varna.risk;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.shared.Problems;

/** Reads of the risk register and its matrices, always inside the caller's scope. */
@Singleton
public class RiskService {

    private final RiskQueries queries;
    private final RiskMatrixQueries matrices;
    private final ScopeService scopes;
    private final Clock clock;

    RiskService(RiskQueries queries, RiskMatrixQueries matrices, ScopeService scopes, Clock clock) {
        this.queries = queries;
        this.matrices = matrices;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RiskView get(CurrentUser user, long id) {
        requireReader(user);
        return visible(user, id);
    }

    @Transactional(readOnly = true)
    public PageView<RiskView> list(CurrentUser user, RiskFilter filter, PageRequest page) {
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
    public RiskMatrixView matrix(CurrentUser user, long id) {
        requireReader(user);
        return matrices.byId(id).orElseThrow(() -> Problems.notFound("Riskmatrisen"));
    }

    @Transactional(readOnly = true)
    public List<RiskMatrixView> matrices(CurrentUser user) {
        requireReader(user);
        return matrices.ids().stream()
                .map(matrices::byId)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    RiskView visible(CurrentUser user, long id) {
        RiskQueries.Scoped found = queries.byId(id).orElseThrow(() -> Problems.notFound("Risken"));
        if (!scopes.scopeOf(user).covers(found.path())) {
            throw Problems.notFound("Risken");
        }
        return found.view();
    }

    static void requireReader(CurrentUser user) {
        if (!user.hasAnyRole(Roles.PEOPLE)) {
            throw Problems.forbidden("Din roll ger inte behörighet att läsa riskregistret.");
        }
    }
}
