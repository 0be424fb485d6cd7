package se.stockholm.varna.organisation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import se.stockholm.varna.api.OrganisationApi;
import se.stockholm.varna.api.model.OrgUnit;
import se.stockholm.varna.api.model.OrgUnitClose;
import se.stockholm.varna.api.model.OrgUnitCreate;
import se.stockholm.varna.api.model.OrgUnitHistoryEntry;
import se.stockholm.varna.api.model.OrgUnitPage;
import se.stockholm.varna.api.model.OrgUnitUpdate;
import se.stockholm.varna.api.model.Verksamhetsomrade;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;

/** The organisation endpoints of openapi/varna.yaml: maps and delegates, nothing else. */
@Controller
@AnyPersonRole
class OrganisationApiController implements OrganisationApi {

    private final OrgUnitService service;
    private final OrgUnitChangeService changes;
    private final CurrentUsers users;

    OrganisationApiController(OrgUnitService service, OrgUnitChangeService changes, CurrentUsers users) {
        this.service = service;
        this.changes = changes;
        this.users = users;
    }

    @Override
    public OrgUnitPage listOrgUnits(String kind, String q, Boolean includeClosed, Integer page, Integer size) {
        var result = service.list(
                users.current(),
                new OrgUnitFilter(kind, q, Boolean.TRUE.equals(includeClosed)),
                PageRequest.of(page, size, 50));
        return new OrgUnitPage(
                result.items().stream().map(OrganisationApiController::toApi).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @Override
    @Secured(Roles.ADMIN)
    public HttpResponse<OrgUnit> createOrgUnit(OrgUnitCreate body) {
        OrgUnitView created = changes.create(
                users.current(),
                new NewOrgUnit(
                        body.getCode(),
                        body.getName(),
                        body.getKind(),
                        body.getParentId(),
                        Boolean.TRUE.equals(body.getIntressebolag()),
                        body.getValidFrom()));
        return HttpResponse.created(toApi(created)).header("Location", "/api/v1/org-units/" + created.id());
    }

    @Override
    public OrgUnit getOrgUnit(Long id) {
        return toApi(service.get(users.current(), id));
    }

    @Override
    @Secured(Roles.ADMIN)
    public OrgUnit updateOrgUnit(Long id, OrgUnitUpdate body) {
        return toApi(changes.change(
                users.current(),
                id,
                new OrgUnitChange(
                        body.getName(),
                        body.getParentId(),
                        body.getIntressebolag(),
                        body.getChangedFrom(),
                        body.getVersion())));
    }

    @Override
    @Secured(Roles.ADMIN)
    public OrgUnit closeOrgUnit(Long id, OrgUnitClose body) {
        return toApi(changes.close(users.current(), id, new OrgUnitClosing(body.getValidTo(), body.getVersion())));
    }

    @Override
    public List<OrgUnit> getOrgUnitSubtree(Long id, Boolean includeClosed) {
        return service.subtree(users.current(), id, Boolean.TRUE.equals(includeClosed)).stream()
                .map(OrganisationApiController::toApi)
                .toList();
    }

    @Override
    public List<OrgUnitHistoryEntry> getOrgUnitHistory(Long id) {
        return service.history(users.current(), id).stream()
                .map(h -> new OrgUnitHistoryEntry(h.name(), h.validFrom(), h.validTo(), h.changedBy())
                        .parentId(h.parentId())
                        .parentName(h.parentName()))
                .toList();
    }

    @Override
    public List<Verksamhetsomrade> listVerksamhetsomraden() {
        return service.verksamhetsomraden(users.current(), false).stream()
                .map(a -> new Verksamhetsomrade(a.code(), a.name()))
                .toList();
    }

    static OrgUnit toApi(OrgUnitView v) {
        return new OrgUnit(
                        v.id(), v.code(), v.name(), v.kind(), v.intressebolag(), v.validFrom(), v.depth(), v.version())
                .kindName(v.kindName())
                .parentId(v.parentId())
                .validTo(v.validTo());
    }
}
