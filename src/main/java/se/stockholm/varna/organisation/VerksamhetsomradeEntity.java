package se.stockholm.varna.organisation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A cross-cutting area (socialtjänst, äldreomsorg, …), seeded by migration. */
@MappedEntity("verksamhetsomrade")
record VerksamhetsomradeEntity(@Id String code, String nameSv, String nameEn, int sortOrder) {}
