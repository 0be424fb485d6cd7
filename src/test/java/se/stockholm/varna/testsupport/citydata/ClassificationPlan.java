package se.stockholm.varna.testsupport.citydata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * Classifications of the informationsmängder: most decided (some overdue for review, some with a
 * superseded earlier version), some for decision or in draft, the rest not classified. Each has an
 * answer to every question of catalogue 1 and the level per aspect the answers propose.
 */
final class ClassificationPlan {

    static final String[] ASPECTS = {"K", "R", "T", "S"};

    private ClassificationPlan() {}

    static void emit(CityState s, SplittableRandom rnd, RowSink sink) {
        for (int i = 0; i < s.assetIds.length; i++) {
            int r = rnd.nextInt(100);
            if (r >= 80) {
                continue;
            }
            int[] target = target(rnd, s.assetPersonal[i]);
            String owner = s.assetOwner[i] != null
                    ? s.assetOwner[i]
                    : s.responsibles.get(s.assetResp[i]).coordinators()[0][0];
            if (r < 64) {
                boolean overdue = rnd.nextInt(100) < 15;
                LocalDateTime decided = CityState.NOW.minusDays(overdue ? rnd.nextInt(735, 1100) : rnd.nextInt(1, 700));
                int seq = 1;
                if (rnd.nextInt(10) == 0) {
                    LocalDateTime earlier = decided.minusDays(rnd.nextInt(200, 700));
                    write(s, rnd, sink, i, seq++, "ERSATT", earlier, owner, target(rnd, s.assetPersonal[i]), decided);
                }
                s.decidedLevels[i] = write(s, rnd, sink, i, seq, "BESLUTAD", decided, owner, target, null);
            } else {
                LocalDateTime created = CityState.NOW.minusDays(rnd.nextInt(1, 120));
                write(s, rnd, sink, i, 1, r < 71 ? "FOR_BESLUT" : "UTKAST", created, owner, target, null);
            }
        }
        RequirementAssessmentPlan.emit(s, rnd, sink);
    }

    /** Target levels K, R, T, S; K follows the personal data. */
    static int[] target(SplittableRandom rnd, String personal) {
        int k =
                switch (personal) {
                    case "INGA" -> rnd.nextInt(2);
                    case "PERSONUPPGIFTER" -> 1 + rnd.nextInt(2);
                    case "PERSONNUMMER" -> 2;
                    default -> 3;
                };
        return new int[] {
            k,
            CityWords.weighted(rnd, 10, 35, 40, 15),
            CityWords.weighted(rnd, 10, 35, 40, 15),
            CityWords.weighted(rnd, 15, 40, 35, 10)
        };
    }

    private static int[] write(
            CityState s,
            SplittableRandom rnd,
            RowSink sink,
            int asset,
            int seq,
            String status,
            LocalDateTime at,
            String owner,
            int[] target,
            LocalDateTime supersededAt) {
        long id = s.id("classification");
        boolean decided = status.equals("BESLUTAD") || status.equals("ERSATT");
        boolean submitted = decided || status.equals("FOR_BESLUT");
        LocalDateTime created = at.minusDays(rnd.nextInt(1, 40));
        LocalDate review = decided ? at.toLocalDate().plusMonths(24) : null;
        LocalDateTime updated = supersededAt != null ? supersededAt : at;
        LocalDateTime sent = at.minusHours(rnd.nextInt(1, 48));
        sink.row(
                "classification",
                id,
                s.assetIds[asset],
                seq,
                status,
                CityBase.QUESTION_CATALOGUE,
                owner,
                created,
                submitted ? owner : null,
                submitted ? (sent.isBefore(created) ? created : sent) : null,
                decided ? owner : null,
                decided ? s.assetOwnerName[asset] : null,
                decided ? "informationsagare" : null,
                decided ? at : null,
                review,
                supersededAt,
                updated,
                0L);
        int[] proposed = new int[4];
        for (int a = 0; a < 4; a++) {
            String aspect = ASPECTS[a];
            int count = 0;
            for (CityBase.Question q : s.base.questions()) {
                count += q.aspect().equals(aspect) ? 1 : 0;
            }
            int chosenHit = count == 0 ? -1 : rnd.nextInt(count);
            int n = 0;
            for (CityBase.Question q : s.base.questions()) {
                if (!q.aspect().equals(aspect)) {
                    continue;
                }
                int option = n++ == chosenHit ? highestAtMost(q, target[a]) : randomAtMost(rnd, q, target[a]);
                proposed[a] = Math.max(proposed[a], q.optionLevels()[option]);
                sink.row("classification_answer", id, q.id(), q.optionIds()[option]);
            }
        }
        int[] levels = new int[4];
        for (int a = 0; a < 4; a++) {
            boolean raise = proposed[a] < 3 && rnd.nextInt(100) < 6;
            levels[a] = raise ? proposed[a] + 1 : proposed[a];
            sink.row(
                    "classification_aspect_level",
                    id,
                    ASPECTS[a],
                    proposed[a],
                    levels[a],
                    raise ? "Höjd nivå: informationen samlas i större mängd än svaren speglar." : null);
        }
        return levels;
    }

    private static int highestAtMost(CityBase.Question q, int level) {
        int best = 0;
        for (int o = 0; o < q.optionLevels().length; o++) {
            if (q.optionLevels()[o] <= level && q.optionLevels()[o] >= q.optionLevels()[best]) {
                best = o;
            }
        }
        return best;
    }

    private static int randomAtMost(SplittableRandom rnd, CityBase.Question q, int level) {
        int allowed = 0;
        for (int l : q.optionLevels()) {
            allowed += l <= level ? 1 : 0;
        }
        int pick = rnd.nextInt(Math.max(1, allowed));
        for (int o = 0; o < q.optionLevels().length; o++) {
            if (q.optionLevels()[o] <= level && pick-- == 0) {
                return o;
            }
        }
        return 0;
    }
}
