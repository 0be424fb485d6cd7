package se.stockholm.varna.testsupport.citydata;

/** Where planned rows go: a database (in batches) or a digest (for the determinism test). */
interface RowSink {

    /** One row of {@code table}, its values in the order of {@link CityTables#columns(String)}. */
    void row(String table, Object... values);
}
