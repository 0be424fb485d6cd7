/**
 * The Keycloak adapter: realm roles from {@code realm_access.roles}, OrgUnit scope from the
 * {@code groups} claim, audience rules per transport, and {@link se.stockholm.varna.security.CurrentUser}
 * for the services. See docs/adr/0002.
 *
 * <p>May use {@code shared}. Knows OrgUnits only by code; resolving codes to subtrees is the
 * organisation module's job.
 */
package se.stockholm.varna.security;
