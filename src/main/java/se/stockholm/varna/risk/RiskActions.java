package se.stockholm.varna.risk;

import jakarta.inject.Singleton;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.Problems;

/** What the forms of a risk's page do: each form posts to /risker/{id}/{action}. */
@Singleton
class RiskActions {

    private final RiskLifeCycleService lifeCycle;
    private final RiskAcceptanceService acceptances;
    private final RiskActionService actions;
    private final RiskChangeService changes;
    private final RiskService reads;

    RiskActions(
            RiskLifeCycleService lifeCycle,
            RiskAcceptanceService acceptances,
            RiskActionService actions,
            RiskChangeService changes,
            RiskService reads) {
        this.lifeCycle = lifeCycle;
        this.acceptances = acceptances;
        this.actions = actions;
        this.changes = changes;
        this.reads = reads;
    }

    void perform(CurrentUser user, long id, String action, Map<String, String> f) {
        switch (action) {
            case "bedom-INNEBOENDE", "bedom-NUVARANDE", "bedom-KVARVARANDE" ->
                lifeCycle.assess(
                        user,
                        id,
                        action.substring("bedom-".length()),
                        number(f.get("likelihood"), "likelihood"),
                        number(f.get("consequence"), "consequence"),
                        f.get("motivation"),
                        version(f));
            case "granska" -> lifeCycle.review(user, id, version(f));
            case "besluta" -> lifeCycle.decide(user, id, f.get("treatment"), f.get("motivation"), version(f));
            case "acceptera" ->
                acceptances.accept(
                        user,
                        id,
                        f.get("rationale"),
                        RiskPagesController.date(f.get("expiresOn"), "expiresOn"),
                        version(f));
            case "andra-beslut" ->
                acceptances.confirm(
                        user,
                        id,
                        number(f.get("acceptanceId"), "acceptanceId"),
                        "true".equals(f.get("approve")),
                        f.get("comment"));
            case "stang" -> lifeCycle.close(user, id, version(f));
            case "vasentlig" -> lifeCycle.markSignificant(user, id, "true".equals(f.get("significant")), version(f));
            case "atgard" ->
                actions.plan(
                        user,
                        id,
                        new RiskActionService.ActionInput(
                                f.get("title"),
                                f.get("description"),
                                f.get("responsible"),
                                RiskPagesController.date(f.get("dueOn"), "dueOn"),
                                null,
                                null));
            case "atgardsstatus" ->
                actions.follow(user, id, number(f.get("actionId"), "actionId"), f.get("status"), version(f));
            case "koppla" -> relink(user, id, f, true);
            case "koppla-bort" -> relink(user, id, f, false);
            default -> throw Problems.notFound("Sidan");
        }
    }

    /** Adds or removes one informationsmängd, it-tjänst or the leverantör ("typ" = mangd, tjanst, leverantor). */
    private void relink(CurrentUser user, long id, Map<String, String> f, boolean add) {
        RiskInput now = RiskInput.of(reads.get(user, id));
        long target = number(f.get("target"), "target");
        java.util.List<Long> assets = new java.util.ArrayList<>(now.assetIds());
        java.util.List<Long> services = new java.util.ArrayList<>(now.serviceIds());
        Long supplier = now.supplierId();
        switch (f.getOrDefault("typ", "")) {
            case "mangd" -> {
                assets.remove(target);
                if (add) {
                    assets.add(target);
                }
            }
            case "tjanst" -> {
                services.remove(target);
                if (add) {
                    services.add(target);
                }
            }
            case "leverantor" -> supplier = add ? target : null;
            default -> throw Problems.invalidField("typ", "Okänd koppling.");
        }
        changes.change(user, id, now.withLinks(assets, services, supplier), version(f));
    }

    private static int number(String value, String field) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw Problems.invalidField(field, "Välj ett värde i listan.");
        }
    }

    private static long version(Map<String, String> f) {
        try {
            return Long.parseLong(f.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw Problems.staleVersion();
        }
    }
}
