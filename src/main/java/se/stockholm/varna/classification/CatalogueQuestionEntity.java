package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A row of classification_question, written once when a catalogue version is created. */
@MappedEntity("classification_question")
record CatalogueQuestionEntity(
        @Id @GeneratedValue @Nullable Long id,
        Long catalogueId,
        String code,
        String aspect,
        int sortOrder,
        @MappedProperty("text_sv") String text,
        @MappedProperty("help_sv") @Nullable String help) {}
