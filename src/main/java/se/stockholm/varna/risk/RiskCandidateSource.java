package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A later module that raises risk candidates (e.g. audit findings in {@code internalcontrol}) without
 * the risk module depending on it: the candidate sync asks every bean of this type for its causes
 * now, next to the handlingsplan gaps and hosting decisions, and outdates candidates whose cause is gone.
 */
public interface RiskCandidateSource {

    /** The kind of candidate this source raises; one of the kinds {@code risk_candidate} allows. */
    String kind();

    /** Every cause that should have a candidate now, city-wide. */
    List<Cause> causes();

    /**
     * One cause: {@code key} is stable for the cause's life and unique across sources (prefix it with
     * the kind); {@code state} changes when the cause changes, so a dismissed candidate comes back.
     */
    record Cause(String key, String state, long orgUnitId, String title, @Nullable String detail) {}
}
