package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.View;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.organisation.OrgUnitChoice;
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.shared.Problems;

/**
 * The riskkarta: inherent and residual heatmaps of the open risks in the caller's scope, for one
 * organisation subtree or all of it. Each cell with risks links to the risk list filtered to the cell.
 */
@Controller("/risker")
@AnyPersonRole
class RiskMapPagesController {

    private final RiskHeatmapService heatmaps;
    private final OrgUnitService orgUnits;
    private final CurrentUsers users;

    RiskMapPagesController(RiskHeatmapService heatmaps, OrgUnitService orgUnits, CurrentUsers users) {
        this.heatmaps = heatmaps;
        this.orgUnits = orgUnits;
        this.users = users;
    }

    @Get("/karta")
    @View("risk/map")
    Map<String, Object> map(@Nullable @QueryValue String organisation) {
        CurrentUser user = users.current();
        Long orgUnitId = parse(organisation);
        RiskMapView map = heatmaps.map(user, orgUnitId);
        List<OrgUnitChoice> units = orgUnits.choices(user);
        Map<String, Object> model = new HashMap<>();
        model.put("map", map);
        model.put("units", units);
        model.put("organisation", orgUnitId == null ? "" : String.valueOf(orgUnitId));
        // the rest of a cell's link to the risk list: the chosen organisation, if any
        model.put("orgParam", orgUnitId == null ? "" : "&organisation=" + orgUnitId);
        model.put(
                "organisationName",
                orgUnitId == null ? "" : orgUnits.get(user, orgUnitId).name());
        model.put("inherent", RiskHeatmapService.INHERENT);
        model.put("residual", RiskHeatmapService.RESIDUAL);
        return model;
    }

    private static @Nullable Long parse(@Nullable String organisation) {
        if (organisation == null || organisation.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(organisation.strip());
        } catch (NumberFormatException e) {
            throw Problems.notFound("Organisationsenheten");
        }
    }
}
