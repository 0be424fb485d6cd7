package se.stockholm.varna.testsupport.citydata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Risks in every state with inherent, current and residual assessments (bands from the cells of matrix
 * 1), links to an informationsmängd and it-tjänst of their organisation, åtgärder for reduced risks and
 * the owner's acceptance for accepted ones.
 */
final class RiskPlan {

    static final String[] CONTEXT = {"LINJEVERKSAMHET", "LEVERANTOR", "PROJEKT", "INFORANDE"};
    static final String[] SOURCE = {"MANUELL", "HANDLINGSPLAN", "DRIFTBESLUT", "GRANSKNING"};
    static final String[] STATUS = {"IDENTIFIERAD", "BEDOMD", "GRANSKAD", "BESLUTAD", "STANGD"};
    static final String[] TREATMENT = {"REDUCERA", "ACCEPTERA", "UNDVIKA", "OVERFORA"};
    static final String[] ACTION = {"PLANERAD", "PAGAR", "KLAR", "STRUKEN"};

    private RiskPlan() {}

    static void emit(CityState s, SplittableRandom rnd, RowSink sink) {
        for (int i = 0; i < s.sizes.risks(); i++) {
            CityState.Placed unit = s.placeable.get(rnd.nextInt(s.placeable.size()));
            long resp = unit.responsibleId();
            String[] owner = CityWords.pick(rnd, s.responsibles.get(resp).owners());
            String status = STATUS[CityWords.weighted(rnd, 10, 25, 10, 45, 10)];
            boolean decided = status.equals("BESLUTAD") || status.equals("STANGD");
            String treatment = decided || (status.equals("GRANSKAD") && rnd.nextBoolean())
                    ? TREATMENT[CityWords.weighted(rnd, 60, 28, 6, 6)]
                    : null;
            LocalDateTime created = CityState.NOW.minusMinutes(rnd.nextLong(60L * 24 * 365 * 3));
            int[] inherent = {1 + CityWords.weighted(rnd, 15, 35, 30, 20), 1 + CityWords.weighted(rnd, 10, 30, 35, 25)};
            int[] current = {1 + rnd.nextInt(inherent[0]), 1 + rnd.nextInt(inherent[1])};
            int[] residual = {1 + rnd.nextInt(current[0]), 1 + rnd.nextInt(current[1])};
            String currentBand = s.base.band(current[0], current[1]);
            boolean significant = (currentBand.equals("HOG") || currentBand.equals("MYCKET_HOG")) && rnd.nextBoolean();
            String threat = CityWords.pick(rnd, CityWords.THREATS);
            long id = s.id("risk");
            sink.row(
                    "risk",
                    id,
                    InventoryPlan.trim(threat + " – " + unit.name(), 200),
                    null,
                    threat,
                    "Brister i rutiner och tekniska skydd.",
                    unit.id(),
                    resp,
                    owner[0],
                    owner[1],
                    CONTEXT[CityWords.weighted(rnd, 60, 20, 12, 8)],
                    SOURCE[CityWords.weighted(rnd, 85, 9, 2, 4)],
                    CityBase.RISK_MATRIX,
                    status,
                    treatment,
                    treatment == null ? null : "Behandling enligt riskägarens bedömning.",
                    significant,
                    status.equals("BESLUTAD") ? CityState.TODAY.plusDays(rnd.nextInt(-120, 365)) : null,
                    owner[0],
                    created,
                    InventoryPlan.min(created.plusDays(rnd.nextInt(0, 120))),
                    0L);
            s.risksByResp.computeIfAbsent(resp, k -> new ArrayList<>()).add(id);
            LocalDateTime assessed = InventoryPlan.min(created.plusDays(rnd.nextInt(1, 30)));
            if (!status.equals("IDENTIFIERAD")) {
                assess(s, sink, id, "INNEBOENDE", inherent, owner[0], assessed);
                assess(s, sink, id, "NUVARANDE", current, owner[0], assessed);
                if (treatment != null) {
                    assess(s, sink, id, "KVARVARANDE", residual, owner[0], assessed);
                }
            }
            link(s, rnd, sink, id, resp);
            if ("REDUCERA".equals(treatment)) {
                actions(s, rnd, sink, id, status, assessed);
            } else if ("ACCEPTERA".equals(treatment) && decided) {
                accept(s, rnd, sink, id, owner, s.base.band(residual[0], residual[1]), assessed);
            }
        }
    }

