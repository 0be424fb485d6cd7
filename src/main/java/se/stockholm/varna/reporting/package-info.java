/**
 * Reports and ILS (MODEL.md §7): the indicator catalogue IS-01 … IS-10 as data, indicator values for an
 * organisation subtree and reporting period computed with its own read-only SQL over the other modules'
 * tables, frozen snapshots of closed periods, and the read-only reports API for people (within their
 * scope) and the {@code ils-klient} (city-wide). See ADR 0017.
 *
 * <p>May use every other module: {@code shared}, {@code security}, {@code organisation},
 * {@code inventory}, {@code classification}, {@code risk} and {@code internalcontrol}.
 */
package se.stockholm.varna.reporting;
