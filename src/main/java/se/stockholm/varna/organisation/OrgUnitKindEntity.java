package se.stockholm.varna.organisation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A kind of OrgUnit (KOMMUN, NAMND, …): data seeded by migration, not an enum. */
@MappedEntity("org_unit_kind")
record OrgUnitKindEntity(
        @Id String code, String nameSv, String nameEn, int sortOrder, boolean rootKind, boolean ansvarig) {}
