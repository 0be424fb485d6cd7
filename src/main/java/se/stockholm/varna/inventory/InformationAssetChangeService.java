package se.stockholm.varna.inventory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.organisation.Placement;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.Problems;

/**
 * Registering, changing and retiring informationsmängder: only an informationsägare, only inside
 * their scope, never a hard delete. Every change is audited in its own transaction.
 */
@Singleton
public class InformationAssetChangeService {

    static final String ENTITY = "InformationAsset";

    private final InformationAssetRepository assets;
    private final InformationAssetService reads;
    private final PersonalDataCategoryRepository categories;
    private final OrgUnitService orgUnits;
    private final ScopeService scopes;
    private final ChangeEvents events;
    private final Clock clock;

    InformationAssetChangeService(
            InformationAssetRepository assets,
            InformationAssetService reads,
            PersonalDataCategoryRepository categories,
            OrgUnitService orgUnits,
            ScopeService scopes,
            ChangeEvents events,
            Clock clock) {
        this.assets = assets;
        this.reads = reads;
        this.categories = categories;
        this.orgUnits = orgUnits;
        this.scopes = scopes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public InformationAssetView register(CurrentUser user, AssetInput raw) {
        requireOwnerRole(user);
        AssetInput in = checked(user, raw);
        Placement placement = scopes.writablePlacement(user, in.orgUnitId());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        InformationAssetEntity saved = assets.save(new InformationAssetEntity(
                null,
                in.name(),
                in.description(),
                in.orgUnitId(),
                placement.responsibleOrgId(),
                in.ownerUsername(),
                in.ownerName(),
                in.process(),
                in.verksamhetsomrade(),
                in.personalData(),
                in.sekretess(),
                in.templateOrigin(),
                InformationAssetEntity.ACTIVE,
                in.reviewDate(),
                now,
                now,
                0L));
        InformationAssetView view = reads.visible(user, saved.id()).view();
        events.publish(ENTITY, saved.id(), "CREATED", user.actor(), placement.unitId(), null, view);
        return view;
    }

    @Transactional
    public InformationAssetView change(CurrentUser user, long id, AssetInput raw, long version) {
        requireOwnerRole(user);
        InformationAssetView before = reads.visible(user, id).view();
        if (InformationAssetEntity.RETIRED.equals(before.status())) {
            throw Problems.conflict("En avvecklad informationsmängd kan inte ändras.");
        }
        if (before.version() != version) {
            throw Problems.staleVersion();
        }
        AssetInput in = checked(user, raw);
        Placement placement = scopes.writablePlacement(user, in.orgUnitId());
        InformationAssetEntity current =
                assets.findById(id).orElseThrow(() -> Problems.notFound("Informationsmängden"));
        assets.update(current.with(
                in, placement.responsibleOrgId(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), version));
        InformationAssetView after = reads.visible(user, id).view();
        events.publish(ENTITY, id, "CHANGED", user.actor(), placement.unitId(), before, after);
        return after;
    }

    @Transactional
    public InformationAssetView retire(CurrentUser user, long id, long version) {
        requireOwnerRole(user);
        InformationAssetView before = reads.visible(user, id).view();
        if (InformationAssetEntity.RETIRED.equals(before.status())) {
            throw Problems.conflict("Informationsmängden är redan avvecklad.");
        }
        if (before.version() != version) {
            throw Problems.staleVersion();
        }
        InformationAssetEntity current =
                assets.findById(id).orElseThrow(() -> Problems.notFound("Informationsmängden"));
        assets.update(current.retired(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), version));
        InformationAssetView after = reads.visible(user, id).view();
        events.publish(ENTITY, id, "RETIRED", user.actor(), before.orgUnitId(), before, after);
        return after;
    }

    private AssetInput checked(CurrentUser user, AssetInput raw) {
        boolean categoryKnown = raw.personalData() != null && categories.existsByCode(raw.personalData());
        String area = AssetRules.strip(raw.verksamhetsomrade());
        boolean areaKnown = area == null
                || orgUnits.verksamhetsomraden(user, false).stream()
                        .anyMatch(a -> a.code().equals(area));
        return AssetRules.checked(raw, categoryKnown, areaKnown);
    }

    private static void requireOwnerRole(CurrentUser user) {
        if (!user.hasRole(Roles.INFORMATIONSAGARE)) {
            throw Problems.forbidden("Bara informationsägare får registrera och ändra informationsmängder.");
        }
    }
}
