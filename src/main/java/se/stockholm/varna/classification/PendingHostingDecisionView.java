package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** An active it-tjänst whose cloud or third-country hosting needs an informationsägare decision. */
@Serdeable
public record PendingHostingDecisionView(
        long itServiceId,
        String name,
        long responsibleOrgId,
        String responsibleOrgName,
        String hosting,
        boolean cloud,
        List<String> countries,
        int requiredK,
        boolean personalData,
        @Nullable Instant latestDecisionAt) {}
