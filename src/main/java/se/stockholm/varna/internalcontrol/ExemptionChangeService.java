package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import se.stockholm.varna.organisation.Placement;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * The requester's side of an undantag (ADR 0015): a samordnare or informationsägare writes the request
 * for an organisation in scope, changes it while it is a draft or sent back for komplettering, submits
 * it to SLK and may withdraw it until it is decided. Decisions are {@link ExemptionDecisionService}.
 */
@Singleton
public class ExemptionChangeService {

    static final String ENTITY = "Exemption";

    private final ExemptionRepository rows;
    private final ExemptionService reads;
    private final ScopeService scopes;
    private final ChangeEvents events;
    private final Clock clock;

    ExemptionChangeService(
            ExemptionRepository rows, ExemptionService reads, ScopeService scopes, ChangeEvents events, Clock clock) {
        this.rows = rows;
        this.reads = reads;
        this.scopes = scopes;
        this.events = events;
        this.clock = clock;
    }

    /** A new request, UTKAST until submitted. */
    @Transactional
    public ExemptionView request(CurrentUser user, ExemptionRequest raw) {
        ExemptionService.requireRequester(user);
        ExemptionRequest in = checked(raw);
        Placement placement = scopes.writablePlacement(user, in.orgUnitId());
        ExemptionEntity saved =
                rows.save(ExemptionEntity.draft(in, placement.responsibleOrgId(), user.username(), now()));
        return published(user, saved.id(), "CREATED", null);
    }

    @Transactional
    public ExemptionView edit(CurrentUser user, long id, ExemptionRequest raw, long version) {
        ExemptionService.requireRequester(user);
        ExemptionView before = open(
                user,
                id,
                version,
                ExemptionRules::editable,
                "Ansökan är inskickad; den kan ändras först om den skickas tillbaka för komplettering.");
        ExemptionRequest in = checked(raw);
        Placement placement = scopes.writablePlacement(user, in.orgUnitId());
        guard(rows.edit(
                id,
                version,
                in.orgUnitId(),
                placement.responsibleOrgId(),
                in.title(),
                in.requirementRef(),
                in.requirementCode(),
                in.deviation(),
                in.investigation(),
                in.implementationPlan(),
                in.sharedImpact(),
                in.requestedUntil(),
                now()));
        return published(user, id, "CHANGED", before);
    }

    /** Sends the written request to SLK; it must still hold everything a decision needs. */
    @Transactional
    public ExemptionView submit(CurrentUser user, long id, long version) {
        ExemptionService.requireRequester(user);
        ExemptionView before = open(user, id, version, ExemptionRules::editable, "Ansökan är redan inskickad.");
        List<FieldProblem> problems = ExemptionRules.request(ExemptionRequest.of(before), reads.today());
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        guard(rows.submit(id, version, user.username(), now()));
        return published(user, id, "SUBMITTED", before);
    }

    @Transactional
    public ExemptionView withdraw(CurrentUser user, long id, long version) {
        ExemptionService.requireRequester(user);
        ExemptionView before = open(user, id, version, ExemptionRules::withdrawable, "Undantaget är redan beslutat.");
        guard(rows.withdraw(id, version, now()));
        return published(user, id, "EXEMPTION_WITHDRAWN", before);
    }

    /**
     * The exemption as the caller sees it, when it may still change in the way asked for: a decided or
     * withdrawn one never changes (409), nor one read at an older version (409).
     */
    ExemptionView open(CurrentUser user, long id, long version, Predicate<String> allowed, String otherwise) {
        ExemptionView before = reads.visible(user, id);
        if (ExemptionRules.closed(before.status())) {
            throw Problems.conflict("Ett beslutat eller återkallat undantag ändras inte.");
        }
        if (!allowed.test(before.status())) {
            throw Problems.conflict(otherwise);
        }
        if (before.version() != version) {
            throw Problems.staleVersion();
        }
        return before;
    }

    ExemptionView published(CurrentUser user, long id, String action, @Nullable ExemptionView before) {
        ExemptionView after = reads.visible(user, id);
        events.publish(ENTITY, id, action, user.actor(), after.orgUnitId(), before, after);
        return after;
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A guarded update that changed no row lost a race: someone changed the exemption since it was read. */
    static void guard(int updated) {
        if (updated != 1) {
            throw Problems.staleVersion();
        }
    }

    private ExemptionRequest checked(ExemptionRequest raw) {
        ExemptionRequest s = raw.stripped();
        ExemptionRequest in = new ExemptionRequest(
                s.orgUnitId(),
                s.title(),
                s.requirementRef(),
                s.requirementCode() == null ? null : s.requirementCode().toUpperCase(Locale.ROOT),
                s.deviation(),
                s.investigation(),
                s.implementationPlan(),
                s.sharedImpact(),
                s.requestedUntil());
        List<FieldProblem> problems = new ArrayList<>(ExemptionRules.request(in, reads.today()));
        boolean codeChecked = problems.stream().anyMatch(p -> p.field().equals("requirementCode"));
        if (in.requirementCode() != null && !codeChecked && rows.requirementCodes(in.requirementCode()) == 0) {
            problems.add(new FieldProblem("requirementCode", "Kravkoden finns inte i kravkatalogen."));
        }
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        return in;
    }
}
