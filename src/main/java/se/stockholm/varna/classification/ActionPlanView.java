package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * The handlingsplan of an it-tjänst: its levels, the handling label that follows from K, where the
 * third-country decision stands, the applicable requirements with their self-assessments, the
 * fulfilment and the gaps (DELVIS, EJ_UPPFYLLT) that are risk candidates.
 */
@Serdeable
public record ActionPlanView(
        long itServiceId,
        String itServiceName,
        String serviceStatus,
        ProtectionLevelsView levels,
        ScaleView.HandlingLabel handlingLabel,
        HostingStatus hosting,
        int catalogueVersion,
        List<Item> requirements,
        FulfilmentView fulfilment) {

    public static final String FULFILLED = "UPPFYLLT";
    public static final String PARTIAL = "DELVIS";
    public static final String NOT_FULFILLED = "EJ_UPPFYLLT";
    public static final String NOT_APPLICABLE = "EJ_TILLAMPLIGT";
    public static final List<String> STATUSES = List.of(FULFILLED, PARTIAL, NOT_FULFILLED, NOT_APPLICABLE);

    /** An applicable requirement and its self-assessment; {@code status} null is "ej bedömt", version 0. */
    @Serdeable
    public record Item(
            Requirement requirement,
            @Nullable String status,
            @Nullable String comment,
            @Nullable String assessedBy,
            @Nullable Instant assessedAt,
            long version) {

        public boolean gap() {
            return PARTIAL.equals(status) || NOT_FULFILLED.equals(status);
        }
    }

    /**
     * Cloud or third-country hosting: {@code decisionRelevant} when it also processes K ≥ 2 or personal
     * data; {@code needsDecision} when relevant and no informationsägare decision covers the current
     * hosting. {@code latestDecision} may be about an earlier hosting.
     */
    @Serdeable
    public record HostingStatus(
            boolean cloud,
            boolean thirdCountry,
            boolean decisionRelevant,
            boolean needsDecision,
            @Nullable HostingDecisionView latestDecision) {}

    /** The requirements assessed DELVIS or EJ_UPPFYLLT: risk candidates. */
    public List<Item> gaps() {
        return requirements.stream().filter(Item::gap).toList();
    }

    /** The applicable requirements of one aspect, in catalogue order. */
    public List<Item> requirementsOf(String aspect) {
        return requirements.stream()
                .filter(i -> i.requirement().aspect().equals(aspect))
                .toList();
    }

    public boolean active() {
        return "AKTIV".equals(serviceStatus);
    }
}
