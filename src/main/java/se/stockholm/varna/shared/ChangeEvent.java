package se.stockholm.varna.shared;

import io.micronaut.core.annotation.Nullable;

/**
 * Published by a service for every state change, inside the changing transaction. The audit log
 * stores it in that same transaction, so a change without its audit event cannot be committed.
 *
 * @param entityType what kind of thing changed, e.g. {@code OrgUnit}
 * @param entityId its id as text
 * @param action what happened, e.g. {@code CREATED}, {@code RENAMED}, {@code CLOSED}
 * @param actor username of who did it ({@code system} for migrations and jobs)
 * @param actorRoles the Värna roles the actor held, comma separated
 * @param orgUnitId the OrgUnit the change belongs to, for scoping the audit trail
 * @param before JSON of the state before, null when created
 * @param after JSON of the state after, null when deleted
 */
public record ChangeEvent(
        String entityType,
        String entityId,
        String action,
        String actor,
        String actorRoles,
        @Nullable Long orgUnitId,
        @Nullable String before,
        @Nullable String after) {}
