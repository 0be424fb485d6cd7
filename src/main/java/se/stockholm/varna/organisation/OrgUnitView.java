package se.stockholm.varna.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** An OrgUnit as other modules and the adapters see it. */
@Serdeable
public record OrgUnitView(
        long id,
        String code,
        String name,
        String kind,
        String kindName,
        @Nullable Long parentId,
        boolean intressebolag,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        int depth,
        long version) {

    public boolean closed() {
        return validTo != null;
    }
}
