package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** The state of one question catalogue version, with the version number for optimistic locking. */
@Serdeable
public record CatalogueVersionView(
        long id,
        int versionNo,
        String title,
        String status,
        Instant createdAt,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy,
        int questionCount,
        long version) {}
