/**
 * Internkontroll and follow-up (MODEL.md §6): reporting periods as data, the yearly internkontrollplan
 * of an ansvarig organisation built from its väsentliga risks, kontrollmoment and their uppföljning
 * per period with evidence and corrective åtgärder, granskningar with iakttagelser (which may raise
 * risk candidates), and undantag from the riktlinje requested by an organisation and decided by an
 * undantagsbeslutare.
 *
 * <p>May use {@code shared}, {@code security}, {@code organisation}, {@code inventory},
 * {@code classification} and {@code risk}.
 */
package se.stockholm.varna.internalcontrol;
