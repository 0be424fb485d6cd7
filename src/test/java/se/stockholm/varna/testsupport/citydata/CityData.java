package se.stockholm.varna.testsupport.citydata;

import java.sql.Connection;
import java.sql.SQLException;

/** The city-scale dataset for benchmarks that already have a migrated database: no Flyway, no exit. */
public final class CityData {

    private CityData() {}

    /** Fills the database behind {@code db} as {@link CityDataGenerator} does; returns the rows inserted. */
    public static long fill(Connection db, long seed, double scale) throws SQLException {
        try (JdbcSink sink = new JdbcSink(db)) {
            CityDataPlan.emit(CityBaseLoader.load(db), seed, scale, sink);
            sink.flush();
            return sink.counts().values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
