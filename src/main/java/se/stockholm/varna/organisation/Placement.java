package se.stockholm.varna.organisation;

/**
 * Where a row of another module sits in the tree: its unit, the unit's path (for scope checks) and
 * the ansvarig organisation above it (the nearest nämnd, stadsdelsnämnd, koncern or bolag).
 */
public record Placement(
        long unitId, String unitName, String path, long responsibleOrgId, String responsibleOrgName, boolean open) {}
