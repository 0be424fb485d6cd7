package se.stockholm.varna.internalcontrol;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.FormSubmission;

/** The model of an undantag's page: the request, its decision, and the forms the caller may use on it. */
@Singleton
class ExemptionPresenter {

    private final ExemptionService reads;

    ExemptionPresenter(ExemptionService reads) {
        this.reads = reads;
    }

    @Transactional(readOnly = true)
    Map<String, Object> detail(
            CurrentUser user, long id, String form, FormSubmission.Errors errors, Map<String, String> values) {
        ExemptionView e = reads.get(user, id);
        LocalDate today = reads.today();
        boolean requester = user.hasAnyRole(ExemptionService.REQUESTERS);
        boolean submitted = ExemptionView.SUBMITTED.equals(e.status());
        Map<String, Object> model = new HashMap<>();
        model.put("exemption", e);
        model.put("mayEdit", requester && ExemptionRules.editable(e.status()));
        model.put("mayWithdraw", requester && ExemptionRules.withdrawable(e.status()));
        model.put("maySendBack", submitted && user.hasRole(Roles.CENTRAL_SAMORDNARE));
        model.put("mayDecide", submitted && user.hasRole(Roles.UNDANTAGSBESLUTARE));
        model.put(
                "defaultValidUntil",
                ExemptionRules.withinTimeBox(e.requestedUntil(), today) ? e.requestedUntil() : today.plusYears(1));
        model.put("failedForm", form);
        model.put("message", errors.message());
        model.put("errors", errors.fields());
        model.put("values", values);
        return model;
    }
}
