package se.stockholm.varna.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.auditlog.AuditTrailService;
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.organisation.OrgUnitView;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;

/** Adds what the layout shows on every page: the user, their roles and their scope. */
@Singleton
class LayoutModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    private final CurrentUsers users;
    private final OrgUnitService orgUnits;

    LayoutModelProcessor(CurrentUsers users, OrgUnitService orgUnits) {
        this.users = users;
        this.orgUnits = orgUnits;
    }

    /** Which menu item is the current page; names, not paths (OGNL reads '/' as a character). */
    static String section(String path) {
        if (path.startsWith("/klassning/mallar") || path.startsWith("/klassning/kalibrering")) {
            return "templates";
        }
        if (path.startsWith("/organisation")) {
            return "organisation";
        }
        if (path.startsWith("/informationsmangder")) {
            return "assets";
        }
        if (path.startsWith("/klassning")) {
            return "classification";
        }
        if (path.startsWith("/it-tjanster")) {
            return "services";
        }
        if (path.startsWith("/risker")) {
            return "risks";
        }
        if (path.startsWith("/leverantorer")) {
            return "suppliers";
        }
        if (path.startsWith("/internkontroll")) {
            return "internalControl";
        }
        if (path.startsWith("/granskningar")) {
            return "reviews";
        }
        if (path.startsWith("/undantag")) {
            return "exemptions";
        }
        if (path.startsWith("/rapporter")) {
            return "reports";
        }
        if (path.startsWith("/handelselogg")) {
            return "audit";
        }
        if (path.startsWith("/oversikt")) {
            return "status";
        }
        if (path.startsWith("/api-docs")) {
            return "api";
        }
        return "/".equals(path) ? "home" : "other";
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElse(Map.of()));
        request.getUserPrincipal(Authentication.class).ifPresent(auth -> {
            CurrentUser user = users.from(auth);
            model.put("me", user);
            model.put("mayRead", user.hasAnyRole(Roles.PEOPLE));
            model.put("mayReadAudit", user.hasAnyRole(AuditTrailService.READERS));
            model.put("mayReadStatus", user.hasAnyRole(StatusPagesController.READERS));
            model.put("scopeUnits", user.hasAnyRole(Roles.PEOPLE) ? orgUnits.scopeRoots(user) : List.<OrgUnitView>of());
        });
        model.put("navSection", section(request.getPath()));
        modelAndView.setModel(model);
    }
}
