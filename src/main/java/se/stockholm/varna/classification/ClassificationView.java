package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One classification version of an informationsmängd, as the adapters and the audit trail see it. */
@Serdeable
public record ClassificationView(
        long id,
        long informationAssetId,
        String assetName,
        long orgUnitId,
        String responsibleOrgName,
        int sequenceNo,
        String status,
        long catalogueId,
        int catalogueVersion,
        @Nullable Long templateId,
        @Nullable String templateName,
        List<ClassificationInput.Answer> answers,
        List<AspectLevel> levels,
        @Nullable String separateAnalysis,
        String createdBy,
        Instant createdAt,
        @Nullable String submittedBy,
        @Nullable Instant submittedAt,
        @Nullable String decidedBy,
        @Nullable String decidedByName,
        @Nullable String decidedRole,
        @Nullable Instant decidedAt,
        @Nullable LocalDate nextReviewOn,
        List<Comment> comments,
        long version) {

    public static final String DRAFT = "UTKAST";
    public static final String FOR_DECISION = "FOR_BESLUT";
    public static final String DECIDED = "BESLUTAD";
    public static final String SUPERSEDED = "ERSATT";

    /** A review comment, e.g. a samordnare sending the classification back. */
    @Serdeable
    public record Comment(
            String kind,
            String author,
            @Nullable String authorName,
            String authorRole,
            Instant writtenAt,
            String text) {}

    ClassificationView with(
            List<ClassificationInput.Answer> newAnswers, List<AspectLevel> newLevels, List<Comment> newComments) {
        return new ClassificationView(
                id,
                informationAssetId,
                assetName,
                orgUnitId,
                responsibleOrgName,
                sequenceNo,
                status,
                catalogueId,
                catalogueVersion,
                templateId,
                templateName,
                newAnswers,
                newLevels,
                separateAnalysis,
                createdBy,
                createdAt,
                submittedBy,
                submittedAt,
                decidedBy,
                decidedByName,
                decidedRole,
                decidedAt,
                nextReviewOn,
                newComments,
                version);
    }

    public int level(String aspect) {
        return levels.stream()
                .filter(l -> l.aspect().equals(aspect))
                .mapToInt(AspectLevel::level)
                .findFirst()
                .orElse(0);
    }

    public boolean editable() {
        return DRAFT.equals(status) || FOR_DECISION.equals(status);
    }

    public boolean overdueOn(LocalDate today) {
        return DECIDED.equals(status) && nextReviewOn != null && nextReviewOn.isBefore(today);
    }
}
