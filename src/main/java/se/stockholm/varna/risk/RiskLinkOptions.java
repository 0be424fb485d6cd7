package se.stockholm.varna.risk;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.inventory.AssetFilter;
import se.stockholm.varna.inventory.InformationAssetService;
import se.stockholm.varna.inventory.ItServiceService;
import se.stockholm.varna.inventory.SupplierService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.PageRequest;

/** What a risk can be linked to: active informationsmängder, it-tjänster and leverantörer in scope, not yet linked. */
@Singleton
class RiskLinkOptions {

    private final InformationAssetService assets;
    private final ItServiceService services;
    private final SupplierService suppliers;

    RiskLinkOptions(InformationAssetService assets, ItServiceService services, SupplierService suppliers) {
        this.assets = assets;
        this.services = services;
        this.suppliers = suppliers;
    }

    Map<String, List<RiskView.Ref>> options(CurrentUser user, RiskView risk) {
        PageRequest all = new PageRequest(0, PageRequest.MAX_SIZE);
        List<Long> linkedAssets = risk.assets().stream().map(RiskView.Ref::id).toList();
        List<Long> linkedServices =
                risk.services().stream().map(RiskView.Ref::id).toList();
        return Map.of(
                "mangd",
                assets
                        .list(user, new AssetFilter(null, null, null, null, null, false, null, null), all)
                        .items()
                        .stream()
                        .filter(a -> !linkedAssets.contains(a.id()))
                        .map(a -> new RiskView.Ref(a.id(), a.name()))
                        .toList(),
                "tjanst",
                services
                        .list(user, new ItServiceService.ServiceFilter(null, null, null, false, null, null), all)
                        .items()
                        .stream()
                        .filter(s -> !linkedServices.contains(s.id()))
                        .map(s -> new RiskView.Ref(s.id(), s.name()))
                        .toList(),
                "leverantor",
                suppliers.list(user, null, null, false, null, all).items().stream()
                        .map(p -> new RiskView.Ref(p.id(), p.name()))
                        .toList());
    }
}
