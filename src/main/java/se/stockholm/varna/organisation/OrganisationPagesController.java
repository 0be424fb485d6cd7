package se.stockholm.varna.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.View;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.PageView;

/** The organisation pages: the tree in the user's scope, search, and one unit. */
@Controller("/organisation")
@AnyPersonRole
class OrganisationPagesController {

    private static final int PAGE_SIZE = 25;

    private final OrgUnitService service;
    private final CurrentUsers users;

    OrganisationPagesController(OrgUnitService service, CurrentUsers users) {
        this.service = service;
        this.users = users;
    }

    @Get
    @View("organisation/tree")
    Map<String, Object> tree(
            @Nullable @QueryValue String q, @Nullable @QueryValue String kind, @Nullable @QueryValue Integer page) {
        CurrentUser user = users.current();
        Map<String, Object> model = search(user, q, kind, page);
        List<OrgTreeNode> forest = service.scopeRoots(user).stream()
                .map(root -> OrgTreeNode.of(service.subtree(user, root.id(), false)))
                .filter(Objects::nonNull)
                .toList();
        model.put("forest", forest);
        model.put("kinds", service.kinds());
        return model;
    }

    /** The search results alone, for htmx to swap in while the user types. */
    @Get("/sok")
    @View("organisation/results")
    Map<String, Object> results(
            @Nullable @QueryValue String q, @Nullable @QueryValue String kind, @Nullable @QueryValue Integer page) {
        return search(users.current(), q, kind, page);
    }

    @Get("/{id}")
    @View("organisation/unit")
    Map<String, Object> unit(@PathVariable long id) {
        CurrentUser user = users.current();
        Map<String, Object> model = new HashMap<>();
        model.put("unit", service.get(user, id));
        model.put("ancestors", service.ancestors(user, id));
        model.put("children", service.children(user, id, true));
        model.put("history", service.history(user, id));
        return model;
    }

    private Map<String, Object> search(CurrentUser user, String q, String kind, Integer page) {
        Map<String, Object> model = new HashMap<>();
        OrgUnitFilter filter = new OrgUnitFilter(kind, q, false);
        model.put("q", filter.text() == null ? "" : filter.text());
        model.put("kind", filter.kind() == null ? "" : filter.kind());
        boolean searching = filter.text() != null || filter.kind() != null;
        model.put("searching", searching);
        if (searching) {
            PageView<OrgUnitView> result = service.list(user, filter, PageRequest.of(page, PAGE_SIZE, PAGE_SIZE));
            model.put("result", result);
        }
        return model;
    }
}
