package se.stockholm.varna.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;

/** A row of org_unit. {@code path} is the materialised path of ids ("/1/4/17/"): a subtree is a prefix. */
@MappedEntity("org_unit")
record OrgUnitEntity(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        String name,
        String kind,
        @Nullable Long parentId,
        boolean intressebolag,
        String path,
        int depth,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        LocalDate currentSince,
        @Version @Nullable Long version) {

    boolean isOpenOn(LocalDate day) {
        return validTo == null || !validTo.isBefore(day);
    }

    boolean isAncestorOf(OrgUnitEntity other) {
        return other.path().startsWith(path);
    }

    OrgUnitEntity withState(
            String newName, @Nullable Long newParent, boolean newIntressebolag, LocalDate since, long expectedVersion) {
        return new OrgUnitEntity(
                id,
                code,
                newName,
                kind,
                newParent,
                newIntressebolag,
                path,
                depth,
                validFrom,
                validTo,
                since,
                expectedVersion);
    }

    OrgUnitEntity closedOn(LocalDate lastDay, long expectedVersion) {
        return new OrgUnitEntity(
                id,
                code,
                name,
                kind,
                parentId,
                intressebolag,
                path,
                depth,
                validFrom,
                lastDay,
                currentSince,
                expectedVersion);
    }
}
