package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.organisation.OrgUnitChoice;
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.organisation.OrgUnitView;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.FormSubmission;

/**
 * The models of the granskningar pages: a review with its findings and only the forms the caller
 * may use, and the review form. A refused form ({@code failedForm}) keeps what was typed.
 */
@Singleton
class ReviewPresenter {

    private final ReviewService reads;
    private final OrgUnitService orgUnits;

    ReviewPresenter(ReviewService reads, OrgUnitService orgUnits) {
        this.reads = reads;
        this.orgUnits = orgUnits;
    }

    @Transactional(readOnly = true)
    Map<String, Object> detail(
            CurrentUser user,
            long id,
            @Nullable String failedForm,
            FormSubmission.Errors errors,
            Map<String, String> values) {
        ReviewDetail detail = reads.detail(user, id);
        Map<String, Object> model = new HashMap<>();
        model.put("review", detail.review());
        model.put("detail", detail);
        model.put("cards", detail.findings());
        model.put("severities", reads.severities(user));
        Map<Long, Map<String, String>> editValues = new HashMap<>();
        for (FindingCard card : detail.findings()) {
            if (card.mayEdit()) {
                long fid = card.finding().id();
                editValues.put(
                        fid,
                        ("andra-iakttagelse-" + fid).equals(failedForm) ? values : ReviewForms.values(card.finding()));
            }
        }
        model.put("editValues", editValues);
        model.put("newValues", "iakttagelse".equals(failedForm) ? values : Map.of());
        boolean anyEdit = detail.mayRecord() || !editValues.isEmpty();
        model.put("units", anyEdit ? unitsUnder(user, detail.review().orgUnitId()) : List.of());
        model.put("failedForm", failedForm == null ? "" : failedForm);
        model.put("message", errors.message());
        model.put("errors", errors.fields());
        model.put("values", values);
        model.put("today", reads.today());
        return model;
    }

    Map<String, Object> form(
            CurrentUser user, @Nullable ReviewView editing, Map<String, String> values, FormSubmission.Errors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("review", editing);
        model.put("units", orgUnits.choices(user));
        model.put("values", values);
        model.put("errors", errors.fields());
        model.put("message", errors.message());
        model.put("kinds", List.of(ReviewView.INTERNAL, ReviewView.EXTERNAL));
        model.put("statuses", editing != null && editing.ended() ? List.of(ReviewView.ENDED) : ReviewRules.STATUSES);
        return model;
    }

    /** The open units at and under the audited unit: where a finding may be addressed. */
    private List<OrgUnitChoice> unitsUnder(CurrentUser user, long unitId) {
        List<OrgUnitView> subtree = orgUnits.subtree(user, unitId, false);
        if (subtree.isEmpty()) {
            return List.of();
        }
        int base = subtree.getFirst().depth();
        List<OrgUnitChoice> choices = new ArrayList<>();
        for (OrgUnitView u : subtree) {
            choices.add(new OrgUnitChoice(u.id(), "\u00a0\u00a0".repeat(Math.max(0, u.depth() - base)) + u.name()));
        }
        return choices;
    }
}
