package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDateTime;

/** A row of classification_template. Its answers and levels never change; only its status does. Times are UTC. */
@MappedEntity("classification_template")
record TemplateEntity(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable String description,
        Long catalogueId,
        String status,
        String publishedBy,
        LocalDateTime publishedAt,
        @Version @Nullable Long version) {

    TemplateEntity withdrawn(long expectedVersion) {
        return new TemplateEntity(
                id, name, description, catalogueId, TemplateView.WITHDRAWN, publishedBy, publishedAt, expectedVersion);
    }
}
