package se.stockholm.varna.classification;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An active it-tjänst in the cloud or a third country, processing K ≥ 2 or personal data, whose current
 * hosting no informationsägare decision covers (R1.35): the facts the need follows from, countries
 * sorted. What the risk register raises its candidates from.
 */
@Serdeable
public record HostingDecisionNeed(
        long itServiceId,
        String itServiceName,
        long orgUnitId,
        String hosting,
        boolean cloud,
        List<String> countries,
        int requiredK,
        boolean personalData) {}
