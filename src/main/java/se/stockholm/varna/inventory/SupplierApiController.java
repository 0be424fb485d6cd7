package se.stockholm.varna.inventory;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import se.stockholm.varna.api.SuppliersApi;
import se.stockholm.varna.api.model.Contract;
import se.stockholm.varna.api.model.Supplier;
import se.stockholm.varna.api.model.SupplierPage;
import se.stockholm.varna.api.model.SupplierUpdate;
import se.stockholm.varna.api.model.VersionOnly;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;

/** The leverantör endpoints of openapi/varna.yaml: maps and delegates. */
@Controller
@AnyPersonRole
class SupplierApiController implements SuppliersApi {

    private final SupplierService service;
    private final CurrentUsers users;

    SupplierApiController(SupplierService service, CurrentUsers users) {
        this.service = service;
        this.users = users;
    }

    @Override
    public SupplierPage listSuppliers(
            String q, Long orgUnitId, Boolean withoutDpa, String status, Integer page, Integer size) {
        var result = service.list(
                users.current(), q, orgUnitId, Boolean.TRUE.equals(withoutDpa), status, PageRequest.of(page, size, 50));
        return new SupplierPage(
                result.items().stream().map(SupplierApiController::toApi).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @Override
    @Secured(Roles.SYSTEMAGARE)
    public HttpResponse<Supplier> createSupplier(se.stockholm.varna.api.model.SupplierInput body) {
        SupplierView created = service.register(
                users.current(),
                input(
                        body.getName(),
                        body.getOrganisationNumber(),
                        body.getOrgUnitId(),
                        body.getDpaInPlace(),
                        body.getSubprocessors(),
                        body.getContracts()));
        return HttpResponse.created(toApi(created)).header("Location", "/api/v1/suppliers/" + created.id());
    }

    @Override
    public Supplier getSupplier(Long id) {
        return toApi(service.get(users.current(), id));
    }

    @Override
    @Secured(Roles.SYSTEMAGARE)
    public Supplier updateSupplier(Long id, SupplierUpdate body) {
        SupplierInput in = input(
                body.getName(),
                body.getOrganisationNumber(),
                body.getOrgUnitId(),
                body.getDpaInPlace(),
                body.getSubprocessors(),
                body.getContracts());
        return toApi(service.change(users.current(), id, in, body.getVersion()));
    }

    @Override
    @Secured(Roles.SYSTEMAGARE)
    public Supplier retireSupplier(Long id, VersionOnly body) {
        return toApi(service.retire(users.current(), id, body.getVersion()));
    }

    private static SupplierInput input(
            String name, String orgNr, Long unit, Boolean dpa, String subprocessors, List<Contract> contracts) {
        return new SupplierInput(
                name,
                orgNr,
                unit,
                Boolean.TRUE.equals(dpa),
                subprocessors,
                contracts == null
                        ? List.of()
                        : contracts.stream()
                                .map(c -> new SupplierInput.Contract(c.getReference(), c.getStartsOn(), c.getEndsOn()))
                                .toList());
    }

    private static Supplier toApi(SupplierView v) {
        return new Supplier(
                        v.id(),
                        v.name(),
                        v.orgUnitId(),
                        v.orgUnitName(),
                        v.responsibleOrgId(),
                        v.responsibleOrgName(),
                        v.dpaInPlace(),
                        v.contracts().stream()
                                .map(c -> new Contract(c.reference())
                                        .startsOn(c.startsOn())
                                        .endsOn(c.endsOn()))
                                .toList(),
                        v.status(),
                        v.version())
                .organisationNumber(v.organisationNumber())
                .subprocessors(v.subprocessors());
    }
}
