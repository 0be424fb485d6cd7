package se.stockholm.varna.reporting;

import java.util.List;

/** One indicator of the catalogue (V14): stable id, names, definition, unit, direction and sub-keys. */
public record IndicatorDefinition(
        String id,
        String nameSv,
        String nameEn,
        String definitionSv,
        String definitionEn,
        String unit,
        String direction,
        List<String> subKeys) {}
