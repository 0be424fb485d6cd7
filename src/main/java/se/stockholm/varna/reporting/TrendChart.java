package se.stockholm.varna.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A line chart of closed periods as SVG coordinates: the page draws it, the table beside it says the same. */
public record TrendChart(List<Point> points, String polyline, int width, int height, String maxText) {

    /** One period on the chart; {@code y} is null when the figure is undefined. */
    public record Point(String label, String text, int x, Integer y) {}

    static final int WIDTH = 600;
    static final int HEIGHT = 200;
    static final int PAD = 30;

    static TrendChart of(List<TrendPoint> points, boolean share) {
        BigDecimal max = share
                ? BigDecimal.ONE
                : points.stream()
                        .map(TrendPoint::value)
                        .filter(v -> v != null)
                        .max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ONE);
        if (max.signum() == 0) {
            max = BigDecimal.ONE;
        }
        int n = points.size();
        List<Point> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            TrendPoint p = points.get(i);
            int x = PAD + (n == 1 ? (WIDTH - 2 * PAD) / 2 : i * (WIDTH - 2 * PAD) / (n - 1));
            Integer y = p.value() == null
                    ? null
                    : HEIGHT
                            - PAD
                            - p.value()
                                    .multiply(BigDecimal.valueOf(HEIGHT - 2L * PAD))
                                    .divide(max, 0, java.math.RoundingMode.HALF_UP)
                                    .intValue();
            if (y != null) {
                line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
            }
            out.add(new Point(p.label(), ComparisonTable.text(p.value(), share), x, y));
        }
        return new TrendChart(out, line.toString(), WIDTH, HEIGHT, ComparisonTable.text(max, share));
    }
}
