package se.stockholm.varna.organisation;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import se.stockholm.varna.api.MeApi;
import se.stockholm.varna.api.model.CurrentUserView;
import se.stockholm.varna.api.model.OrgUnitRef;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;

/** Who the caller is, as Värna sees it: roles and scope resolved to OrgUnits. */
@Controller
@Secured({
    Roles.ADMIN,
    Roles.CENTRAL_SAMORDNARE,
    Roles.SAMORDNARE,
    Roles.INFORMATIONSAGARE,
    Roles.SYSTEMAGARE,
    Roles.GRANSKARE,
    Roles.UNDANTAGSBESLUTARE,
    Roles.LASARE,
    Roles.ILS_KLIENT
})
class MeApiController implements MeApi {

    private final CurrentUsers users;
    private final ScopeService scopes;

    MeApiController(CurrentUsers users, ScopeService scopes) {
        this.users = users;
        this.scopes = scopes;
    }

    @Override
    public CurrentUserView getCurrentUser() {
        CurrentUser user = users.current();
        return new CurrentUserView(
                        user.username(),
                        user.sortedRoles(),
                        user.cityWide(),
                        scopes.scopeRoots(user).stream()
                                .map(u -> new OrgUnitRef(u.id(), u.code(), u.name()))
                                .toList())
                .displayName(user.displayName());
    }
}
