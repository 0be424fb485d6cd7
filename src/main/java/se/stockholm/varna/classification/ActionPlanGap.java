package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A gap of an active it-tjänst's handlingsplan: an applicable requirement (at the service's current
 * required levels) self-assessed DELVIS or EJ_UPPFYLLT, with the assessment's comment and version.
 * What the risk register raises its candidates from.
 */
@Serdeable
public record ActionPlanGap(
        long itServiceId,
        String itServiceName,
        long orgUnitId,
        Requirement requirement,
        String status,
        @Nullable String comment,
        long version) {}
