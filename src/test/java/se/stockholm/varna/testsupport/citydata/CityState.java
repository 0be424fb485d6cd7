package se.stockholm.varna.testsupport.citydata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the parts of the plan hand on to each other: ids allocated so far and who belongs where. */
final class CityState {

    /** The fixed "today" of the dataset, so that overdue means the same in every run. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    static final LocalDateTime NOW = TODAY.atTime(8, 0);

    static final Set<String> ANSVARIG = Set.of("NAMND", "STADSDELSNAMND", "KONCERN", "BOLAG");

    /** A unit with the ansvarig organisation at or above it (0 for the kommun). */
    record Placed(long id, String kind, String path, String name, long responsibleId) {}

    final CityBase base;
    final CityDataSizes sizes;
    private final Map<String, Long> next = new HashMap<>();

    final List<Placed> units = new ArrayList<>();
    /** Units an asset, risk or service may belong to: every unit except the kommun. */
    final List<Placed> placeable = new ArrayList<>();
    /** The ansvarig organisations, in id order, with their people. */
    final Map<Long, People> responsibles = new LinkedHashMap<>();

    long[] assetIds;
    long[] assetUnit;
    long[] assetResp;
    String[] assetOwner;
    String[] assetPersonal;
    String[] assetOwnerName;
    /** Per asset the decided levels K, R, T, S, or null when no classification is decided. */
    int[][] decidedLevels;

    final Map<Long, List<Integer>> assetsByResp = new HashMap<>();

    long[] serviceIds;
    long[] serviceResp;
    String[] serviceHosting;
    boolean[] serviceCloud;
    int[][] serviceAssets;
    final Map<Long, List<Integer>> servicesByResp = new HashMap<>();

    final Map<Long, List<Long>> risksByResp = new HashMap<>();
    final Map<Long, long[]> actionsByRisk = new HashMap<>();
    /** reporting_period ids by {@link CityBase#periodKey}. */
    final Map<String, Long> periods = new HashMap<>();

    /** The informationsägare, systemägare and samordnare of one ansvarig organisation. */
    record People(String[][] owners, String[][] systemOwners, String[][] coordinators) {}

    CityState(CityBase base, CityDataSizes sizes) {
        this.base = base;
        this.sizes = sizes;
    }

    long id(String table) {
        long id = next.getOrDefault(table, base.nextId(table));
        next.put(table, id + 1);
        return id;
    }

    Placed unit(long id) {
        for (Placed p : units) {
            if (p.id() == id) {
                return p;
            }
        }
        throw new IllegalArgumentException("no unit " + id);
    }
}
