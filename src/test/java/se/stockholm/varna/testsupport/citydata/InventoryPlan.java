package se.stockholm.varna.testsupport.citydata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Informationsmängder and it-tjänster spread over the tree, each service processing a few assets of its own organisation. */
final class InventoryPlan {

    static final String[] PERSONAL = {"INGA", "PERSONUPPGIFTER", "KANSLIGA", "LAGOVERTRADELSER", "PERSONNUMMER"};
    static final String[] AREAS = {
        "SOCIALTJANST",
        "ALDREOMSORG",
        "FUNKTIONSSTOD",
        "FORSKOLA",
        "SKOLA",
        "ARBETSMARKNAD",
        "STADSMILJO",
        "KULTUR-FRITID",
        "BOSTAD-FASTIGHET",
        "LEDNING-ADMIN"
    };
    static final String[] HOSTING = {"EGEN", "STADENS", "EXTERN_SE", "EU_EES", "TREDJELAND"};
    static final LocalDateTime START = LocalDateTime.of(2022, 1, 3, 8, 0);

    private InventoryPlan() {}

    static void emit(CityState s, SplittableRandom rnd, RowSink sink) {
        int n = s.sizes.assets();
        s.assetIds = new long[n];
        s.assetUnit = new long[n];
        s.assetResp = new long[n];
        s.assetOwner = new String[n];
        s.assetPersonal = new String[n];
        s.assetOwnerName = new String[n];
        s.decidedLevels = new int[n][];
        for (int i = 0; i < n; i++) {
            CityState.Placed unit = s.placeable.get(rnd.nextInt(s.placeable.size()));
            long id = s.id("information_asset");
            String[] named =
                    CityWords.pick(rnd, s.responsibles.get(unit.responsibleId()).owners());
            String[] owner = rnd.nextInt(100) < 8 ? new String[] {null, null} : named;
            String personal = PERSONAL[CityWords.weighted(rnd, 30, 35, 12, 5, 18)];
            LocalDateTime created = START.plusMinutes(rnd.nextLong(60L * 24 * 365 * 4));
            LocalDateTime updated = created.plusMinutes(rnd.nextLong(60L * 24 * 200));
            String name = CityWords.pick(rnd, CityWords.ASSETS) + " – " + unit.name() + " " + (i % 97 + 1);
            boolean active = rnd.nextInt(100) < 97;
            LocalDate review = rnd.nextInt(3) == 0 ? CityState.TODAY.plusDays(rnd.nextInt(-200, 500)) : null;
            sink.row(
                    "information_asset",
                    id,
                    trim(name, 200),
                    null,
                    unit.id(),
                    unit.responsibleId(),
                    owner[0],
                    owner[1],
                    CityWords.pick(rnd, CityWords.ASSETS),
                    AREAS[rnd.nextInt(AREAS.length)],
                    personal,
                    personal.equals("INGA") ? null : "26 kap. 1 § OSL",
                    active ? "AKTIV" : "AVVECKLAD",
                    review,
                    created,
                    min(updated),
                    0L);
            s.assetIds[i] = id;
            s.assetUnit[i] = unit.id();
            s.assetResp[i] = unit.responsibleId();
            s.assetOwner[i] = owner[0];
            s.assetPersonal[i] = personal;
            s.assetOwnerName[i] = owner[1];
            s.assetsByResp
                    .computeIfAbsent(unit.responsibleId(), k -> new ArrayList<>())
                    .add(i);
        }
        int m = s.sizes.services();
        s.serviceIds = new long[m];
        s.serviceResp = new long[m];
        s.serviceAssets = new int[m][];
        s.serviceHosting = new String[m];
        s.serviceCloud = new boolean[m];
        for (int i = 0; i < m; i++) {
            CityState.Placed unit = s.placeable.get(rnd.nextInt(s.placeable.size()));
            long id = s.id("it_service");
            String[] owner =
                    CityWords.pick(rnd, s.responsibles.get(unit.responsibleId()).systemOwners());
            int hosting = CityWords.weighted(rnd, 15, 35, 30, 17, 3);
            boolean cloud = hosting >= 2 && rnd.nextInt(100) < 45;
            LocalDateTime created = START.plusMinutes(rnd.nextLong(60L * 24 * 365 * 4));
            String name = CityWords.pick(rnd, CityWords.SYSTEMS) + " " + unit.name() + " " + (i % 89 + 1);
            sink.row(
                    "it_service",
                    id,
                    trim(name, 200),
                    null,
                    unit.id(),
                    unit.responsibleId(),
                    owner[0],
                    owner[1],
                    CityWords.pick(rnd, CityWords.FIRST) + " " + CityWords.pick(rnd, CityWords.LAST),
                    HOSTING[hosting],
                    cloud,
                    hosting == 4 ? "US" : null,
                    rnd.nextInt(100) < 96 ? "AKTIV" : "AVVECKLAD",
                    created,
                    min(created.plusDays(rnd.nextInt(300))),
                    0L);
            s.serviceIds[i] = id;
            s.serviceResp[i] = unit.responsibleId();
            s.serviceHosting[i] = HOSTING[hosting];
            s.serviceCloud[i] = cloud;
            s.servicesByResp
                    .computeIfAbsent(unit.responsibleId(), k -> new ArrayList<>())
                    .add(i);
            List<Integer> own = s.assetsByResp.getOrDefault(unit.responsibleId(), List.of());
            int links = own.isEmpty() ? 0 : Math.min(own.size(), 1 + CityWords.weighted(rnd, 35, 30, 20, 10, 5));
            int[] assets = distinct(rnd, own, links);
            for (int a : assets) {
                sink.row("it_service_asset", id, s.assetIds[a]);
            }
            s.serviceAssets[i] = assets;
            if (rnd.nextInt(4) == 0) {
                CityState.Placed user = s.placeable.get(rnd.nextInt(s.placeable.size()));
                sink.row("it_service_user", id, user.id());
            }
        }
    }

    /** {@code count} distinct entries of {@code from}, in draw order. */
    static int[] distinct(SplittableRandom rnd, List<Integer> from, int count) {
        int[] picked = new int[count];
        int found = 0;
        while (found < count) {
            int candidate = from.get(rnd.nextInt(from.size()));
            boolean seen = false;
            for (int j = 0; j < found; j++) {
                seen |= picked[j] == candidate;
            }
            if (!seen) {
                picked[found++] = candidate;
            }
        }
        return picked;
    }

    static LocalDateTime min(LocalDateTime t) {
        return t.isAfter(CityState.NOW) ? CityState.NOW : t;
    }

    static String trim(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
