package se.stockholm.varna.classification;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.stockholm.varna.organisation.Scope;

/**
 * Computes the protection levels of it-tjänster from what is stored (processed informationsmängder,
 * their decided classifications, recorded levels) with {@link ProtectionLevelRules}, for one service
 * or many at once (one query each, not one per service).
 */
@Singleton
class ServiceProtection {

    static final String K = "K";

    private final ServiceLevelQueries rows;

    ServiceProtection(ServiceLevelQueries rows) {
        this.rows = rows;
    }

    /** The levels of one service, everything it processes counted. */
    record Computed(
            ServiceRow service,
            List<ProcessedAsset> assets,
            Map<String, ProtectionLevelRules.Inherited> inherited,
            Map<String, ProtectionLevelsView.LevelOverride> overrides,
            Map<String, Integer> required) {

        int required(String aspect) {
            return required.getOrDefault(aspect, 0);
        }

        boolean personalData() {
            return assets.stream().anyMatch(ProcessedAsset::holdsPersonalData);
        }

        List<String> personalDataCategories() {
            return assets.stream()
                    .map(ProcessedAsset::personalData)
                    .distinct()
                    .sorted()
                    .toList();
        }
    }

    Computed compute(ServiceRow service, List<String> aspects) {
        return compute(List.of(service), aspects).get(service.id());
    }

    Map<Long, Computed> compute(List<ServiceRow> services, List<String> aspects) {
        List<Long> ids = services.stream().map(ServiceRow::id).toList();
        Map<Long, List<ProcessedAsset>> assets = rows.processedAssets(ids);
        Map<Long, Map<String, ProtectionLevelsView.LevelOverride>> overrides = rows.overrides(ids);
        Map<Long, Computed> computed = new LinkedHashMap<>();
        for (ServiceRow service : services) {
            List<ProcessedAsset> processed = assets.getOrDefault(service.id(), List.of());
            Map<String, ProtectionLevelsView.LevelOverride> recorded = overrides.getOrDefault(service.id(), Map.of());
            Map<String, ProtectionLevelRules.Inherited> inherited = ProtectionLevelRules.inherit(aspects, processed);
            Map<String, Integer> recordedLevels = new HashMap<>();
            recorded.forEach((aspect, o) -> recordedLevels.put(aspect, o.level()));
            computed.put(
                    service.id(),
                    new Computed(
                            service,
                            processed,
                            inherited,
                            recorded,
                            ProtectionLevelRules.required(inherited, recordedLevels)));
        }
        return computed;
    }

    /** The levels as a reader sees them: informationsmängder outside the reader's scope stay nameless. */
    ProtectionLevelsView view(Computed c, Scope scope, ScaleView scale) {
        List<ProtectionLevelsView.Aspect> aspects = scale.aspects().stream()
                .map(a -> {
                    ProtectionLevelRules.Inherited inherited = c.inherited().get(a.code());
                    int required = c.required(a.code());
                    return new ProtectionLevelsView.Aspect(
                            a.code(),
                            a.name(),
                            inherited.level(),
                            inherited.cause() == null ? null : ref(inherited.cause(), scope),
                            c.overrides().get(a.code()),
                            required,
                            levelName(scale, required),
                            scale.inCatalogue(required));
                })
                .toList();
        return new ProtectionLevelsView(
                c.service().id(),
                aspects,
                c.assets().size(),
                ProtectionLevelRules.unclassified(c.assets()).stream()
                        .map(a -> ref(a, scope))
                        .toList(),
                ProtectionLevelRules.complete(c.assets()),
                aspects.stream().anyMatch(a -> !a.inCatalogue()));
    }

    private static ProtectionLevelsView.AssetRef ref(ProcessedAsset asset, Scope scope) {
        return scope.covers(asset.path())
                ? new ProtectionLevelsView.AssetRef(asset.id(), asset.name(), true)
                : new ProtectionLevelsView.AssetRef(null, null, false);
    }

    private static String levelName(ScaleView scale, int level) {
        return scale.levels().stream()
                .filter(l -> l.level() == level)
                .map(ScaleView.Level::name)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(String.valueOf(level));
    }
}
