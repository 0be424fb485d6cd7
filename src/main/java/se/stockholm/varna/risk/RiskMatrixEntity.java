package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDateTime;

/** A row of risk_matrix: one version, UTKAST → PUBLICERAD → ERSATT. Times are UTC. */
@MappedEntity("risk_matrix")
record RiskMatrixEntity(
        @Id @GeneratedValue @Nullable Long id,
        int versionNo,
        String name,
        int likelihoodSteps,
        int consequenceSteps,
        String status,
        @Nullable LocalDateTime publishedAt,
        @Nullable String publishedBy,
        LocalDateTime createdAt,
        @Version @Nullable Long version) {

    static final String DRAFT = "UTKAST";
    static final String PUBLISHED = "PUBLICERAD";
    static final String SUPERSEDED = "ERSATT";

    RiskMatrixEntity published(LocalDateTime at, String by, long expectedVersion) {
        return new RiskMatrixEntity(
                id, versionNo, name, likelihoodSteps, consequenceSteps, PUBLISHED, at, by, createdAt, expectedVersion);
    }

    RiskMatrixEntity superseded() {
        return new RiskMatrixEntity(
                id,
                versionNo,
                name,
                likelihoodSteps,
                consequenceSteps,
                SUPERSEDED,
                publishedAt,
                publishedBy,
                createdAt,
                version);
    }
}
