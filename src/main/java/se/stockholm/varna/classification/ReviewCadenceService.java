package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.organisation.OrgUnitView;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.Problems;

/**
 * The review cadence per organisation (issue 4 point 3): how many months a decided classification holds
 * before review. A unit's setting covers its subtree unless a unit below has its own; without any, the
 * city default applies. Admin and central-samordnare set it anywhere, a samordnare inside their scope.
 * A new setting applies from the next decision; review dates already set stay as decided.
 */
@Singleton
public class ReviewCadenceService {

    static final String ENTITY = "OrgUnit";
    static final int MIN_MONTHS = 1;
    static final int MAX_MONTHS = 60;

    private final ReviewCadence cadence;
    private final OrgUnitService orgUnits;
    private final ChangeEvents events;

    ReviewCadenceService(ReviewCadence cadence, OrgUnitService orgUnits, ChangeEvents events) {
        this.cadence = cadence;
        this.orgUnits = orgUnits;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ReviewCadenceView get(CurrentUser user, long orgUnitId) {
        ClassificationService.requireReader(user);
        return view(orgUnits.get(user, orgUnitId));
    }

    @Transactional
    public ReviewCadenceView set(CurrentUser user, long orgUnitId, @Nullable Integer months) {
        if (!user.hasAnyRole(List.of(Roles.ADMIN, Roles.CENTRAL_SAMORDNARE, Roles.SAMORDNARE))) {
            throw Problems.forbidden(
                    "Bara administratör, central samordnare eller samordnare ändrar" + " intervallet för omprövning.");
        }
        OrgUnitView unit = orgUnits.get(user, orgUnitId);
        if (months == null || months < MIN_MONTHS || months > MAX_MONTHS) {
            throw Problems.invalidField(
                    "months", "Ange antal månader till omprövning, " + MIN_MONTHS + "–" + MAX_MONTHS + ".");
        }
        ReviewCadenceView before = view(unit);
        cadence.set(unit.id(), months);
        ReviewCadenceView after = view(unit);
        events.publish(ENTITY, unit.id(), "REVIEW_CADENCE_SET", user.actor(), unit.id(), before, after);
        return after;
    }

    private ReviewCadenceView view(OrgUnitView unit) {
        ReviewCadence.Effective effective = cadence.effective(unit.id());
        Integer own = cadence.own(unit.id()).orElse(null);
        String source = own != null
                ? ReviewCadenceView.OWN
                : effective.fromUnitId() == null ? ReviewCadenceView.DEFAULT : ReviewCadenceView.INHERITED;
        boolean inherited = ReviewCadenceView.INHERITED.equals(source);
        return new ReviewCadenceView(
                unit.id(),
                unit.name(),
                own,
                effective.months(),
                source,
                inherited ? effective.fromUnitId() : null,
                inherited ? effective.fromUnitName() : null);
    }
}
