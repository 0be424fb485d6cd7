package se.stockholm.varna.inventory;

import io.micronaut.core.annotation.Nullable;

/**
 * What to list. {@code status} null means AKTIV; "ALLA" means both. {@code sort} is name (default),
 * updatedAt or reviewDate, with a leading "-" for descending.
 */
public record AssetFilter(
        @Nullable String text,
        @Nullable Long orgUnitId,
        @Nullable String verksamhetsomrade,
        @Nullable String personalData,
        @Nullable String owner,
        boolean withoutOwner,
        @Nullable String status,
        @Nullable String sort) {

    public AssetFilter {
        text = blankToNull(text);
        verksamhetsomrade = blankToNull(verksamhetsomrade);
        personalData = blankToNull(personalData);
        owner = blankToNull(owner);
        status = blankToNull(status);
        sort = blankToNull(sort);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
