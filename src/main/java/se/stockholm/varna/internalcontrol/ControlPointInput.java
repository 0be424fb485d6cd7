package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** What a kontrollmoment is: what is checked, how, how often, by whom, for which risks, reported when. */
public record ControlPointInput(
        @Nullable String title,
        @Nullable String whatChecked,
        @Nullable String method,
        @Nullable String frequencyCode,
        @Nullable String responsible,
        @Nullable List<Long> riskIds,
        @Nullable List<String> periodCodes) {

    public ControlPointInput {
        riskIds = riskIds == null ? List.of() : List.copyOf(riskIds);
        periodCodes = periodCodes == null ? List.of() : List.copyOf(periodCodes);
    }
}
