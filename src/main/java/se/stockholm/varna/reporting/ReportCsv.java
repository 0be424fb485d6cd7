package se.stockholm.varna.reporting;

import java.time.format.DateTimeFormatter;

/**
 * The CSV form of an indicator report: UTF-8, semicolon separated, a header row, then one row per
 * organisation × indicator × sub-key with the same numbers as the JSON (a dot as decimal separator,
 * empty when undefined).
 */
final class ReportCsv {

    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    static final String HEADER =
            "year;period;period_state;source;computed_at;org_unit_id;org_unit_code;org_unit_name;breakdown;indicator;sub_key;value";

    private ReportCsv() {}

    static String of(IndicatorReportView report) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        ReportPeriod p = report.period();
        String head = p.year() + ";" + cell(p.code()) + ";" + p.status() + ";" + report.source() + ";"
                + DateTimeFormatter.ISO_INSTANT.format(report.computedAt()) + ";";
        for (IndicatorReportView.Organisation o : report.organisations()) {
            for (IndicatorValue v : o.values()) {
                out.append(head)
                        .append(o.orgUnitId())
                        .append(';')
                        .append(cell(o.code()))
                        .append(';')
                        .append(cell(o.name()))
                        .append(';')
                        .append(o.breakdown())
                        .append(';')
                        .append(v.indicatorId())
                        .append(';')
                        .append(cell(v.subKey()))
                        .append(';')
                        .append(IndicatorRules.text(v.value()))
                        .append("\r\n");
            }
        }
        return out.toString();
    }

    /** Quoted when it holds a separator, a quote or a line break; quotes doubled (RFC 4180). */
    static String cell(String text) {
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
