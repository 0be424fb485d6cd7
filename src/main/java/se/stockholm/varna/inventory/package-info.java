/**
 * The inventory: informationsmängder (information assets) with their informationsägare and ansvarig
 * organisation; it-tjänster; leverantörer with their contracts.
 *
 * <p>May use {@code shared}, {@code security} and {@code organisation}.
 */
package se.stockholm.varna.inventory;
