package se.stockholm.varna.testsupport.citydata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Internkontroll for two years: the reporting periods (the earlier year closed), a fastställd plan per
 * ansvarig organisation and year, the kontrollmoment spread over the plans with their periods and
 * risks, and follow-ups: every period of the earlier year, the first two tertials of the current one.
 */
final class InternalControlPlan {

    static final int[] YEARS = {CityState.TODAY.getYear() - 1, CityState.TODAY.getYear()};
    static final String[][] PERIODS = {
        {"T1", "Tertialrapport 1", "Four-month report 1", "4"},
        {"T2", "Tertialrapport 2", "Four-month report 2", "8"},
        {"VB", "Verksamhetsberättelse", "Annual report", "12"}
    };
    static final String[] FREQUENCY = {"LOPANDE", "MANADSVIS", "KVARTAL", "TERTIAL", "HALVAR", "ARLIGEN"};
    static final String[] RESULT = {"UTAN_ANMARKNING", "MED_AVVIKELSE", "EJ_GENOMFORD"};

    private InternalControlPlan() {}

    static void emit(CityState s, SplittableRandom rnd, RowSink sink) {
        periods(s, sink);
        List<long[]> plans = new ArrayList<>(); // {planId, orgId, year}
        for (int year : YEARS) {
            for (long org : s.responsibles.keySet()) {
                if (s.base.plans().contains(CityBase.planKey(org, year))) {
                    continue;
                }
                long id = s.id("control_plan");
                String[] by = s.responsibles.get(org).coordinators()[0];
                LocalDate decided = LocalDate.of(year - 1, 12, 10 + rnd.nextInt(10));
                LocalDateTime established = decided.plusDays(3).atTime(10, 0);
                sink.row(
                        "control_plan",
                        id,
                        org,
                        year,
                        "FASTSTALLD",
                        decided,
                        "§ " + (1 + rnd.nextInt(40)) + ", dnr " + (year - 1) + "/" + (100 + rnd.nextInt(900)),
                        0,
                        by[0],
                        established,
                        by[0],
                        established.minusDays(30),
                        established,
                        0L);
                plans.add(new long[] {id, org, year});
            }
        }
        if (plans.isEmpty()) {
            return;
        }
        int[] counts = new int[plans.size()];
        int[] weights = new int[plans.size()];
        for (int p = 0; p < plans.size(); p++) {
            weights[p] = 1 + rnd.nextInt(4);
        }
        for (int k = 0; k < s.sizes.controlPoints(); k++) {
            counts[CityWords.weighted(rnd, weights)]++;
        }
        for (int p = 0; p < plans.size(); p++) {
            for (int k = 0; k < counts[p]; k++) {
                point(s, rnd, sink, plans.get(p), k + 1);
            }
        }
    }

    private static void periods(CityState s, RowSink sink) {
        for (int year : YEARS) {
            boolean closed = year < CityState.TODAY.getYear();
            for (int p = 0; p < PERIODS.length; p++) {
                String key = CityBase.periodKey(year, PERIODS[p][0]);
                Long existing = s.base.periods().get(key);
                if (existing != null) {
                    s.periods.put(key, existing);
                    continue;
                }
                long id = s.id("reporting_period");
                LocalDate ends = LocalDate.of(year, Integer.parseInt(PERIODS[p][3]), 1)
                        .plusMonths(1)
                        .minusDays(1);
                sink.row(
                        "reporting_period",
                        id,
                        year,
                        PERIODS[p][0],
                        PERIODS[p][1],
                        PERIODS[p][2],
                        LocalDate.of(year, 1, 1),
                        ends,
                        p + 1,
                        closed ? "STANGD" : "OPPEN",
                        closed ? "central" : null,
                        closed ? ends.plusMonths(2).atTime(9, 0) : null,
                        LocalDate.of(year, 1, 1).atTime(7, 0),
                        0L);
                s.periods.put(key, id);
            }
        }
    }

    private static void point(CityState s, SplittableRandom rnd, RowSink sink, long[] plan, int position) {
        long id = s.id("control_point");
        int year = (int) plan[2];
        String title = CityWords.pick(rnd, CityWords.CONTROLS);
        LocalDateTime created = LocalDate.of(year - 1, 11, 1).atTime(9, 0).plusMinutes(position);
        sink.row(
                "control_point",
                id,
                plan[0],
                title,
                "Att rutinen för " + title.toLowerCase() + " följs.",
                CityWords.pick(rnd, CityWords.METHODS),
                FREQUENCY[rnd.nextInt(FREQUENCY.length)],
                CityWords.pick(rnd, CityWords.FIRST) + " " + CityWords.pick(rnd, CityWords.LAST),
                position,
                created,
                created,
                0L);
        List<Long> risks = s.risksByResp.getOrDefault(plan[1], List.of());
        long risk = -1;
        if (!risks.isEmpty() && rnd.nextInt(100) < 60) {
            risk = risks.get(rnd.nextInt(risks.size()));
            sink.row("control_point_risk", id, risk);
        }
        int first = new int[] {2, 1, 0}[CityWords.weighted(rnd, 30, 25, 45)];
        for (int p = first; p < PERIODS.length; p++) {
            sink.row("control_point_period", id, PERIODS[p][0]);
        }
        for (int p = first; p < PERIODS.length; p++) {
            int share = year < CityState.TODAY.getYear() ? 95 : new int[] {90, 65, 0}[p];
            if (rnd.nextInt(100) >= share) {
                continue;
            }
            String result = RESULT[CityWords.weighted(rnd, 75, 18, 7)];
            long periodId = s.periods.get(CityBase.periodKey(year, PERIODS[p][0]));
            LocalDate ends = LocalDate.of(year, Integer.parseInt(PERIODS[p][3]), 1)
                    .plusMonths(1)
                    .minusDays(1);
            LocalDateTime at =
                    InventoryPlan.min(ends.minusDays(rnd.nextInt(0, 30)).atTime(14, 0));
            long followUp = s.id("follow_up");
            String[] by = s.responsibles.get(plan[1]).coordinators()[1];
            sink.row(
                    "follow_up",
                    followUp,
                    id,
                    periodId,
                    result,
                    result.equals("UTAN_ANMARKNING") ? null : "Brister noterade; åtgärd planerad.",
                    rnd.nextInt(3) == 0 ? "https://intranat.stockholm.se/ik/" + followUp : null,
                    by[0],
                    at,
                    0L);
            long[] actions = risk < 0 ? null : s.actionsByRisk.get(risk);
            if (result.equals("MED_AVVIKELSE") && actions != null) {
                sink.row("follow_up_action", followUp, actions[0]);
            }
        }
    }
}
