package se.stockholm.varna.risk;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.stockholm.varna.classification.FulfilmentService;
import se.stockholm.varna.classification.HostingDecisionService;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.shared.ChangeEvents;

/**
 * Raises risk candidates from their causes city-wide (handlingsplan gaps, hosting without a decision, and every {@link RiskCandidateSource})
 * with {@link RiskCandidateRules}: on a schedule ({@link RiskCandidateSchedule}), and before the inbox
 * is listed so that it is current. One sync at a time in this process, each in its own transaction; every change is audited
 * with the actor {@code system} (ADR 0011), events published after the row changes so that the sync
 * locks rows before the audit chain, as a triage does.
 */
@Singleton
class RiskCandidateSync {

    static final ChangeEvents.Actor SYSTEM = new ChangeEvents.Actor("system", "risk-candidate-sync");
    private static final Logger LOG = LoggerFactory.getLogger(RiskCandidateSync.class);

    private final FulfilmentService fulfilment;
    private final HostingDecisionService hosting;
    private final List<RiskCandidateSource> sources;
    private final RiskCandidateQueries queries;
    private final RiskCandidateRepository rows;
    private final ChangeEvents events;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    RiskCandidateSync(
            FulfilmentService fulfilment,
            HostingDecisionService hosting,
            List<RiskCandidateSource> sources,
            RiskCandidateQueries queries,
            RiskCandidateRepository rows,
            ChangeEvents events,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.fulfilment = fulfilment;
        this.hosting = hosting;
        this.sources = List.copyOf(sources);
        this.queries = queries;
        this.rows = rows;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A sync whose failure (e.g. a deadlock with a concurrent change) is logged; the next one retries. */
    void runQuietly() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("risk candidate sync failed; the next sync retries", e);
        }
    }

    /** Brings the candidates in line with the causes now; answers how many candidates changed. */
    int run() {
        lock.lock();
        try {
            return transactions.execute(
                    TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> apply());
        } finally {
            lock.unlock();
        }
    }

    private int apply() {
        List<RiskCandidateCause> causes = new ArrayList<>();
        fulfilment.gaps(Scope.everything()).forEach(g -> causes.add(RiskCandidateCause.of(g)));
        hosting.needs(Scope.everything()).forEach(n -> causes.add(RiskCandidateCause.of(n)));
        for (RiskCandidateSource source : sources) {
            source.causes().forEach(c -> causes.add(RiskCandidateCause.of(source.kind(), c)));
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Runnable> audit = new ArrayList<>();
        for (RiskCandidateRules.Change change : RiskCandidateRules.changes(queries.stored(), causes)) {
            Runnable event = apply(change, now);
            if (event != null) {
                audit.add(event);
            }
        }
        audit.forEach(Runnable::run);
        return audit.size();
    }

    /** Makes one change; answers its audit event, or null when the candidate changed under us. */
    private Runnable apply(RiskCandidateRules.Change change, LocalDateTime now) {
        RiskCandidateRules.Stored s = change.stored();
        RiskCandidateCause c = change.cause();
        return switch (change.action()) {
            case RAISE -> {
                RiskCandidateEntity saved = rows.save(RiskCandidateEntity.raised(c, now));
                yield () -> events.publish(
                        RiskCandidateService.ENTITY,
                        saved.id(),
                        "RAISED",
                        SYSTEM,
                        c.orgUnitId(),
                        null,
                        state(c.kind(), c.key(), RiskCandidateView.NEW, c.state(), c.title()));
            }
            case REOPEN, REFRESH -> {
                int changed = rows.raiseAgain(
                        s.id(), s.version(), s.status(), c.state(), c.orgUnitId(), c.title(), c.detail(), now);
                yield changed == 0
                        ? null
                        : () -> events.publish(
                                RiskCandidateService.ENTITY,
                                s.id(),
                                change.action() == RiskCandidateRules.Action.REOPEN ? "REOPENED" : "CAUSE_CHANGED",
                                SYSTEM,
                                c.orgUnitId(),
                                state(c.kind(), c.key(), s.status(), s.causeState(), s.title()),
                                state(c.kind(), c.key(), RiskCandidateView.NEW, c.state(), c.title()));
            }
            case OUTDATE -> {
                int changed = rows.outdate(s.id(), s.version(), now);
                yield changed == 0
                        ? null
                        : () -> events.publish(
                                RiskCandidateService.ENTITY,
                                s.id(),
                                "OUTDATED",
                                SYSTEM,
                                s.orgUnitId(),
                                Map.of("causeKey", s.causeKey(), "status", s.status(), "causeState", s.causeState()),
                                Map.of("causeKey", s.causeKey(), "status", RiskCandidateView.OUTDATED));
            }
        };
    }

    private static Map<String, Object> state(String kind, String key, String status, String causeState, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("causeKey", key);
        m.put("status", status);
        m.put("causeState", causeState);
        m.put("title", title);
        return m;
    }
}
