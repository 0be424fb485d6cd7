package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/**
 * Command: what an undantag request says. Which requirement of the riktlinje or a tillämpningsanvisning
 * (and optionally which requirement code of the catalogue), what deviates, the utredning och
 * konsekvensbeskrivning, an optional implementeringsplan, the effect on stadsgemensamma lösningar, and
 * until when the exemption is asked for.
 */
public record ExemptionRequest(
        @Nullable Long orgUnitId,
        @Nullable String title,
        @Nullable String requirementRef,
        @Nullable String requirementCode,
        @Nullable String deviation,
        @Nullable String investigation,
        @Nullable String implementationPlan,
        @Nullable String sharedImpact,
        @Nullable LocalDate requestedUntil) {

    /** The same request with its texts stripped and blank optional texts as null. */
    ExemptionRequest stripped() {
        return new ExemptionRequest(
                orgUnitId,
                ExemptionRules.strip(title),
                ExemptionRules.strip(requirementRef),
                ExemptionRules.strip(requirementCode),
                ExemptionRules.strip(deviation),
                ExemptionRules.strip(investigation),
                ExemptionRules.strip(implementationPlan),
                ExemptionRules.strip(sharedImpact),
                requestedUntil);
    }

    /** The request an exemption holds now, to check it again on submit. */
    static ExemptionRequest of(ExemptionView e) {
        return new ExemptionRequest(
                e.orgUnitId(),
                e.title(),
                e.requirementRef(),
                e.requirementCode(),
                e.deviation(),
                e.investigation(),
                e.implementationPlan(),
                e.sharedImpact(),
                e.requestedUntil());
    }
}
