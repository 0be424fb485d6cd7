package se.stockholm.varna.inventory;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A kind of drift (egen drift, stadens it-leverans, …, tredjeland): data seeded by migration. */
@MappedEntity("hosting_kind")
record HostingKindEntity(@Id String code, String nameSv, String nameEn, boolean thirdCountry, int sortOrder) {}
