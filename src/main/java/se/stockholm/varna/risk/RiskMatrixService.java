package se.stockholm.varna.risk;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * New versions of the risk matrix without code changes (issue 5 point 1): the admin creates a complete
 * draft, then publishes it. New risks are assessed with the newest published version; existing risks
 * keep the matrix they were assessed with, so published and superseded versions are never deleted.
 * At most one draft exists at a time, so a draft always carries the highest version number.
 */
@Singleton
public class RiskMatrixService {

    static final String ENTITY = "RiskMatrix";
    static final String LIKELIHOOD = "SANNOLIKHET";
    static final String CONSEQUENCE = "KONSEKVENS";

    private final RiskMatrixRepository rows;
    private final RiskMatrixQueries reads;
    private final ChangeEvents events;
    private final Clock clock;

    RiskMatrixService(RiskMatrixRepository rows, RiskMatrixQueries reads, ChangeEvents events, Clock clock) {
        this.rows = rows;
        this.reads = reads;
        this.events = events;
        this.clock = clock;
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<RiskMatrixVersionView> list(CurrentUser user) {
        RiskService.requireReader(user);
        return reads.ids().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public RiskMatrixVersionView get(CurrentUser user, long id) {
        RiskService.requireReader(user);
        return view(id);
    }

    @Transactional
    public RiskMatrixVersionView create(CurrentUser user, NewRiskMatrix in) {
        requireAdmin(user);
        List<FieldProblem> problems = RiskMatrixRules.check(in);
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        int last = rows.lastVersionNo();
        rows.findByStatus(RiskMatrixEntity.DRAFT).stream().findFirst().ifPresent(d -> {
            throw Problems.conflict("Det finns redan ett utkast till riskmatris (version " + d.versionNo()
                    + "). Publicera eller ta bort det innan du skapar ett nytt.");
        });
        RiskMatrixEntity saved = rows.save(new RiskMatrixEntity(
                null,
                last + 1,
                in.name().strip(),
                in.likelihood().size(),
                in.consequence().size(),
                RiskMatrixEntity.DRAFT,
                null,
                null,
                now(),
                0L));
        store(saved.id(), in);
        RiskMatrixVersionView created = view(saved.id());
        events.publish(ENTITY, saved.id(), "CREATED", user.actor(), null, null, created);
        return created;
    }

    @Transactional
    public RiskMatrixVersionView publish(CurrentUser user, long id, long version) {
        requireAdmin(user);
        rows.lastVersionNo(); // locks the versions: two publications never overlap
        RiskMatrixEntity draft = rows.findById(id).orElseThrow(() -> Problems.notFound("Riskmatrisen"));
        if (!RiskMatrixEntity.DRAFT.equals(draft.status())) {
            throw Problems.conflict("Version " + draft.versionNo() + " är inget utkast och kan inte publiceras igen.");
        }
        if (draft.version() == null || draft.version() != version) {
            throw Problems.staleVersion();
        }
        for (RiskMatrixEntity old : rows.findByStatus(RiskMatrixEntity.PUBLISHED)) {
            RiskMatrixVersionView before = view(old.id());
            rows.update(old.superseded());
            events.publish(ENTITY, old.id(), "SUPERSEDED", user.actor(), null, before, view(old.id()));
        }
        RiskMatrixVersionView before = view(id);
        rows.update(draft.published(now(), user.username(), version));
        RiskMatrixVersionView after = view(id);
        events.publish(ENTITY, id, "PUBLISHED", user.actor(), null, before, after);
        return after;
    }

    /** Only a draft can go; a matrix that risks may be assessed with stays forever. */
    @Transactional
    public void delete(CurrentUser user, long id) {
        requireAdmin(user);
        RiskMatrixEntity row = rows.findById(id).orElseThrow(() -> Problems.notFound("Riskmatrisen"));
        if (!RiskMatrixEntity.DRAFT.equals(row.status())) {
            throw Problems.conflict("Publicerade och ersatta riskmatriser tas aldrig bort: risker är bedömda med dem.");
        }
        RiskMatrixVersionView before = view(id);
        rows.deleteCellsOf(id);
        rows.deleteBandsOf(id);
        rows.deleteStepsOf(id);
        rows.deleteById(id);
        events.publish(ENTITY, id, "DELETED", user.actor(), null, before, null);
    }

    private void store(long matrixId, NewRiskMatrix in) {
        steps(matrixId, LIKELIHOOD, in.likelihood());
        steps(matrixId, CONSEQUENCE, in.consequence());
        for (NewRiskMatrix.Band b : in.bands()) {
            rows.addBand(matrixId, b.code(), b.name().strip(), b.colour().toLowerCase(Locale.ROOT), b.rank());
        }
        for (NewRiskMatrix.Cell c : in.cells()) {
            rows.addCell(matrixId, c.likelihood(), c.consequence(), c.band());
        }
    }

    private void steps(long matrixId, String axis, List<NewRiskMatrix.Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            NewRiskMatrix.Step s = steps.get(i);
            rows.addStep(
                    matrixId, axis, i + 1, s.name().strip(), s.description().strip());
        }
    }

    private RiskMatrixVersionView view(long id) {
        RiskMatrixEntity row = rows.findById(id).orElseThrow(() -> Problems.notFound("Riskmatrisen"));
        return new RiskMatrixVersionView(
                reads.byId(id).orElseThrow(),
                row.createdAt().toInstant(ZoneOffset.UTC),
                row.publishedBy(),
                rows.countRisksOn(id),
                row.version() == null ? 0 : row.version());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Roles.ADMIN)) {
            throw Problems.forbidden("Bara administratören förvaltar riskmatrisen.");
        }
    }
}
