package se.stockholm.varna.risk;

import java.util.Map;

/**
 * The description and vulnerability a risk starts from when a candidate is accepted: what the cause
 * was, in the register's language (Swedish, like the requirement catalogue it quotes).
 */
final class RiskCandidateText {

    private static final Map<String, String> STATUS = Map.of("DELVIS", "delvis uppfyllt", "EJ_UPPFYLLT", "ej uppfyllt");

    private RiskCandidateText() {}

    static String description(RiskCandidateView c) {
        String service = c.itServiceName() == null ? "it-tjänsten" : "it-tjänsten " + c.itServiceName();
        String text;
        if (c.gap()) {
            text = "Från riskkandidat " + c.id() + ": brist i handlingsplanen för " + service + ".";
        } else if (RiskCandidateCause.HOSTING.equals(c.kind())) {
            text = "Från riskkandidat " + c.id() + ": " + service
                    + " är en molntjänst eller driftas i tredjeland och behandlar information med K2 eller högre"
                    + " eller personuppgifter, utan informationsägarens beslut om driften (R1.35).";
        } else {
            // a later module's cause (e.g. an audit finding): its title and detail say what it is
            text = "Från riskkandidat " + c.id() + ": " + c.title() + (c.detail() == null ? "." : ". " + c.detail());
        }
        return RiskCandidateCause.cut(text, RiskCandidateCause.MAX_DETAIL);
    }

    static String vulnerability(RiskCandidateView c) {
        String text;
        if (c.gap()) {
            String status = STATUS.getOrDefault(c.assessmentStatus(), "inte uppfyllt");
            text = "Kravet " + c.requirementCode() + " är " + status + (c.detail() == null ? "." : ": " + c.detail());
        } else if (c.hosting() != null) {
            RiskCandidateView.Hosting h = c.hosting();
            text = "Drift: " + h.hosting() + (h.cloud() ? ", molntjänst" : "")
                    + (h.countries().isEmpty() ? "" : ", länder: " + String.join(", ", h.countries()))
                    + "; krävd konfidentialitetsnivå K" + h.requiredK()
                    + (h.personalData() ? "; personuppgifter behandlas" : "")
                    + ". Inget beslut av informationsägaren täcker driften.";
        } else {
            text = c.title();
        }
        return RiskCandidateCause.cut(text, RiskCandidateCause.MAX_DETAIL);
    }
}
