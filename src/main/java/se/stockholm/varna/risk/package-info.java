/**
 * The risk register: the risk matrix as data (versioned, any size), risks with inherent, current and
 * residual assessments, treatment and åtgärder, the risk owner's acceptance, the life cycle
 * identifierad → bedömd → granskad → beslutad → stängd, and risk candidates raised from
 * handlingsplan gaps and missing hosting decisions.
 *
 * <p>May use {@code shared}, {@code security}, {@code organisation}, {@code inventory} and
 * {@code classification}.
 */
package se.stockholm.varna.risk;
