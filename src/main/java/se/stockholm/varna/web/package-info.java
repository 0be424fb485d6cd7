/**
 * The page shell: layout model (who you are, roles, scope), start page, language switch, the
 * browsable API page, and messages for Swedish (default) and English.
 *
 * <p>May use every module's public API.
 */
package se.stockholm.varna.web;
