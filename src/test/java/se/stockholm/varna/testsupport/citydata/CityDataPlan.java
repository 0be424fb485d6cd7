package se.stockholm.varna.testsupport.citydata;

import java.util.SplittableRandom;

/**
 * The whole synthetic city as a stream of rows, a pure function of the base, the seed and the scale:
 * the same three give the same rows in the same order. Each part draws from its own random stream, so
 * a change in one part leaves the others as they were.
 */
final class CityDataPlan {

    private CityDataPlan() {}

    static CityState emit(CityBase base, long seed, double scale, RowSink sink) {
        CityState s = new CityState(base, CityDataSizes.scaled(scale));
        OrgPlan.emit(s, part(seed, 1), sink);
        InventoryPlan.emit(s, part(seed, 2), sink);
        ClassificationPlan.emit(s, part(seed, 3), sink);
        HostingDecisionPlan.emit(s, part(seed, 7), sink);
        RiskPlan.emit(s, part(seed, 4), sink);
        InternalControlPlan.emit(s, part(seed, 5), sink);
        ExemptionPlan.emit(s, part(seed, 6), sink);
        return s;
    }

    private static SplittableRandom part(long seed, int part) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + part);
    }
}
