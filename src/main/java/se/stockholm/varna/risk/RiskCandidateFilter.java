package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;

/** What to list: a status (NY, RISK, AVFARDAD, INAKTUELL, or ALLA; null means NY) and optionally a subtree. */
public record RiskCandidateFilter(@Nullable String status, @Nullable Long orgUnitId) {

    public static final String ALL = "ALLA";

    /** The status asked for, NY when none. */
    public String statusOrDefault() {
        return status == null || status.isBlank() ? RiskCandidateView.NEW : status.strip();
    }
}
