/**
 * The organisation: the OrgUnit tree (kommun, nämnder, stadsdelsnämnder, koncern, bolag and the units
 * below them) with history, the verksamhetsområden, and the scope queries every other module uses to
 * keep a user inside their part of the tree.
 *
 * <p>May use {@code shared} and {@code security}.
 */
package se.stockholm.varna.organisation;
