package se.stockholm.varna.archfixture;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("archfixture")
record FixtureEntity(@Id Long id) {}
