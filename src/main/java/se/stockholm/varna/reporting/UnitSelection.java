package se.stockholm.varna.reporting;

import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import se.stockholm.varna.organisation.Scope;

/**
 * Whose rows a count reads: every unit of a subtree (by materialised path), or a few units by id (a
 * refresh of the units recent changes touched, ADR 0019).
 */
record UnitSelection(@Nullable String path, List<Long> ids) {

    UnitSelection {
        ids = List.copyOf(ids);
    }

    static UnitSelection subtree(String path) {
        return new UnitSelection(path, List.of());
    }

    static UnitSelection units(Collection<Long> ids) {
        return new UnitSelection(null, List.copyOf(ids));
    }

    boolean isEmpty() {
        return path == null && ids.isEmpty();
    }

    /** The SQL condition on the org unit alias {@code u}; its parameters are {@link #params()}. */
    String condition() {
        return path != null ? "u.path LIKE ?" : "u.id IN (" + IndicatorQueries.marks(ids.size()) + ")";
    }

    List<Object> params() {
        return path != null ? List.of(path + "%") : List.copyOf(ids);
    }

    /** The subtree as a scope, for the classification module's services (only for a path). */
    Scope scope() {
        return "/".equals(path) ? Scope.everything() : new Scope(false, List.of(path));
    }
}
