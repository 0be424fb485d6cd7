package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A row of follow_up_evidence; the bytes are in follow_up_evidence_content. */
@MappedEntity("follow_up_evidence")
record EvidenceEntity(
        @Id @GeneratedValue @Nullable Long id,
        Long followUpId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        LocalDateTime uploadedAt) {

    EvidenceView view() {
        return new EvidenceView(
                id,
                followUpId,
                fileName,
                contentType,
                sizeBytes,
                sha256,
                uploadedBy,
                uploadedAt.toInstant(ZoneOffset.UTC));
    }
}
