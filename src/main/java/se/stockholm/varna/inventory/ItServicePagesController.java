package se.stockholm.varna.inventory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.Problems;

/** The it-tjänster pages: list (with the third-country/cloud view), detail, and linking informationsmängder. */
@Controller("/it-tjanster")
@Secured({
    Roles.ADMIN, Roles.CENTRAL_SAMORDNARE, Roles.SAMORDNARE, Roles.INFORMATIONSAGARE,
    Roles.SYSTEMAGARE, Roles.GRANSKARE, Roles.UNDANTAGSBESLUTARE, Roles.LASARE
})
class ItServicePagesController {

    private static final int PAGE_SIZE = 25;

    private final ItServiceService reads;
    private final ItServiceChangeService changes;
    private final InformationAssetService assets;
    private final CurrentUsers users;

    ItServicePagesController(
            ItServiceService reads,
            ItServiceChangeService changes,
            InformationAssetService assets,
            CurrentUsers users) {
        this.reads = reads;
        this.changes = changes;
        this.assets = assets;
        this.users = users;
    }

    @Get
    @View("inventory/services")
    Map<String, Object> list(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Boolean tredjeland,
            @Nullable @QueryValue Integer page) {
        CurrentUser user = users.current();
        boolean thirdCountry = Boolean.TRUE.equals(tredjeland);
        Map<String, Object> model = new HashMap<>();
        model.put(
                "result",
                reads.list(
                        user,
                        new ItServiceService.ServiceFilter(q, null, null, thirdCountry, null, null),
                        PageRequest.of(page, PAGE_SIZE, PAGE_SIZE)));
        model.put("q", q == null ? "" : q.strip());
        model.put("tredjeland", thirdCountry);
        model.put("hostingNames", hostingNames(user));
        return model;
    }

    @Get("/{id}")
    @View("inventory/service")
    Map<String, Object> detail(@PathVariable long id) {
        CurrentUser user = users.current();
        Map<String, Object> model = new HashMap<>();
        ItServiceView service = reads.get(user, id);
        model.put("service", service);
        model.put("hostingNames", hostingNames(user));
        boolean mayLink = user.hasRole(Roles.SYSTEMAGARE) && "AKTIV".equals(service.status());
        model.put("mayLink", mayLink);
        if (mayLink) {
            model.put(
                    "linkable",
                    assets
                            .list(
                                    user,
                                    new AssetFilter(null, null, null, null, null, false, null, null),
                                    new PageRequest(0, PageRequest.MAX_SIZE))
                            .items()
                            .stream()
                            .filter(a -> service.informationAssets().stream().noneMatch(l -> l.id() == a.id()))
                            .toList());
        }
        return model;
    }

    @Post(value = "/{id}/kopplingar", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.SYSTEMAGARE)
    HttpResponse<?> link(@PathVariable long id, @Body Map<String, String> form) {
        long assetId = parseId(form.get("informationAssetId"));
        changes.link(users.current(), id, assetId, !"ta-bort".equals(form.get("action")));
        return HttpResponse.seeOther(URI.create("/it-tjanster/" + id));
    }

    private Map<String, String> hostingNames(CurrentUser user) {
        Map<String, String> names = new HashMap<>();
        reads.hostingKinds(user, false).forEach(h -> names.put(h.code(), h.name()));
        return names;
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw Problems.invalidField("informationAssetId", "Välj en informationsmängd i listan.");
        }
    }
}
