package se.stockholm.varna.risk;

import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * Riskacceptans: the risk owner's formal sign-off with rationale, expiry and a snapshot of what was
 * accepted. A risk whose level lies in the matrix's highest band also needs the central function's
 * confirmation (ADR 0010). When an acceptance expires, the risk goes back to BEDOMD for a new review.
 */
@Singleton
public class RiskAcceptanceService {

    private static final int MAX_YEARS = 3;

    private final RiskRepository rows;
    private final RiskAcceptanceQueries acceptances;
    private final RiskMatrixQueries matrices;
    private final RiskService reads;
    private final RiskChangeService changes;
    private final RiskLifeCycleService lifeCycle;
    private final ChangeEvents events;
    private final JsonMapper json;
    private final Clock clock;

    RiskAcceptanceService(
            RiskRepository rows,
            RiskAcceptanceQueries acceptances,
            RiskMatrixQueries matrices,
            RiskService reads,
            RiskChangeService changes,
            RiskLifeCycleService lifeCycle,
            ChangeEvents events,
            JsonMapper json,
            Clock clock) {
        this.rows = rows;
        this.acceptances = acceptances;
        this.matrices = matrices;
        this.reads = reads;
        this.changes = changes;
        this.lifeCycle = lifeCycle;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RiskAcceptanceView> ofRisk(CurrentUser user, long riskId) {
        reads.get(user, riskId);
        return acceptances.ofRisk(riskId);
    }

    @Transactional
    public RiskAcceptanceView accept(
            CurrentUser user, long riskId, String rationale, LocalDate expiresOn, long version) {
        RiskLifeCycleService.requireOwner(user);
        RiskView before = changes.open(user, riskId, version);
        if (!RiskView.REVIEWED.equals(before.status()) && !RiskView.DECIDED.equals(before.status())) {
            throw Problems.conflict("Risken ska vara granskad innan den kan accepteras.");
        }
        LocalDate today = LocalDate.now(clock);
        var problems = new java.util.ArrayList<FieldProblem>();
        if (rationale == null || rationale.isBlank() || rationale.length() > 4000) {
            problems.add(new FieldProblem("rationale", "Motivera varför risken kan accepteras (högst 4000 tecken)."));
        }
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusYears(MAX_YEARS))) {
            problems.add(new FieldProblem(
                    "expiresOn",
                    "Ange när acceptansen upphör: ett datum efter i dag och högst " + MAX_YEARS + " år fram."));
        }
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        RiskMatrixView matrix = matrices.byId(before.matrixId()).orElseThrow();
        String band = level(before);
        if (band == null) {
            throw Problems.conflict("Bedöm risken innan den accepteras.");
        }
        boolean highest = matrix.highestBand().code().equals(band);
        String status = highest ? RiskAcceptanceView.AWAITING_CENTRAL : RiskAcceptanceView.IN_FORCE;
        long acceptanceId = acceptances.insert(
                riskId,
                status,
                rationale.strip(),
                expiresOn,
                user.username(),
                user.displayName(),
                Roles.INFORMATIONSAGARE,
                changes.now(),
                snapshot(before));
        acceptances.supersede(riskId, acceptanceId);
        RiskEntity row = rows.findById(riskId).orElseThrow();
        rows.update(row.treated("ACCEPTERA", rationale.strip(), changes.now(), version)
                .moved(RiskView.DECIDED, expiresOn, changes.now(), version));
        lifeCycle.published(user, riskId, highest ? "ACCEPTED_AWAITING_CENTRAL" : "ACCEPTED", before);
        return acceptances.ofRisk(riskId).getFirst();
    }

    /** The central function's second decision on an acceptance in the highest band. */
    @Transactional
    public RiskAcceptanceView confirm(
            CurrentUser user, long riskId, long acceptanceId, boolean approve, String comment) {
        if (!user.hasRole(Roles.CENTRAL_SAMORDNARE)) {
            throw Problems.forbidden("Bara central samordnare fattar det andra beslutet om en acceptans.");
        }
        RiskView before = reads.visible(user, riskId);
        if (!approve && (comment == null || comment.isBlank())) {
            throw Problems.invalidField("comment", "Motivera varför acceptansen inte godkänns.");
        }
        String status = approve ? RiskAcceptanceView.IN_FORCE : RiskAcceptanceView.REJECTED;
        boolean found = acceptances.ofRisk(riskId).stream().anyMatch(a -> a.id() == acceptanceId);
        if (!found) {
            throw Problems.notFound("Acceptansen");
        }
        if (acceptances.second(
                        acceptanceId,
                        status,
                        user.username(),
                        Roles.CENTRAL_SAMORDNARE,
                        changes.now(),
                        comment == null ? null : comment.strip())
                != 1) {
            throw Problems.conflict("Acceptansen väntar inte på ett andra beslut.");
        }
        if (!approve) {
            RiskEntity row = rows.findById(riskId).orElseThrow();
            rows.update(row.moved(RiskView.REVIEWED, null, changes.now(), row.version()));
        }
        lifeCycle.published(user, riskId, approve ? "ACCEPTANCE_CONFIRMED" : "ACCEPTANCE_REJECTED", before);
        return acceptances.ofRisk(riskId).stream()
                .filter(a -> a.id() == acceptanceId)
                .findFirst()
                .orElseThrow();
    }

    /** Expired acceptances send their risks back to review. Runs on a schedule. */
    @Scheduled(fixedDelay = "${varna.risk.expiry-sweep:10m}", initialDelay = "${varna.risk.expiry-sweep:10m}")
    @Transactional
    public void sweepExpired() {
        LocalDate today = LocalDate.now(clock);
        for (long riskId : acceptances.expiredRisks(today)) {
            acceptances.expire(riskId, today);
            RiskEntity row = rows.findById(riskId).orElseThrow();
            rows.update(row.moved(RiskView.ASSESSED, null, changes.now(), row.version()));
            events.publish(
                    RiskChangeService.ENTITY,
                    riskId,
                    "ACCEPTANCE_EXPIRED",
                    new ChangeEvents.Actor("system", ""),
                    row.orgUnitId(),
                    null,
                    java.util.Map.of("status", RiskView.ASSESSED, "expiredBefore", today.toString()));
        }
    }

    /** The band that stands for the risk: residual, else current, else inherent. */
    static String level(RiskView risk) {
        return risk.assessment("KVARVARANDE")
                .or(() -> risk.assessment("NUVARANDE"))
                .or(() -> risk.assessment("INNEBOENDE"))
                .map(RiskView.Assessment::bandCode)
                .orElse(null);
    }

    private String snapshot(RiskView risk) {
        try {
            return json.writeValueAsString(risk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
