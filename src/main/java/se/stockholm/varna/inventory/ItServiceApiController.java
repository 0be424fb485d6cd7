package se.stockholm.varna.inventory;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import se.stockholm.varna.api.ItServicesApi;
import se.stockholm.varna.api.model.ItService;
import se.stockholm.varna.api.model.ItServicePage;
import se.stockholm.varna.api.model.NamedRef;
import se.stockholm.varna.api.model.OrgUnitRef;
import se.stockholm.varna.api.model.Verksamhetsomrade;
import se.stockholm.varna.api.model.VersionOnly;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;

/** The it-tjänst endpoints of openapi/varna.yaml: maps and delegates. */
@Controller
@AnyPersonRole
class ItServiceApiController implements ItServicesApi {

    private final ItServiceService reads;
    private final ItServiceChangeService changes;
    private final CurrentUsers users;

    ItServiceApiController(ItServiceService reads, ItServiceChangeService changes, CurrentUsers users) {
        this.reads = reads;
        this.changes = changes;
        this.users = users;
    }

    @Override
    public ItServicePage listItServices(
            String q,
            Long orgUnitId,
            String hosting,
            Boolean thirdCountryOrCloud,
            String owner,
            String status,
            Integer page,
            Integer size) {
        var result = reads.list(
                users.current(),
                new ItServiceService.ServiceFilter(
                        q, orgUnitId, hosting, Boolean.TRUE.equals(thirdCountryOrCloud), owner, status),
                PageRequest.of(page, size, 50));
        return new ItServicePage(
                result.items().stream().map(ItServiceApiController::toApi).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @Override
    @Secured(Roles.SYSTEMAGARE)
    public HttpResponse<ItService> createItService(se.stockholm.varna.api.model.ItServiceInput body) {
        ItServiceView created = changes.register(
                users.current(),
                new ItServiceInput(
                        body.getName(),
                        body.getDescription(),
                        body.getOrgUnitId(),
                        body.getOwnerUsername(),
                        body.getOwnerName(),
                        body.getAdministrator(),
                        body.getSupplierId(),
                        body.getHosting(),
                        Boolean.TRUE.equals(body.getCloud()),
                        body.getCountries(),
                        body.getUsedByOrgUnitIds()));
        return HttpResponse.created(toApi(created)).header("Location", "/api/v1/it-services/" + created.id());
    }

    @Override
    public ItService getItService(Long id) {
        return toApi(reads.get(users.current(), id));
    }

    @Override
    @Secured(Roles.SYSTEMAGARE)
    public ItService updateItService(Long id, se.stockholm.varna.api.model.ItServiceUpdate body) {
        ItServiceInput in = new ItServiceInput(
                body.getName(),
                body.getDescription(),
                body.getOrgUnitId(),
                body.getOwnerUsername(),
                body.getOwnerName(),
                body.getAdministrator(),
                body.getSupplierId(),
                body.getHosting(),
                Boolean.TRUE.equals(body.getCloud()),
                body.getCountries(),
                body.getUsedByOrgUnitIds());
        return toApi(changes.change(users.current(), id, in, body.getVersion()));
    }

    @Override
    @Secured(Roles.SYSTEMAGARE)
    public ItService retireItService(Long id, VersionOnly body) {
        return toApi(changes.retire(users.current(), id, body.getVersion()));
    }

    @Override
    @Secured(Roles.SYSTEMAGARE)
    public ItService linkInformationAsset(Long id, Long assetId) {
        return toApi(changes.link(users.current(), id, assetId, true));
    }

    @Override
    @Secured(Roles.SYSTEMAGARE)
    public ItService unlinkInformationAsset(Long id, Long assetId) {
        return toApi(changes.link(users.current(), id, assetId, false));
    }

    @Override
    public List<Verksamhetsomrade> listHostingKinds() {
        return reads.hostingKinds(users.current(), false).stream()
                .map(h -> new Verksamhetsomrade(h.code(), h.name()))
                .toList();
    }

    private static ItService toApi(ItServiceView v) {
        return new ItService(
                        v.id(),
                        v.name(),
                        v.orgUnitId(),
                        v.orgUnitName(),
                        v.responsibleOrgId(),
                        v.responsibleOrgName(),
                        v.hosting(),
                        v.cloud(),
                        v.countries(),
                        v.status(),
                        v.informationAssets().stream()
                                .map(a -> new OrgUnitRef(a.id(), String.valueOf(a.id()), a.name()))
                                .toList(),
                        v.usedBy().stream()
                                .map(u -> new NamedRef(u.id(), u.name()))
                                .toList(),
                        v.version())
                .description(v.description())
                .supplierId(v.supplierId())
                .supplierName(v.supplierName())
                .ownerUsername(v.ownerUsername())
                .ownerName(v.ownerName())
                .administrator(v.administrator());
    }
}
