package se.stockholm.varna.inventory;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A personal-data category (inga, personuppgifter, känsliga art. 9, …): data seeded by migration. */
@MappedEntity("personal_data_category")
record PersonalDataCategoryEntity(@Id String code, String nameSv, String nameEn, int sortOrder) {}
