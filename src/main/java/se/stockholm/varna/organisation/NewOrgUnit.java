package se.stockholm.varna.organisation;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** Command: create a unit. {@code validFrom} defaults to today. */
public record NewOrgUnit(
        String code,
        String name,
        String kind,
        @Nullable Long parentId,
        boolean intressebolag,
        @Nullable LocalDate validFrom) {}
