package se.stockholm.varna.inventory;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.time.ZoneOffset;
import java.util.List;
import se.stockholm.varna.api.InventoryApi;
import se.stockholm.varna.api.model.InformationAsset;
import se.stockholm.varna.api.model.InformationAssetInput;
import se.stockholm.varna.api.model.InformationAssetPage;
import se.stockholm.varna.api.model.InformationAssetUpdate;
import se.stockholm.varna.api.model.Verksamhetsomrade;
import se.stockholm.varna.api.model.VersionOnly;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;

/** The inventory endpoints of openapi/varna.yaml: maps and delegates. */
@Controller
@AnyPersonRole
class InventoryApiController implements InventoryApi {

    private final InformationAssetService reads;
    private final InformationAssetChangeService changes;
    private final CurrentUsers users;

    InventoryApiController(InformationAssetService reads, InformationAssetChangeService changes, CurrentUsers users) {
        this.reads = reads;
        this.changes = changes;
        this.users = users;
    }

    @Override
    public InformationAssetPage listInformationAssets(
            String q,
            Long orgUnitId,
            String verksamhetsomrade,
            String personalData,
            String owner,
            Boolean withoutOwner,
            String status,
            String sort,
            Integer page,
            Integer size) {
        var result = reads.list(
                users.current(),
                new AssetFilter(
                        q,
                        orgUnitId,
                        verksamhetsomrade,
                        personalData,
                        owner,
                        Boolean.TRUE.equals(withoutOwner),
                        status,
                        sort),
                PageRequest.of(page, size, 50));
        return new InformationAssetPage(
                result.items().stream().map(InventoryApiController::toApi).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @Override
    @Secured(Roles.INFORMATIONSAGARE)
    public HttpResponse<InformationAsset> createInformationAsset(InformationAssetInput body) {
        InformationAssetView created = changes.register(users.current(), input(body));
        return HttpResponse.created(toApi(created)).header("Location", "/api/v1/information-assets/" + created.id());
    }

    @Override
    public InformationAsset getInformationAsset(Long id) {
        return toApi(reads.get(users.current(), id));
    }

    @Override
    @Secured(Roles.INFORMATIONSAGARE)
    public InformationAsset updateInformationAsset(Long id, InformationAssetUpdate body) {
        AssetInput in = new AssetInput(
                body.getName(),
                body.getDescription(),
                body.getOrgUnitId(),
                body.getOwnerUsername(),
                body.getOwnerName(),
                body.getProcess(),
                body.getVerksamhetsomrade(),
                body.getPersonalData(),
                body.getSekretess(),
                body.getTemplateOrigin(),
                body.getReviewDate());
        return toApi(changes.change(users.current(), id, in, body.getVersion()));
    }

    @Override
    @Secured(Roles.INFORMATIONSAGARE)
    public InformationAsset retireInformationAsset(Long id, VersionOnly body) {
        return toApi(changes.retire(users.current(), id, body.getVersion()));
    }

    @Override
    public List<Verksamhetsomrade> listPersonalDataCategories() {
        return reads.personalDataCategories(users.current(), false).stream()
                .map(c -> new Verksamhetsomrade(c.code(), c.name()))
                .toList();
    }

    private static AssetInput input(InformationAssetInput b) {
        return new AssetInput(
                b.getName(),
                b.getDescription(),
                b.getOrgUnitId(),
                b.getOwnerUsername(),
                b.getOwnerName(),
                b.getProcess(),
                b.getVerksamhetsomrade(),
                b.getPersonalData(),
                b.getSekretess(),
                b.getTemplateOrigin(),
                b.getReviewDate());
    }

    private static InformationAsset toApi(InformationAssetView v) {
        return new InformationAsset(
                        v.id(),
                        v.name(),
                        v.orgUnitId(),
                        v.orgUnitName(),
                        v.responsibleOrgId(),
                        v.responsibleOrgName(),
                        v.personalData(),
                        v.status(),
                        v.version())
                .description(v.description())
                .ownerUsername(v.ownerUsername())
                .ownerName(v.ownerName())
                .process(v.process())
                .verksamhetsomrade(v.verksamhetsomrade())
                .sekretess(v.sekretess())
                .templateOrigin(v.templateOrigin())
                .reviewDate(v.reviewDate())
                .updatedAt(v.updatedAt().atZone(ZoneOffset.UTC));
    }
}
