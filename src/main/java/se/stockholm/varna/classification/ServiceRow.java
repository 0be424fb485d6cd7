package se.stockholm.varna.classification;

import java.util.List;

/** What the handlingsplan needs of an it-tjänst: placement, status and hosting (with the third-country flag). */
record ServiceRow(
        long id,
        String name,
        long orgUnitId,
        String path,
        long responsibleOrgId,
        String responsibleOrgName,
        String status,
        String hosting,
        boolean thirdCountry,
        boolean cloud,
        List<String> countries) {

    boolean active() {
        return "AKTIV".equals(status);
    }

    boolean cloudOrThirdCountry() {
        return cloud || thirdCountry;
    }
}
