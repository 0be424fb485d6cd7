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
        String status,
        String publishedBy,
        Instant publishedAt,
        List<ClassificationInput.Answer> answers,
        List<AspectLevel> levels,
        long version) {

    public static final String PUBLISHED = "PUBLICERAD";

    Map<String, Integer> levelByAspect() {
        return levels.stream().collect(Collectors.toMap(AspectLevel::aspect, AspectLevel::level));
    }
}
