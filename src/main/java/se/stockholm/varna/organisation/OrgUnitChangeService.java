package se.stockholm.varna.organisation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * Changes to the tree, for {@code admin} only: create, rename/move (keeping the earlier state as
 * history) and close. Each change publishes an audit event in its own transaction.
 */
@Singleton
public class OrgUnitChangeService {

    private static final String ENTITY = "OrgUnit";

    private final OrgUnitRepository units;
    private final OrgUnitHistoryRepository history;
    private final OrgUnitViews views;
    private final ChangeEvents events;
    private final Clock clock;

    OrgUnitChangeService(
            OrgUnitRepository units,
            OrgUnitHistoryRepository history,
            OrgUnitViews views,
            ChangeEvents events,
            Clock clock) {
        this.units = units;
        this.history = history;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public OrgUnitView create(CurrentUser user, NewOrgUnit cmd) {
        requireAdmin(user);
        List<FieldProblem> problems = new ArrayList<>();
        String code = OrgUnitRules.checkedCode(cmd.code(), problems);
        String name = OrgUnitRules.checkedName(cmd.name(), problems);
        OrgUnitKindEntity kind = views.kinds().get(cmd.kind());
        if (kind == null) {
            problems.add(new FieldProblem(
                    "kind",
                    OrgUnitRules.unknownKindMessage(cmd.kind(), views.kinds().keySet())));
        }
        LocalDate today = LocalDate.now(clock);
        OrgUnitEntity parent = kind == null ? null : checkedParent(kind, cmd.parentId(), today, problems);
        OrgUnitRules.throwIfAny(problems);
        if (units.existsByCode(code)) {
            throw Problems.conflict("Koden " + code + " används redan av en annan organisationsenhet.");
        }
        LocalDate from = cmd.validFrom() == null ? today : cmd.validFrom();
        OrgUnitEntity saved = units.save(new OrgUnitEntity(
                null,
                code,
                name,
                kind.code(),
                parent == null ? null : parent.id(),
                cmd.intressebolag(),
                "",
                parent == null ? 0 : parent.depth() + 1,
                from,
                null,
                from,
                0L));
        String path = (parent == null ? "/" : parent.path()) + saved.id() + "/";
        units.updatePath(saved.id(), path);
        OrgUnitView view = views.toView(units.findById(saved.id()).orElseThrow());
        events.publish(ENTITY, saved.id(), "CREATED", user.actor(), saved.id(), null, view);
        return view;
    }

    @Transactional
    public OrgUnitView change(CurrentUser user, long id, OrgUnitChange cmd) {
        requireAdmin(user);
        OrgUnitEntity unit = units.findById(id).orElseThrow(() -> Problems.notFound("Organisationsenheten"));
        if (cmd.version() != unit.version()) {
            throw Problems.staleVersion();
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = OrgUnitRules.checkedName(cmd.name(), problems);
        LocalDate today = LocalDate.now(clock);
        LocalDate from = cmd.changedFrom() == null ? today : cmd.changedFrom();
        if (from.isBefore(unit.currentSince())) {
            problems.add(new FieldProblem(
                    "changedFrom",
                    "Ändringen kan inte gälla före " + unit.currentSince()
                            + ", då nuvarande namn och placering började gälla."));
        }
        Long parentId = cmd.parentId() == null ? unit.parentId() : cmd.parentId();
        OrgUnitEntity newParent =
                Objects.equals(parentId, unit.parentId()) ? null : checkedMove(unit, parentId, today, problems);
        OrgUnitRules.throwIfAny(problems);
        if (unit.validTo() != null) {
            throw Problems.conflict("En avslutad enhet kan inte ändras.");
        }
        OrgUnitView before = views.toView(unit);
        boolean correction = from.equals(unit.currentSince());
        if (!correction && (!name.equals(unit.name()) || newParent != null)) {
            history.save(new OrgUnitHistoryEntity(
                    null,
                    unit.id(),
                    unit.name(),
                    unit.parentId(),
                    unit.currentSince(),
                    from.minusDays(1),
                    user.username(),
                    clock.instant()));
        }
        boolean intressebolag = cmd.intressebolag() == null ? unit.intressebolag() : cmd.intressebolag();
        units.update(
                unit.withState(name, parentId, intressebolag, correction ? unit.currentSince() : from, cmd.version()));
        if (newParent != null) {
            move(unit, newParent);
        }
        OrgUnitView after = views.toView(units.findById(id).orElseThrow());
        events.publish(ENTITY, id, newParent != null ? "MOVED" : "CHANGED", user.actor(), id, before, after);
        return after;
    }

    @Transactional
    public OrgUnitView close(CurrentUser user, long id, OrgUnitClosing cmd) {
        requireAdmin(user);
        OrgUnitEntity unit = units.findById(id).orElseThrow(() -> Problems.notFound("Organisationsenheten"));
        if (cmd.version() != unit.version()) {
            throw Problems.staleVersion();
        }
        LocalDate validTo = cmd.validTo() == null ? LocalDate.now(clock) : cmd.validTo();
        OrgUnitRules.checkClosing(unit, validTo);
        if (unit.validTo() != null) {
            throw Problems.conflict("Enheten är redan avslutad (" + unit.validTo() + ").");
        }
        if (units.countOpenChildren(unit.id()) > 0) {
            throw Problems.conflict("Enheten har aktiva underenheter. Avsluta eller flytta dem först.");
        }
        OrgUnitView before = views.toView(unit);
        units.update(unit.closedOn(validTo, cmd.version()));
        OrgUnitView after = views.toView(units.findById(id).orElseThrow());
        events.publish(ENTITY, id, "CLOSED", user.actor(), id, before, after);
        return after;
    }

    private OrgUnitEntity checkedParent(
            OrgUnitKindEntity kind, Long parentId, LocalDate today, List<FieldProblem> problems) {
        if (kind.rootKind()) {
            if (parentId != null) {
                problems.add(new FieldProblem(
                        "parentId",
                        "En enhet av typen " + kind.nameSv() + " är roten och kan inte ha någon överordnad."));
            } else if (units.countOpenRoots() > 0) {
                problems.add(new FieldProblem("kind", "Det finns redan en rot i organisationsträdet."));
            }
            return null;
        }
        if (parentId == null) {
            problems.add(new FieldProblem("parentId", "Välj överordnad enhet."));
            return null;
        }
        OrgUnitEntity parent = units.findById(parentId).orElse(null);
        if (parent == null || !parent.isOpenOn(today)) {
            problems.add(new FieldProblem("parentId", "Den överordnade enheten finns inte eller är avslutad."));
            return null;
        }
        return parent;
    }

    private OrgUnitEntity checkedMove(OrgUnitEntity unit, Long parentId, LocalDate today, List<FieldProblem> problems) {
        if (parentId == null || unit.parentId() == null) {
            problems.add(new FieldProblem("parentId", "Roten kan inte flyttas."));
            return null;
        }
        OrgUnitEntity parent = units.findById(parentId).orElse(null);
        if (parent == null || !parent.isOpenOn(today)) {
            problems.add(new FieldProblem("parentId", "Den nya överordnade enheten finns inte eller är avslutad."));
            return null;
        }
        if (unit.isAncestorOf(parent)) {
            problems.add(new FieldProblem(
                    "parentId", "En enhet kan inte flyttas under sig själv eller en av sina underenheter."));
            return null;
        }
        return parent;
    }

    private void move(OrgUnitEntity unit, OrgUnitEntity newParent) {
        String oldPath = unit.path();
        String newPath = newParent.path() + unit.id() + "/";
        int depthDelta = newParent.depth() + 1 - unit.depth();
        units.moveDescendants(oldPath, newPath, oldPath.length() + 1, depthDelta);
        units.updatePathAndDepth(unit.id(), newPath, newParent.depth() + 1);
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Roles.ADMIN)) {
            throw Problems.forbidden("Bara administratörer får ändra organisationsträdet.");
        }
    }
}
