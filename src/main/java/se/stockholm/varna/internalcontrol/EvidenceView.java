package se.stockholm.varna.internalcontrol;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** An uploaded evidence file: what it is, never its bytes. */
@Serdeable
public record EvidenceView(
        long id,
        long followUpId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
