package se.stockholm.varna.reporting;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads reporting_period rows (owned by internalcontrol) for reports, without the reader-role check. */
@Singleton
class ReportPeriods {

    private static final String PERIOD =
            "SELECT id, period_year, code, starts_on, ends_on, status FROM reporting_period";

    private final IndicatorQueries queries;

    ReportPeriods(IndicatorQueries queries) {
        this.queries = queries;
    }

    Optional<ReportPeriod> period(int year, String code) {
        return first("period_year = ? AND code = ?", List.of(year, code));
    }

    Optional<ReportPeriod> period(long id) {
        return first("id = ?", List.of(id));
    }

    /** The periods of a year, in order. */
    List<ReportPeriod> ofYear(int year) {
        List<ReportPeriod> out = new ArrayList<>();
        queries.query(PERIOD + " WHERE period_year = ? ORDER BY sort_no", List.of(year), rs -> out.add(row(rs)));
        return out;
    }

    private Optional<ReportPeriod> first(String where, List<Object> params) {
        List<ReportPeriod> found = new ArrayList<>();
        queries.query(PERIOD + " WHERE " + where, params, rs -> found.add(row(rs)));
        return found.stream().findFirst();
    }

    private static ReportPeriod row(ResultSet rs) throws SQLException {
        return new ReportPeriod(
                rs.getLong(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getDate(4).toLocalDate(),
                rs.getDate(5).toLocalDate(),
                rs.getString(6));
    }
}
