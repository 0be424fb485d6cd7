/**
 * Informationsklassning after the KLASSA model: scales and question catalogues as data, the
 * classification life cycle of an informationsmängd (utkast, för beslut, beslutad, ersatt), review
 * cadence, the levels it-tjänster inherit, the requirement catalogue and handlingsplan, third-country
 * decisions and city-wide templates.
 *
 * <p>May use {@code shared}, {@code security}, {@code organisation} and {@code inventory}.
 */
package se.stockholm.varna.classification;
