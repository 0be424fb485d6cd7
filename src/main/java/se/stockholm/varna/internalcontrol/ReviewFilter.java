package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;

/**
 * What to list: text in title, scope or auditor; reviews concerning a unit's subtree (the audited
 * unit or a finding's unit lies in it); a status (null: all); a kind (null: both).
 */
public record ReviewFilter(
        @Nullable String text, @Nullable Long orgUnitId, @Nullable String status, @Nullable String kind) {

    public static ReviewFilter all() {
        return new ReviewFilter(null, null, null, null);
    }
}
