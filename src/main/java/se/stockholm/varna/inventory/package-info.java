/**
 * The inventory: informationsmängder (information assets) with their informationsägare and ansvarig
 * organisation; it-tjänster and leverantörer follow.
 *
 * <p>May use {@code shared}, {@code security} and {@code organisation}.
 */
package se.stockholm.varna.inventory;
