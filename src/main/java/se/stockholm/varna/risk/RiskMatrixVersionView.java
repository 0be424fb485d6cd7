package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A risk matrix version as the admin manages it: the matrix with when it was created, who published
 * it, how many risks are assessed with it, and the version to send back when publishing.
 */
@Serdeable
public record RiskMatrixVersionView(
        RiskMatrixView matrix, Instant createdAt, @Nullable String publishedBy, int riskCount, long version) {}
