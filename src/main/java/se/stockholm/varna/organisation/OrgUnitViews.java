package se.stockholm.varna.organisation;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Maps rows to views, adding the kind's Swedish name (kinds are a small, cached table). */
@Singleton
class OrgUnitViews {

    private final OrgUnitKindRepository kinds;
    private volatile Map<String, OrgUnitKindEntity> byCode;

    OrgUnitViews(OrgUnitKindRepository kinds) {
        this.kinds = kinds;
    }

    OrgUnitView toView(OrgUnitEntity e) {
        OrgUnitKindEntity kind = kinds().get(e.kind());
        return new OrgUnitView(
                e.id(),
                e.code(),
                e.name(),
                e.kind(),
                kind == null ? e.kind() : kind.nameSv(),
                e.parentId(),
                e.intressebolag(),
                e.validFrom(),
                e.validTo(),
                e.depth(),
                e.version() == null ? 0 : e.version());
    }

    Map<String, OrgUnitKindEntity> kinds() {
        Map<String, OrgUnitKindEntity> current = byCode;
        if (current == null) {
            current = kinds.findAllOrderBySortOrder().stream()
                    .collect(Collectors.toMap(
                            OrgUnitKindEntity::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
            byCode = current;
        }
        return current;
    }
}
