package se.stockholm.varna.testsupport.citydata;

/**
 * How many rows of each kind the plan makes. Scale 1.0 is a Stockholm-sized city; the organisation
 * tree is always about 200 units (it costs nothing and the indicators need the shape).
 */
record CityDataSizes(int orgUnits, int assets, int services, int risks, int controlPoints, int exemptions) {

    static final int ORG_UNITS = 200;
    static final int ASSETS = 50_000;
    static final int SERVICES = 20_000;
    static final int RISKS = 200_000;
    static final int CONTROL_POINTS = 30_000;
    static final int EXEMPTIONS = 3_000;

    static CityDataSizes scaled(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be > 0: " + scale);
        }
        return new CityDataSizes(
                ORG_UNITS,
                atLeastOne(ASSETS * scale),
                atLeastOne(SERVICES * scale),
                atLeastOne(RISKS * scale),
                atLeastOne(CONTROL_POINTS * scale),
                atLeastOne(EXEMPTIONS * scale));
    }

    private static int atLeastOne(double n) {
        return Math.max(1, (int) Math.round(n));
    }
}