    private static void assess(
            CityState s, RowSink sink, long risk, String kind, int[] lc, String by, LocalDateTime at) {
        sink.row(
                "risk_assessment",
                risk,
                kind,
                lc[0],
                lc[1],
                s.base.band(lc[0], lc[1]),
                "Bedömt utifrån kända händelser och befintliga skydd.",
                by,
                at);
    }

    private static void link(CityState s, SplittableRandom rnd, RowSink sink, long risk, long resp) {
        List<Integer> assets = s.assetsByResp.getOrDefault(resp, List.of());
        if (!assets.isEmpty() && rnd.nextInt(100) < 80) {
            sink.row("risk_asset", risk, s.assetIds[assets.get(rnd.nextInt(assets.size()))]);
        }
        List<Integer> services = s.servicesByResp.getOrDefault(resp, List.of());
        if (!services.isEmpty() && rnd.nextInt(100) < 30) {
            sink.row("risk_service", risk, s.serviceIds[services.get(rnd.nextInt(services.size()))]);
        }
    }

    private static void actions(
            CityState s, SplittableRandom rnd, RowSink sink, long risk, String status, LocalDateTime at) {
        long[] ids = new long[1 + CityWords.weighted(rnd, 50, 35, 15)];
        for (int a = 0; a < ids.length; a++) {
            ids[a] = s.id("risk_action");
            String st = status.equals("STANGD")
                    ? ACTION[2 + CityWords.weighted(rnd, 90, 10)]
                    : ACTION[CityWords.weighted(rnd, 35, 35, 25, 5)];
            boolean open = st.equals("PLANERAD") || st.equals("PAGAR");
            LocalDate due = open // about a fifth of the open åtgärder are overdue
                    ? CityState.TODAY.plusDays(rnd.nextInt(-120, 400))
                    : at.toLocalDate().plusDays(rnd.nextInt(30, 540));
            sink.row(
                    "risk_action",
                    ids[a],
                    risk,
                    "Åtgärd " + (a + 1) + ": " + CityWords.pick(rnd, CityWords.CONTROLS),
                    null,
                    CityWords.pick(rnd, CityWords.FIRST) + " " + CityWords.pick(rnd, CityWords.LAST),
                    due,
                    st,
                    at,
                    at,
                    0L);
        }
        s.actionsByRisk.put(risk, ids);
    }

    private static void accept(
            CityState s, SplittableRandom rnd, RowSink sink, long risk, String[] owner, String band, LocalDateTime at) {
        boolean veryHigh = band.equals("MYCKET_HOG");
        String status = veryHigh && rnd.nextInt(100) < 30
                ? "VANTAR_PA_CENTRAL"
                : new String[] {"GALLANDE", "UTGANGEN", "ERSATT"}[CityWords.weighted(rnd, 85, 10, 5)];
        LocalDate expires = status.equals("UTGANGEN")
                ? CityState.TODAY.minusDays(rnd.nextInt(1, 200))
                : CityState.TODAY.plusDays(rnd.nextInt(30, 700));
        boolean seconded = veryHigh && !status.equals("VANTAR_PA_CENTRAL");
        sink.row(
                "risk_acceptance",
                s.id("risk_acceptance"),
                risk,
                status,
                "Kostnaden för ytterligare åtgärder står inte i proportion till risken.",
                expires,
                owner[0],
                owner[1],
                "informationsagare",
                at,
                seconded ? "central" : null,
                seconded ? "central-samordnare" : null,
                seconded ? InventoryPlan.min(at.plusDays(2)) : null,
                seconded ? "Godkänns." : null,
                "{\"riskId\":" + risk + ",\"band\":\"" + band + "\"}");
    }
}
