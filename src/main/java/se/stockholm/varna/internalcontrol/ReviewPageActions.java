package se.stockholm.varna.internalcontrol;

import jakarta.inject.Singleton;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.Problems;

/**
 * What the forms of a review's page do: each posts to /granskningar/{id}/{action}, with the finding
 * in {@code findingId} (except a new finding). Answers the finding the page should scroll to.
 */
@Singleton
class ReviewPageActions {

    private final FindingService findings;
    private final FindingActionService actions;
    private final ReviewService reads;

    ReviewPageActions(FindingService findings, FindingActionService actions, ReviewService reads) {
        this.findings = findings;
        this.actions = actions;
        this.reads = reads;
    }

    /** The key of the form that posted: the action, and for an existing finding its id ("svara-12"). */
    static String formKey(String action, Map<String, String> f) {
        return "iakttagelse".equals(action) ? action : action + "-" + f.getOrDefault("findingId", "");
    }

    long perform(CurrentUser user, long reviewId, String action, Map<String, String> f) {
        if ("iakttagelse".equals(action)) {
            return findings.record(user, reviewId, ReviewForms.finding(f)).id();
        }
        long finding = findingOf(user, reviewId, f);
        switch (action) {
            case "andra-iakttagelse" -> findings.change(user, finding, ReviewForms.finding(f), ReviewForms.version(f));
            case "svara" -> findings.answer(user, finding, f.get("response"), ReviewForms.version(f));
            case "stang" -> findings.close(user, finding, f.get("comment"), ReviewForms.version(f));
            case "atgard" ->
                actions.plan(
                        user, finding, f.get("title"), f.get("responsible"), ReviewForms.date(f.get("dueOn"), "dueOn"));
            case "atgardsstatus" -> {
                Long actionId = ReviewForms.id(f.get("actionId"), "actionId");
                if (actionId == null) {
                    throw Problems.notFound("Åtgärden");
                }
                actions.follow(user, finding, actionId, f.get("status"), ReviewForms.version(f));
            }
            default -> throw Problems.notFound("Sidan");
        }
        return finding;
    }

    /** The finding a form names, which must belong to the review of the page. */
    private long findingOf(CurrentUser user, long reviewId, Map<String, String> f) {
        Long id = ReviewForms.id(f.get("findingId"), "findingId");
        if (id == null || reads.finding(user, id).reviewId() != reviewId) {
            throw Problems.notFound("Iakttagelsen");
        }
        return id;
    }
}
