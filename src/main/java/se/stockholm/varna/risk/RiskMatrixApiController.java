package se.stockholm.varna.risk;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;
import se.stockholm.varna.api.RiskMatricesApi;
import se.stockholm.varna.api.model.RiskBand;
import se.stockholm.varna.api.model.RiskHeatmap;
import se.stockholm.varna.api.model.RiskHeatmapCell;
import se.stockholm.varna.api.model.RiskHeatmapGrid;
import se.stockholm.varna.api.model.RiskMatrix;
import se.stockholm.varna.api.model.RiskMatrixCell;
import se.stockholm.varna.api.model.RiskMatrixInput;
import se.stockholm.varna.api.model.RiskScaleStep;
import se.stockholm.varna.api.model.VersionOnly;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;

/** The risk matrix versions and the heatmap of openapi/varna.yaml (tag risk-matrices): maps and delegates. */
@Controller
@AnyPersonRole
class RiskMatrixApiController implements RiskMatricesApi {

    private final RiskMatrixService matrices;
    private final RiskHeatmapService heatmaps;
    private final CurrentUsers users;

    RiskMatrixApiController(RiskMatrixService matrices, RiskHeatmapService heatmaps, CurrentUsers users) {
        this.matrices = matrices;
        this.heatmaps = heatmaps;
        this.users = users;
    }

    @Override
    public List<RiskMatrix> listRiskMatrices() {
        return matrices.list(users.current()).stream()
                .map(RiskMatrixApiController::toApi)
                .toList();
    }

    @Override
    public RiskMatrix getRiskMatrix(Long id) {
        return toApi(matrices.get(users.current(), id));
    }

    @Override
    @Secured(Roles.ADMIN)
    public HttpResponse<RiskMatrix> createRiskMatrix(RiskMatrixInput body) {
        RiskMatrixVersionView created = matrices.create(users.current(), toInput(body));
        return HttpResponse.created(toApi(created))
                .header("Location", "/api/v1/risk-matrices/" + created.matrix().id());
    }

    @Override
    @Secured(Roles.ADMIN)
    public RiskMatrix publishRiskMatrix(Long id, VersionOnly body) {
        return toApi(matrices.publish(users.current(), id, body.getVersion()));
    }

    @Override
    @Secured(Roles.ADMIN)
    // the generated interface says problem+json only (204 has no body), which made clients that
    // accept application/json get 406 instead of the 204 or the problem
    @Produces({"application/json", "application/problem+json"})
    public HttpResponse<Void> deleteRiskMatrix(Long id) {
        matrices.delete(users.current(), id);
        return HttpResponse.noContent();
    }

    @Override
    public RiskHeatmap getRiskHeatmap(Long orgUnitId, String kind) {
        RiskHeatmapView heatmap = heatmaps.heatmap(users.current(), orgUnitId, kind);
        return new RiskHeatmap(
                        heatmap.kind(),
                        heatmap.unassessed(),
                        heatmap.grids().stream()
                                .map(RiskMatrixApiController::toApi)
                                .toList())
                .orgUnitId(heatmap.orgUnitId());
    }

    private static NewRiskMatrix toInput(RiskMatrixInput body) {
        return new NewRiskMatrix(
                body.getName(),
                each(body.getLikelihood(), s -> new NewRiskMatrix.Step(s.getName(), s.getDescription())),
                each(body.getConsequence(), s -> new NewRiskMatrix.Step(s.getName(), s.getDescription())),
                each(
                        body.getBands(),
                        b -> new NewRiskMatrix.Band(b.getCode(), b.getName(), b.getColour(), b.getRank())),
                each(body.getCells(), c -> new NewRiskMatrix.Cell(c.getLikelihood(), c.getConsequence(), c.getBand())));
    }

    /** Maps a list of the body that may be missing or hold nulls; a null item stays null for the rules to name. */
    private static <A, B> List<B> each(List<A> items, Function<A, B> map) {
        return items == null
                ? List.of()
                : items.stream().map(i -> i == null ? null : map.apply(i)).toList();
    }

    private static RiskMatrix toApi(RiskMatrixVersionView v) {
        RiskMatrixView m = v.matrix();
        return new RiskMatrix(
                        m.id(),
                        m.versionNo(),
                        m.name(),
                        m.status(),
                        time(v.createdAt()),
                        v.riskCount(),
                        v.version(),
                        steps(m.likelihood()),
                        steps(m.consequence()),
                        bands(m.bands()),
                        m.cells().stream()
                                .map(c -> new RiskMatrixCell(c.likelihood(), c.consequence(), c.band()))
                                .toList())
                .publishedAt(time(m.publishedAt()))
                .publishedBy(v.publishedBy());
    }

    private static RiskHeatmapGrid toApi(RiskHeatmapView.Grid g) {
        RiskMatrixView m = g.matrix();
        return new RiskHeatmapGrid(
                m.id(),
                m.versionNo(),
                m.name(),
                m.status(),
                g.total(),
                steps(m.likelihood()),
                steps(m.consequence()),
                bands(m.bands()),
                g.cells().stream()
                        .map(c -> new RiskHeatmapCell(
                                c.likelihood(), c.consequence(), c.riskBand().code(), c.count()))
                        .toList());
    }

    private static List<RiskScaleStep> steps(List<RiskMatrixView.Step> steps) {
        return steps.stream()
                .map(s -> new RiskScaleStep(s.step(), s.name(), s.description()))
                .toList();
    }

    private static List<RiskBand> bands(List<RiskMatrixView.Band> bands) {
        return bands.stream()
                .map(b -> new RiskBand(b.code(), b.name(), b.colour(), b.rank()))
                .toList();
    }

    private static ZonedDateTime time(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC);
    }
}
