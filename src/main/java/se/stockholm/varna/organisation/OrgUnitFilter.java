package se.stockholm.varna.organisation;

import io.micronaut.core.annotation.Nullable;

/** What to list: optional kind, optional text in name or code, and whether closed units count. */
public record OrgUnitFilter(@Nullable String kind, @Nullable String text, boolean includeClosed) {

    public OrgUnitFilter {
        kind = blankToNull(kind);
        text = blankToNull(text);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
