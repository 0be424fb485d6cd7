package se.stockholm.varna.risk;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.FormSubmission;

/** The model of a risk's page: the risk, its matrix, acceptances, åtgärder and the actions offered. */
@Singleton
class RiskPresenter {

    private final RiskService reads;
    private final RiskAcceptanceService acceptances;
    private final RiskActionService actions;
    private final RiskLinkOptions links;

    RiskPresenter(
            RiskService reads, RiskAcceptanceService acceptances, RiskActionService actions, RiskLinkOptions links) {
        this.reads = reads;
        this.acceptances = acceptances;
        this.actions = actions;
        this.links = links;
    }

    @Transactional(readOnly = true)
    Map<String, Object> detail(
            CurrentUser user, long id, String form, FormSubmission.Errors errors, Map<String, String> values) {
        RiskView risk = reads.get(user, id);
        RiskMatrixView matrix = reads.matrix(user, risk.matrixId());
        Map<String, Object> model = new HashMap<>();
        model.put("risk", risk);
        model.put("matrix", matrix);
        Map<String, RiskView.Assessment> byKind = new HashMap<>();
        risk.assessments().forEach(a -> byKind.put(a.kind(), a));
        model.put("assessments", byKind);
        model.put("kinds", List.of("INNEBOENDE", "NUVARANDE", "KVARVARANDE"));
        Map<String, String> bandNames = new HashMap<>();
        matrix.bands().forEach(b -> bandNames.put(b.code(), b.name()));
        model.put("bandNames", bandNames);
        model.put("acceptances", acceptances.ofRisk(user, id));
        model.put("actions", actions.ofRisk(user, id));
        boolean open = !RiskView.CLOSED.equals(risk.status());
        boolean identifier = user.hasAnyRole(RiskChangeService.IDENTIFIERS);
        model.put("mayAssess", open && identifier);
        model.put(
                "mayReview",
                RiskView.ASSESSED.equals(risk.status())
                        && user.hasAnyRole(List.of(Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE)));
        boolean owner = user.hasRole(Roles.INFORMATIONSAGARE);
        model.put("mayDecide", owner && RiskView.REVIEWED.equals(risk.status()));
        model.put(
                "mayAccept",
                owner && (RiskView.REVIEWED.equals(risk.status()) || RiskView.DECIDED.equals(risk.status())));
        model.put("mayClose", owner && RiskView.DECIDED.equals(risk.status()));
        model.put("maySecond", user.hasRole(Roles.CENTRAL_SAMORDNARE));
        model.put(
                "mayMark",
                open && user.hasAnyRole(List.of(Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE, Roles.INFORMATIONSAGARE)));
        if (open && identifier) {
            model.put("linkOptions", links.options(user, risk));
        }
        model.put("failedForm", form);
        model.put("message", errors.message());
        model.put("errors", errors.fields());
        model.put("values", values);
        model.put("today", reads.today());
        return model;
    }
}
