package se.stockholm.varna.organisation;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/**
 * Command: rename and/or move a unit. A null parent keeps the current one; {@code changedFrom}
 * (default today) is when the new state starts. {@code version} is what the caller last read.
 */
public record OrgUnitChange(
        String name,
        @Nullable Long parentId,
        @Nullable Boolean intressebolag,
        @Nullable LocalDate changedFrom,
        long version) {}
