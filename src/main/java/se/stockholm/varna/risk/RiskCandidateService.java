package se.stockholm.varna.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.inventory.ItServiceService;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.shared.Problems;

/**
 * The risk candidates inbox: listing in the caller's scope (after a sync, so that it is current) and
 * triage by a samordnare, the central function or an informationsägare in scope: dismiss with a
 * motivation, or accept as a risk identified through {@link RiskChangeService} in the same transaction.
 */
@Singleton
public class RiskCandidateService {

    static final String ENTITY = "RiskCandidate";
    static final List<String> TRIAGERS = List.of(Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE, Roles.INFORMATIONSAGARE);

    private final RiskCandidateQueries queries;
    private final RiskCandidateRepository rows;
    private final RiskCandidateSync sync;
    private final RiskChangeService risks;
    private final ItServiceService services;
    private final ScopeService scopes;
    private final ChangeEvents events;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    RiskCandidateService(
            RiskCandidateQueries queries,
            RiskCandidateRepository rows,
            RiskCandidateSync sync,
            RiskChangeService risks,
            ItServiceService services,
            ScopeService scopes,
            ChangeEvents events,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.queries = queries;
        this.rows = rows;
        this.sync = sync;
        this.risks = risks;
        this.services = services;
        this.scopes = scopes;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Command: accept a candidate as a risk owned by an informationsägare; a blank title keeps the candidate's. */
    public record Acceptance(
            @Nullable String ownerUsername, @Nullable String context, @Nullable String title, @Nullable Long version) {}

    /** Syncs the candidates with their causes, then reads one page in the caller's scope. */
    public PageView<RiskCandidateView> list(CurrentUser user, RiskCandidateFilter filter, PageRequest page) {
        requireReader(user);
        String status = status(filter);
        sync.runQuietly();
        return transactions.executeRead(tx -> {
            String underPath = underPath(user, filter.orgUnitId());
            Scope scope = scopes.scopeOf(user);
            return new PageView<>(
                    queries.page(status, underPath, scope, page),
                    page.page(),
                    page.size(),
                    queries.count(status, underPath, scope));
        });
    }

    /** Candidates per status in the caller's scope, as stored (list first to sync). */
    @Transactional(readOnly = true)
    public Map<String, Long> counts(CurrentUser user, @Nullable Long orgUnitId) {
        requireReader(user);
        return queries.counts(underPath(user, orgUnitId), scopes.scopeOf(user));
    }

    @Transactional(readOnly = true)
    public RiskCandidateView get(CurrentUser user, long id) {
        requireReader(user);
        return visible(user, id);
    }

    /**
     * The candidates raised for these causes that the caller may see, by cause key: a later module shows
     * on its own page whether its cause (e.g. an audit finding) became a candidate and what came of it.
     */
    @Transactional(readOnly = true)
    public Map<String, RiskCandidateView> byCauseKeys(CurrentUser user, Collection<String> causeKeys) {
        requireReader(user);
        Scope scope = scopes.scopeOf(user);
        Map<String, RiskCandidateView> found = new LinkedHashMap<>();
        queries.byCauseKeys(causeKeys).forEach((key, c) -> {
            if (scope.covers(c.path())) {
                found.put(key, c.view());
            }
        });
        return found;
    }

    @Transactional
    public RiskCandidateView dismiss(CurrentUser user, long id, @Nullable String motivation, @Nullable Long version) {
        requireTriager(user);
        RiskCandidateView before = visible(user, id);
        List<FieldProblem> problems = RiskCandidateRules.dismissal(motivation);
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        long expected = open(id, version);
        if (rows.dismiss(id, expected, user.username(), motivation.strip(), now()) == 0) {
            throw Problems.staleVersion();
        }
        return published(user, id, "DISMISSED", before);
    }

    @Transactional
    public RiskCandidateView accept(CurrentUser user, long id, Acceptance in) {
        requireTriager(user);
        RiskCandidateView before = visible(user, id);
        List<FieldProblem> problems = RiskCandidateRules.acceptance(in.context());
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        long expected = open(id, in.version());
        RiskView risk = risks.identify(user, riskInput(user, before, in));
        if (rows.accept(id, expected, risk.id(), user.username(), now()) == 0) {
            throw Problems.staleVersion();
        }
        return published(user, id, "ACCEPTED", before);
    }

    /** Whether the user's role lets them triage (scope aside: they only see candidates in scope). */
    public static boolean mayTriage(CurrentUser user) {
        return user.hasAnyRole(TRIAGERS);
    }

    /** Locks the candidate and checks it is still NY at the version read; answers that version. */
    private long open(long id, @Nullable Long version) {
        RiskCandidateQueries.Locked locked = queries.lock(id).orElseThrow(() -> Problems.notFound("Riskkandidaten"));
        if (!RiskCandidateView.NEW.equals(locked.status())) {
            throw Problems.conflict("Kandidaten är redan hanterad.");
        }
        if (version == null || locked.version() != version) {
            throw Problems.staleVersion();
        }
        return version;
    }

    /** The risk a candidate becomes: a supplier risk names the it-tjänst's leverantör, if it has one. */
    private RiskInput riskInput(CurrentUser user, RiskCandidateView c, Acceptance in) {
        String title = in.title() == null || in.title().isBlank() ? c.title() : in.title();
        String source = RiskRules.SOURCES.contains(c.kind()) ? c.kind() : "MANUELL";
        Long supplier = "LEVERANTOR".equals(in.context()) && c.itServiceId() != null
                ? services.get(user, c.itServiceId()).supplierId()
                : null;
        return new RiskInput(
                title,
                RiskCandidateText.description(c),
                null,
                RiskCandidateText.vulnerability(c),
                c.orgUnitId(),
                in.ownerUsername(),
                null,
                in.context(),
                source,
                supplier,
                List.of(),
                c.itServiceId() == null ? List.of() : List.of(c.itServiceId()));
    }

    private RiskCandidateView published(CurrentUser user, long id, String action, RiskCandidateView before) {
        RiskCandidateView after = visible(user, id);
        events.publish(ENTITY, id, action, user.actor(), after.orgUnitId(), before, after);
        return after;
    }

    private RiskCandidateView visible(CurrentUser user, long id) {
        RiskCandidateQueries.Scoped found = queries.byId(id).orElseThrow(() -> Problems.notFound("Riskkandidaten"));
        if (!scopes.scopeOf(user).covers(found.path())) {
            throw Problems.notFound("Riskkandidaten");
        }
        return found.view();
    }

    @Nullable
    private String underPath(CurrentUser user, @Nullable Long orgUnitId) {
        return orgUnitId == null
                ? null
                : scopes.visiblePath(user, orgUnitId).orElseThrow(() -> Problems.notFound("Organisationsenheten"));
    }

    @Nullable
    private static String status(RiskCandidateFilter filter) {
        String status = filter.statusOrDefault();
        if (RiskCandidateFilter.ALL.equals(status)) {
            return null;
        }
        if (!RiskCandidateView.STATUSES.contains(status)) {
            throw Problems.invalidField("status", "Välj NY, RISK, AVFARDAD, INAKTUELL eller ALLA.");
        }
        return status;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static void requireReader(CurrentUser user) {
        if (!user.hasAnyRole(Roles.PEOPLE)) {
            throw Problems.forbidden("Din roll ger inte behörighet att läsa riskkandidaterna.");
        }
    }

    static void requireTriager(CurrentUser user) {
        if (!mayTriage(user)) {
            throw Problems.forbidden(
                    "Bara samordnare och informationsägare avfärdar riskkandidater eller gör dem till risker.");
        }
    }
}
