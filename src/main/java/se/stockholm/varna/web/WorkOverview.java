package se.stockholm.varna.web;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import se.stockholm.varna.classification.ClassificationService;
import se.stockholm.varna.internalcontrol.ExemptionFilter;
import se.stockholm.varna.internalcontrol.ExemptionService;
import se.stockholm.varna.internalcontrol.FollowUpService;
import se.stockholm.varna.inventory.AssetFilter;
import se.stockholm.varna.inventory.InformationAssetService;
import se.stockholm.varna.risk.RiskCandidateService;
import se.stockholm.varna.risk.RiskFilter;
import se.stockholm.varna.risk.RiskService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;

/**
 * What waits for the person on the start page, by role and within their scope: the informationsägare's
 * assets, decisions and overdue reviews; the samordnare's reviews, candidates and missing follow-ups;
 * the beslutare's exemption requests. Counts come from each module's own service.
 */
@Singleton
class WorkOverview {

    private static final PageRequest ONE = new PageRequest(0, 1);

    private final InformationAssetService assets;
    private final ClassificationService classifications;
    private final RiskService risks;
    private final RiskCandidateService candidates;
    private final FollowUpService followUps;
    private final ExemptionService exemptions;

    WorkOverview(
            InformationAssetService assets,
            ClassificationService classifications,
            RiskService risks,
            RiskCandidateService candidates,
            FollowUpService followUps,
            ExemptionService exemptions) {
        this.assets = assets;
        this.classifications = classifications;
        this.risks = risks;
        this.candidates = candidates;
        this.followUps = followUps;
        this.exemptions = exemptions;
    }

    List<WorkItem> of(CurrentUser user) {
        List<WorkItem> items = new ArrayList<>();
        if (!user.hasAnyRole(Roles.PEOPLE)) {
            return items;
        }
        if (user.hasRole(Roles.INFORMATIONSAGARE)) {
            String me = user.username();
            items.add(new WorkItem(
                    "mina-mangder",
                    "home.work.myAssets",
                    assets.list(user, new AssetFilter(null, null, null, null, me, false, null, null), ONE)
                            .total(),
                    "/informationsmangder?agare=" + me));
            items.add(new WorkItem(
                    "att-besluta-klassning",
                    "home.work.classificationsToDecide",
                    classifications
                            .list(user, new ClassificationService.ListFilter("FOR_BESLUT", false, null), ONE)
                            .total(),
                    "/klassning?visa=FOR_BESLUT"));
            items.add(new WorkItem(
                    "risker-att-besluta",
                    "home.work.risksToDecide",
                    risks.list(user, riskFilter("GRANSKAD", me), ONE).total(),
                    "/risker?status=GRANSKAD&agare=" + me));
        }
        if (user.hasAnyRole(List.of(Roles.INFORMATIONSAGARE, Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE))) {
            items.add(new WorkItem(
                    "forsenade-omklassningar",
                    "home.work.overdueReviews",
                    classifications
                            .list(user, new ClassificationService.ListFilter(null, true, null), ONE)
                            .total(),
                    "/klassning?visa=FORFALLNA"));
        }
        if (user.hasAnyRole(List.of(Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE))) {
            items.add(new WorkItem(
                    "risker-att-granska",
                    "home.work.risksToReview",
                    risks.list(user, riskFilter("BEDOMD", null), ONE).total(),
                    "/risker?status=BEDOMD"));
            items.add(new WorkItem(
                    "nya-kandidater",
                    "home.work.newCandidates",
                    candidates.counts(user, null).getOrDefault("NY", 0L),
                    "/risker/kandidater"));
            items.add(new WorkItem(
                    "saknade-uppfoljningar",
                    "home.work.missingFollowUps",
                    followUps.missing(user, null, null).size(),
                    "/internkontroll"));
        }
        if (user.hasAnyRole(List.of(Roles.UNDANTAGSBESLUTARE, Roles.CENTRAL_SAMORDNARE))) {
            items.add(new WorkItem(
                    "undantag-att-besluta",
                    "home.work.exemptionsToDecide",
                    exemptions
                            .list(user, new ExemptionFilter(null, null, "INSKICKAD", false), ONE)
                            .total(),
                    "/undantag?status=INSKICKAD"));
        }
        return items;
    }

    private static RiskFilter riskFilter(String status, String owner) {
        return new RiskFilter(null, null, status, null, owner, false, null, null, null);
    }
}
