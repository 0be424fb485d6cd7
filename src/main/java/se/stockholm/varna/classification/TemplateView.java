package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A city-wide classification template (klassningsmall) with its answers and levels. */
@Serdeable
public record TemplateView(
        long id,
        String name,
        @Nullable String description,
        long catalogueId,
        int catalogueVersion,
        String status,
        String publishedBy,
        Instant publishedAt,
        List<ClassificationInput.Answer> answers,
        List<AspectLevel> levels,
        long version) {

    public static final String PUBLISHED = "PUBLICERAD";
    public static final String WITHDRAWN = "TILLBAKADRAGEN";

    public boolean published() {
        return PUBLISHED.equals(status);
    }

    /** The same template with other levels, e.g. with the proposals recomputed from the answers. */
    TemplateView withLevels(List<AspectLevel> newLevels) {
        return new TemplateView(
                id,
                name,
                description,
                catalogueId,
                catalogueVersion,
                status,
                publishedBy,
                publishedAt,
                answers,
                newLevels,
                version);
    }

    Map<String, Integer> levelByAspect() {
        return levels.stream().collect(Collectors.toMap(AspectLevel::aspect, AspectLevel::level));
    }
}
