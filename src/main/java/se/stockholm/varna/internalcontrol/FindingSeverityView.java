package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A step of the severity scale of findings (data, rank 1 = lowest). */
@Serdeable
public record FindingSeverityView(String code, String name, String nameEn, @Nullable String description, int rank) {}
