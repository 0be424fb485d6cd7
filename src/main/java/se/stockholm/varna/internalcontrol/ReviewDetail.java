package se.stockholm.varna.internalcontrol;

import java.util.List;

/**
 * A granskning with the findings the caller may see and what the caller may do: change the review
 * ({@code mayManage}: a granskare or the central function whose scope covers the audited unit) and
 * record findings ({@code mayRecord}: the same, while the review is not ended).
 */
public record ReviewDetail(ReviewView review, boolean mayManage, boolean mayRecord, List<FindingCard> findings) {

    public ReviewDetail {
        findings = List.copyOf(findings);
    }
}
