package se.stockholm.varna.internalcontrol;

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

/**
 * Reads of the undantag register, always inside the caller's scope: every person role reads the
 * exemptions of its subtrees; the central function and the undantagsbeslutare (group STHLM) the whole city.
 */
@Singleton
public class ExemptionService {

    /** Who asks for exemptions, edits, submits and withdraws them, in their scope. */
    public static final List<String> REQUESTERS = List.of(Roles.SAMORDNARE, Roles.INFORMATIONSAGARE);

    private final ExemptionQueries queries;
    private final ScopeService scopes;
    private final Clock clock;

    ExemptionService(ExemptionQueries queries, ScopeService scopes, Clock clock) {
        this.queries = queries;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ExemptionView get(CurrentUser user, long id) {
        requireReader(user);
        return visible(user, id);
    }

    @Transactional(readOnly = true)
    public PageView<ExemptionView> list(CurrentUser user, ExemptionFilter filter, PageRequest page) {
        requireReader(user);
        if (filter.status() != null && !ExemptionRules.STATUSES.contains(filter.status())) {
            throw Problems.invalidField("status", "Okänd status.");
        }
        String underPath = filter.orgUnitId() == null
                ? null
                : scopes.visiblePath(user, filter.orgUnitId())
                        .orElseThrow(() -> Problems.notFound("Organisationsenheten"));
        Scope scope = scopes.scopeOf(user);
        LocalDate today = today();
        return new PageView<>(
                queries.page(filter, underPath, scope, today, page),
                page.page(),
                page.size(),
                queries.count(filter, underPath, scope, today));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    ExemptionView visible(CurrentUser user, long id) {
        ExemptionQueries.Scoped found = queries.byId(id, today()).orElseThrow(() -> Problems.notFound("Undantaget"));
        if (!scopes.scopeOf(user).covers(found.path())) {
            throw Problems.notFound("Undantaget");
        }
        return found.view();
    }

    static void requireReader(CurrentUser user) {
        if (!user.hasAnyRole(Roles.PEOPLE)) {
            throw Problems.forbidden("Din roll ger inte behörighet att läsa undantag.");
        }
    }

    static void requireRequester(CurrentUser user) {
        if (!user.hasAnyRole(REQUESTERS)) {
            throw Problems.forbidden("Bara samordnare och informationsägare ansöker om undantag.");
        }
    }
}
