package se.stockholm.varna.classification;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;

/** A version of the requirement catalogue (kravkatalog) with its requirements in catalogue order. */
@Serdeable
public record RequirementCatalogue(long id, int versionNo, String title, List<Requirement> requirements) {

    public Optional<Requirement> requirement(String code) {
        return requirements.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
