package se.stockholm.varna.testsupport.citydata;

import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * The informationsägare's decisions on cloud and third-country hosting (R1.35): most such it-tjänster
 * have one, mostly approved with conditions; the rest are the gaps indicator IS-09 counts.
 */
final class HostingDecisionPlan {

    private HostingDecisionPlan() {}

    static void emit(CityState s, SplittableRandom rnd, RowSink sink) {
        for (int i = 0; i < s.serviceIds.length; i++) {
            boolean thirdCountry = s.serviceHosting[i].equals("TREDJELAND");
            if (!(thirdCountry || s.serviceCloud[i]) || rnd.nextInt(100) >= 70) {
                continue;
            }
            String by = null;
            String byName = null;
            for (int a : s.serviceAssets[i]) {
                if (by == null && s.assetOwner[a] != null) {
                    by = s.assetOwner[a];
                    byName = s.assetOwnerName[a];
                }
            }
            if (by == null) {
                String[] owner =
                        CityWords.pick(rnd, s.responsibles.get(s.serviceResp[i]).owners());
                by = owner[0];
                byName = owner[1];
            }
            boolean approved = rnd.nextInt(100) < 90;
            LocalDateTime at = CityState.NOW.minusDays(rnd.nextInt(1, 900));
            sink.row(
                    "hosting_decision",
                    s.id("hosting_decision"),
                    s.serviceIds[i],
                    approved ? "GODKAND_MED_VILLKOR" : "AVSLAGEN",
                    approved ? "Kryptering med nycklar som staden kontrollerar; årlig uppföljning av avtalet." : null,
                    by,
                    byName,
                    "informationsagare",
                    at,
                    "{\"hosting\":\"" + s.serviceHosting[i] + "\",\"cloud\":" + s.serviceCloud[i]
                            + ",\"countries\":" + (thirdCountry ? "[\"US\"]" : "[]")
                            + ",\"requiredLevels\":{},\"personalData\":[]}");
        }
    }
}
