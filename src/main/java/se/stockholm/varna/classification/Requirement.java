package se.stockholm.varna.classification;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A protection requirement of the requirement catalogue (krav): it applies to an it-tjänst when the
 * required level of its aspect is at least {@code minLevel} and the level is in the catalogue (not 4).
 */
@Serdeable
public record Requirement(
        String code, String aspect, int minLevel, String kind, String isoControl, String title, String text) {}
