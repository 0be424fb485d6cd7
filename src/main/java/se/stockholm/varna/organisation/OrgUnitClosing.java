package se.stockholm.varna.organisation;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** Command: end a unit on {@code validTo} (its last day; default today). */
public record OrgUnitClosing(@Nullable LocalDate validTo, long version) {}
