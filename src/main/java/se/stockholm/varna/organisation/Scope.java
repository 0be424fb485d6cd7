package se.stockholm.varna.organisation;

import java.util.List;
import se.stockholm.varna.shared.SqlWhere;

/**
 * The part of the tree a user may see: everything, or the subtrees under some root paths. Other
 * modules filter their rows by the path of the row's OrgUnit.
 */
public record Scope(boolean all, List<String> rootPaths) {

    public Scope {
        rootPaths = List.copyOf(rootPaths);
    }

    public static Scope everything() {
        return new Scope(true, List.of());
    }

    public boolean covers(String path) {
        return all || rootPaths.stream().anyMatch(path::startsWith);
    }

    /** Limits a query to this scope by the materialised path in {@code pathColumn}. */
    public SqlWhere restrict(SqlWhere where, String pathColumn) {
        return all ? where : where.andStartsWithAny(pathColumn, rootPaths);
    }

    public boolean isEmpty() {
        return !all && rootPaths.isEmpty();
    }
}
