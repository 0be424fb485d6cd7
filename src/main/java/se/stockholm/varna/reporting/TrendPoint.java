package se.stockholm.varna.reporting;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/** An indicator's figure in one closed period, as frozen then. */
public record TrendPoint(int year, String periodCode, @Nullable BigDecimal value) {

    public String label() {
        return periodCode + " " + year;
    }
}
