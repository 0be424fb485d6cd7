package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;

/**
 * What to list: free text (title, requirement, deviation), a unit's subtree, one status (null: all),
 * and {@code onlyExpired}: beviljade exemptions whose valid-until date has passed.
 */
public record ExemptionFilter(
        @Nullable String text, @Nullable Long orgUnitId, @Nullable String status, boolean onlyExpired) {

    public static ExemptionFilter all() {
        return new ExemptionFilter(null, null, null, false);
    }
}
