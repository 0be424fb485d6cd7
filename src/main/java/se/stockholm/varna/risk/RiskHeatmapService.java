package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.Problems;

/**
 * The heatmap of the risk register (issue 5 point 8): open risks (all but STANGD) in the caller's
 * scope, optionally under one organisation unit, counted per cell of the matrix each risk was
 * assessed with. Risks of different matrix versions are never mixed: each version gets its own grid.
 * The newest published matrix always has a grid, so that the page shows the current scale even
 * before any risk is assessed.
 */
@Singleton
public class RiskHeatmapService {

    public static final String INHERENT = "INNEBOENDE";
    public static final String RESIDUAL = "KVARVARANDE";

    private final RiskHeatmapQueries counts;
    private final RiskMatrixQueries matrices;
    private final ScopeService scopes;

    RiskHeatmapService(RiskHeatmapQueries counts, RiskMatrixQueries matrices, ScopeService scopes) {
        this.counts = counts;
        this.matrices = matrices;
        this.scopes = scopes;
    }

    /** The heatmap of one kind of assessment; {@code kind} null means INNEBOENDE. */
    @Transactional(readOnly = true)
    public RiskHeatmapView heatmap(CurrentUser user, @Nullable Long orgUnitId, @Nullable String kind) {
        RiskService.requireReader(user);
        String checked = kind == null || kind.isBlank() ? INHERENT : kind.strip();
        if (!RiskRules.KINDS.contains(checked)) {
            throw Problems.invalidField("kind", "Ange bedömning INNEBOENDE, NUVARANDE eller KVARVARANDE.");
        }
        String under = under(user, orgUnitId);
        Scope scope = scopes.scopeOf(user);
        Map<Long, Map<Integer, Integer>> counted = counted(checked, under, scope);
        List<RiskHeatmapView.Grid> grids = versions(counted.keySet()).stream()
                .map(m -> RiskHeatmapView.Grid.of(m, counted.get(m.id())))
                .toList();
        return new RiskHeatmapView(checked, orgUnitId, counts.unassessed(checked, under, scope), grids);
    }

    /** The inherent and residual heatmaps side by side, per matrix version: the page /risker/karta. */
    @Transactional(readOnly = true)
    public RiskMapView map(CurrentUser user, @Nullable Long orgUnitId) {
        RiskService.requireReader(user);
        String under = under(user, orgUnitId);
        Scope scope = scopes.scopeOf(user);
        Map<Long, Map<Integer, Integer>> inherent = counted(INHERENT, under, scope);
        Map<Long, Map<Integer, Integer>> residual = counted(RESIDUAL, under, scope);
        Set<Long> used = new LinkedHashSet<>(inherent.keySet());
        used.addAll(residual.keySet());
        List<RiskMapView.Section> sections = versions(used).stream()
                .map(m -> new RiskMapView.Section(
                        m,
                        RiskHeatmapView.Grid.of(m, inherent.get(m.id())),
                        RiskHeatmapView.Grid.of(m, residual.get(m.id()))))
                .toList();
        return new RiskMapView(
                orgUnitId,
                sections,
                counts.unassessed(INHERENT, under, scope),
                counts.unassessed(RESIDUAL, under, scope));
    }

    /** The path to count under; an organisation outside the scope is "not found", as everywhere. */
    private @Nullable String under(CurrentUser user, @Nullable Long orgUnitId) {
        return orgUnitId == null
                ? null
                : scopes.visiblePath(user, orgUnitId).orElseThrow(() -> Problems.notFound("Organisationsenheten"));
    }

    private Map<Long, Map<Integer, Integer>> counted(String kind, @Nullable String under, Scope scope) {
        Map<Long, Map<Integer, Integer>> counted = new HashMap<>();
        for (RiskHeatmapQueries.Count c : counts.counts(kind, under, scope)) {
            counted.computeIfAbsent(c.matrixId(), k -> new HashMap<>())
                    .put(RiskHeatmapView.key(c.likelihood(), c.consequence()), c.risks());
        }
        return counted;
    }

    /** The matrices with counted risks and the newest published one, newest version first. */
    private List<RiskMatrixView> versions(Set<Long> used) {
        Set<Long> ids = new LinkedHashSet<>(used);
        matrices.publishedId().ifPresent(ids::add);
        return ids.stream()
                .map(matrices::byId)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(RiskMatrixView::versionNo).reversed())
                .toList();
    }
}
