package se.stockholm.varna.testsupport.citydata;

import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * Handlingsplaner: the self-assessment of every applicable protection requirement (aspect level at
 * least the requirement's minimum, below 4) for many it-tjänster whose informationsmängder have decided
 * levels; the level of a service is the highest decided level among the assets it processes.
 */
final class RequirementAssessmentPlan {

    static final String[] ASSESSMENT = {"UPPFYLLT", "DELVIS", "EJ_UPPFYLLT", "EJ_TILLAMPLIGT"};
    static final String[] ASPECTS = ClassificationPlan.ASPECTS;

    private RequirementAssessmentPlan() {}

    /** Handlingsplan: 60 % of the services whose assets have decided levels assessed every applicable requirement. */
    static void emit(CityState s, SplittableRandom rnd, RowSink sink) {
        for (int i = 0; i < s.serviceIds.length; i++) {
            int[] levels = {-1, -1, -1, -1};
            for (int a : s.serviceAssets[i]) {
                if (s.decidedLevels[a] != null) {
                    for (int x = 0; x < 4; x++) {
                        levels[x] = Math.max(levels[x], s.decidedLevels[a][x]);
                    }
                }
            }
            if (levels[0] < 0 || rnd.nextInt(100) >= 60) {
                continue;
            }
            String[] assessor =
                    CityWords.pick(rnd, s.responsibles.get(s.serviceResp[i]).systemOwners());
            LocalDateTime at = CityState.NOW.minusDays(rnd.nextInt(1, 500));
            for (CityBase.Requirement req : s.base.requirements()) {
                int level = levels[indexOf(req.aspect())];
                if (level >= req.minLevel() && level < 4) {
                    String status = ASSESSMENT[CityWords.weighted(rnd, 55, 20, 15, 10)];
                    sink.row(
                            "requirement_assessment",
                            s.id("requirement_assessment"),
                            s.serviceIds[i],
                            req.code(),
                            status,
                            status.equals("UPPFYLLT") ? null : "Åtgärd planeras i nästa förvaltningsår.",
                            assessor[0],
                            at,
                            0L);
                }
            }
        }
    }

    static int indexOf(String aspect) {
        for (int a = 0; a < 4; a++) {
            if (ASPECTS[a].equals(aspect)) {
                return a;
            }
        }
        throw new IllegalArgumentException(aspect);
    }
}
