package se.stockholm.varna.reporting;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison of organisations on the headline figure of every indicator: one row per organisation
 * (the chosen one first as the total), sortable by any indicator, each cell with a bar relative to the
 * largest value in its column so that the table reads as a chart without JavaScript.
 */
public record ComparisonTable(
        List<Column> columns, Row total, List<Row> rows, @Nullable String sortedBy, boolean descending) {

    /** An indicator's headline figure: the first sub-key of the catalogue. */
    public record Column(
            String indicatorId, String subKey, String nameSv, String nameEn, String unit, String direction) {

        public String name(String language) {
            return "en".equals(language) ? nameEn : nameSv;
        }

        public boolean share() {
            return "ANDEL".equals(unit);
        }
    }

    /** A figure as shown: the text, and the bar's width in percent of the column's largest figure. */
    public record Cell(String text, int bar, @Nullable BigDecimal value) {}

    public record Row(long orgUnitId, String name, List<Cell> cells) {}

    static final int BAR_WIDTH = 100;

    static ComparisonTable of(
            List<IndicatorDefinition> catalogue,
            IndicatorReportView.Organisation total,
            List<IndicatorReportView.Organisation> children,
            @Nullable String sortBy,
            boolean descending) {
        List<Column> columns = catalogue.stream()
                .map(d -> new Column(d.id(), d.subKeys().get(0), d.nameSv(), d.nameEn(), d.unit(), d.direction()))
                .toList();
        Map<String, BigDecimal> max = new HashMap<>();
        List<IndicatorReportView.Organisation> all = new ArrayList<>(children);
        all.add(total);
        for (Column c : columns) {
            all.stream()
                    .map(o -> headline(o, c))
                    .filter(v -> v != null)
                    .max(Comparator.naturalOrder())
                    .ifPresent(v -> max.put(c.indicatorId(), v));
        }
        List<Row> rows =
                new ArrayList<>(children.stream().map(o -> row(o, columns, max)).toList());
        int index = sortBy == null ? -1 : indexOf(columns, sortBy);
        if (index >= 0) {
            Comparator<Row> order = Comparator.comparing(
                    r -> r.cells().get(index).value(), Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));
            rows.sort(descending ? order.reversed() : order);
        }
        return new ComparisonTable(columns, row(total, columns, max), rows, index >= 0 ? sortBy : null, descending);
    }

    private static int indexOf(List<Column> columns, String id) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).indicatorId().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Row row(IndicatorReportView.Organisation o, List<Column> columns, Map<String, BigDecimal> max) {
        List<Cell> cells = new ArrayList<>();
        for (Column c : columns) {
            BigDecimal v = headline(o, c);
            BigDecimal top = max.get(c.indicatorId());
            int bar = v == null || top == null || top.signum() == 0
                    ? 0
                    : v.multiply(BigDecimal.valueOf(BAR_WIDTH))
                            .divide(top, 0, RoundingMode.HALF_UP)
                            .intValue();
            cells.add(new Cell(text(v, c.share()), bar, v));
        }
        return new Row(o.orgUnitId(), o.name(), cells);
    }

    @Nullable
    static BigDecimal headline(IndicatorReportView.Organisation o, Column c) {
        int template = c.subKey().indexOf('<');
        if (template >= 0) {
            // a sub-key per band (IS-04 "INNEBOENDE:<band>"): the headline is their sum
            String prefix = c.subKey().substring(0, template);
            return o.values().stream()
                    .filter(v -> v.indicatorId().equals(c.indicatorId())
                            && v.subKey().startsWith(prefix)
                            && v.value() != null)
                    .map(IndicatorValue::value)
                    .reduce(BigDecimal::add)
                    .orElse(null);
        }
        for (IndicatorValue v : o.values()) {
            if (v.indicatorId().equals(c.indicatorId()) && v.subKey().equals(c.subKey())) {
                return v.value();
            }
        }
        return null;
    }

    /** A share as a whole percent, a count as a whole number, "–" when undefined. */
    static String text(@Nullable BigDecimal v, boolean share) {
        if (v == null) {
            return "–";
        }
        return share
                ? v.multiply(BigDecimal.valueOf(100))
                                .setScale(0, RoundingMode.HALF_UP)
                                .toPlainString() + " %"
                : v.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}
