package se.stockholm.varna.inventory;

import se.stockholm.varna.shared.Problems;
import se.stockholm.varna.shared.SqlWhere;

/** The list filter on status shared by the inventory: AKTIV by default, AVVECKLAD, or ALLA for both. */
final class LifecycleStatus {

    private LifecycleStatus() {}

    static SqlWhere restrict(SqlWhere where, String column, String status) {
        String wanted = status == null ? InformationAssetEntity.ACTIVE : status;
        if ("ALLA".equals(wanted)) {
            return where;
        }
        if (!wanted.equals(InformationAssetEntity.ACTIVE) && !wanted.equals(InformationAssetEntity.RETIRED)) {
            throw Problems.invalidField("status", "Status ska vara AKTIV, AVVECKLAD eller ALLA.");
        }
        return where.and(column + " = ?", wanted);
    }
}
