/**
 * The audit trail: every {@link se.stockholm.varna.shared.ChangeEvent} is stored as an append-only,
 * hash-chained row in the transaction that made the change.
 *
 * <p>May use every module's public API.
 */
package se.stockholm.varna.auditlog;
