package se.stockholm.varna.reporting;

import io.micronaut.core.annotation.Nullable;

/** An organisation unit as reports need it: where it sits in the tree (materialised path). */
public record ReportUnit(long id, String code, String name, @Nullable Long parentId, String path) {}
