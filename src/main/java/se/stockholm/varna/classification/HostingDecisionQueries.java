package se.stockholm.varna.classification;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads hosting decisions, newest first. */
@Singleton
class HostingDecisionQueries {

    private final ServiceLevelQueries rows;

    HostingDecisionQueries(ServiceLevelQueries rows) {
        this.rows = rows;
    }

    /** Every decision of one service, newest first. */
    List<HostingDecisionEntity> all(long serviceId) {
        return newestFirst(List.of(serviceId)).getOrDefault(serviceId, List.of());
    }

    /** The newest decision per service, for those that have one. */
    Map<Long, HostingDecisionEntity> latest(Collection<Long> serviceIds) {
        Map<Long, HostingDecisionEntity> latest = new HashMap<>();
        newestFirst(serviceIds).forEach((id, decisions) -> latest.put(id, decisions.getFirst()));
        return latest;
    }

    private Map<Long, List<HostingDecisionEntity>> newestFirst(Collection<Long> serviceIds) {
        Map<Long, List<HostingDecisionEntity>> found = new HashMap<>();
        rows.each(
                "SELECT id, it_service_id, outcome, conditions, decided_by, decided_by_name, decided_role, decided_at,"
                        + " snapshot FROM hosting_decision WHERE it_service_id IN ("
                        + ServiceLevelQueries.marks(serviceIds) + ") ORDER BY decided_at DESC, id DESC",
                serviceIds,
                rs -> found.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(new HostingDecisionEntity(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getTimestamp(8).toLocalDateTime(),
                                rs.getString(9))));
        return found;
    }
}
