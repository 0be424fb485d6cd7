package se.stockholm.varna.testsupport.citydata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/** Undantag in every state; a share of the granted ones has passed its valid_until (utgånget). */
final class ExemptionPlan {

    static final String[] STATUS = {"UTKAST", "INSKICKAD", "KOMPLETTERING", "BEVILJAT", "AVSLAGET", "ATERKALLAD"};

    private ExemptionPlan() {}

    static void emit(CityState s, SplittableRandom rnd, RowSink sink) {
        for (int i = 0; i < s.sizes.exemptions(); i++) {
            CityState.Placed unit = s.placeable.get(rnd.nextInt(s.placeable.size()));
            CityState.People people = s.responsibles.get(unit.responsibleId());
            String by = people.coordinators()[rnd.nextInt(2)][0];
            String status = STATUS[CityWords.weighted(rnd, 10, 12, 6, 50, 12, 10)];
            LocalDateTime created = CityState.NOW.minusDays(rnd.nextInt(5, 1000));
            boolean submitted = !status.equals("UTKAST");
            boolean sentBack = status.equals("KOMPLETTERING") || (submitted && rnd.nextInt(100) < 10);
            boolean decided = status.equals("BEVILJAT") || status.equals("AVSLAGET");
            LocalDateTime submittedAt = created.plusDays(rnd.nextInt(1, 20));
            LocalDateTime sentBackAt = submittedAt.plusDays(rnd.nextInt(1, 10));
            LocalDateTime decidedAt = sentBackAt.plusDays(rnd.nextInt(5, 60));
            LocalDate validUntil = null;
            if (status.equals("BEVILJAT")) {
                boolean expired = rnd.nextInt(100) < 20;
                validUntil = expired
                        ? CityState.TODAY.minusDays(rnd.nextInt(1, 300))
                        : CityState.TODAY.plusDays(rnd.nextInt(30, 730));
            }
            CityBase.Requirement req = s.base.requirements().isEmpty() || rnd.nextBoolean()
                    ? null
                    : s.base.requirements()
                            .get(rnd.nextInt(s.base.requirements().size()));
            String title = "Undantag: " + CityWords.pick(rnd, CityWords.THREATS).toLowerCase();
            LocalDateTime updated =
                    InventoryPlan.min(decided ? decidedAt : sentBack ? sentBackAt : submitted ? submittedAt : created);
            sink.row(
                    "exemption",
                    s.id("exemption"),
                    unit.id(),
                    unit.responsibleId(),
                    InventoryPlan.trim(title, 200),
                    req == null
                            ? "Riktlinje för informationssäkerhet, avsnitt " + (1 + rnd.nextInt(12))
                            : "Kravkatalogen, krav " + req.code(),
                    req == null ? null : req.code(),
                    "Kravet kan inte uppfyllas i nuvarande system förrän det byts ut.",
                    "Konsekvensen bedöms som begränsad med de kompenserande åtgärder som beskrivs.",
                    rnd.nextBoolean() ? "Systemet ersätts inom två år; kompenserande loggkontroll varje månad." : null,
                    rnd.nextInt(4) == 0 ? "Påverkar inte stadsgemensam infrastruktur." : null,
                    CityState.TODAY.plusDays(rnd.nextInt(-100, 730)),
                    status,
                    submitted ? by : null,
                    submitted ? InventoryPlan.min(submittedAt) : null,
                    sentBack ? "central" : null,
                    sentBack ? InventoryPlan.min(sentBackAt) : null,
                    sentBack ? "Komplettera konsekvensbeskrivningen." : null,
                    decided ? "undantag" : null,
                    decided ? "Stadsdirektören" : null,
                    decided ? "undantagsbeslutare" : null,
                    decided ? InventoryPlan.min(decidedAt) : null,
                    status.equals("BEVILJAT") ? "Kompenserande åtgärder enligt ansökan." : null,
                    validUntil,
                    status.equals("AVSLAGET") ? "Riskerna är för stora i förhållande till nyttan." : null,
                    by,
                    created,
                    updated,
                    0L);
        }
    }
}
