package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDateTime;

/** A row of question_catalogue: one version, UTKAST → PUBLICERAD → ERSATT. Times are UTC. */
@MappedEntity("question_catalogue")
record QuestionCatalogueEntity(
        @Id @GeneratedValue @Nullable Long id,
        int versionNo,
        String title,
        @Nullable String description,
        String status,
        @Nullable LocalDateTime publishedAt,
        @Nullable String publishedBy,
        LocalDateTime createdAt,
        @Version @Nullable Long version) {

    static final String DRAFT = "UTKAST";
    static final String PUBLISHED = "PUBLICERAD";
    static final String SUPERSEDED = "ERSATT";

    QuestionCatalogueEntity published(LocalDateTime at, String by, long expectedVersion) {
        return new QuestionCatalogueEntity(
                id, versionNo, title, description, PUBLISHED, at, by, createdAt, expectedVersion);
    }

    QuestionCatalogueEntity superseded() {
        return new QuestionCatalogueEntity(
                id, versionNo, title, description, SUPERSEDED, publishedAt, publishedBy, createdAt, version);
    }
}
