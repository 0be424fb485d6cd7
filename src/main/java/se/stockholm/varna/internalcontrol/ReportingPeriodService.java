package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.Problems;

/**
 * The reporting periods of each year as data: a year gets the default periods (T1, T2, VB) the first
 * time anyone plans or reports in it, the central function may configure which ones a year has (the
 * city may drop T1, R5.26), and closes and reopens them. Follow-ups in a closed period are frozen.
 */
@Singleton
public class ReportingPeriodService {

    static final String ENTITY = "ReportingPeriod";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final ReportingPeriodRepository periods;
    private final ReportingPeriodDefaultRepository defaults;
    private final ChangeEvents events;
    private final Clock clock;

    ReportingPeriodService(
            ReportingPeriodRepository periods,
            ReportingPeriodDefaultRepository defaults,
            ChangeEvents events,
            Clock clock) {
        this.periods = periods;
        this.defaults = defaults;
        this.events = events;
        this.clock = clock;
    }

    /** The periods of a year, created from the defaults when the year has none yet. */
    @Transactional
    public List<ReportingPeriodView> ofYear(CurrentUser user, int year) {
        InternalControlRoles.requireReader(user);
        return ensureYear(user, year).stream().map(ReportingPeriodView::of).toList();
    }

    /** Years that have periods, newest first, always including this year. */
    @Transactional(readOnly = true)
    public List<Integer> years(CurrentUser user) {
        InternalControlRoles.requireReader(user);
        Set<Integer> years = new LinkedHashSet<>();
        years.add(today().getYear());
        years.addAll(periods.years());
        return years.stream().sorted((a, b) -> b - a).toList();
    }

    @Transactional(readOnly = true)
    public ReportingPeriodView get(CurrentUser user, long id) {
        InternalControlRoles.requireReader(user);
        return periods.findById(id).map(ReportingPeriodView::of).orElseThrow(() -> Problems.notFound("Perioden"));
    }

    /** Sets which periods a year has; a period that already has follow-ups cannot be removed. */
    @Transactional
    public List<ReportingPeriodView> configure(CurrentUser user, int year, List<String> codes) {
        InternalControlRoles.require(
                user,
                InternalControlRoles.PERIOD_CONFIGURERS,
                "Bara administratören eller central samordnare ställer in perioder.");
        checkYear(year);
        Map<String, ReportingPeriodDefaultEntity> known = defaults.findAllOrderBySortNo().stream()
                .collect(Collectors.toMap(ReportingPeriodDefaultEntity::code, d -> d));
        Set<String> wanted = new LinkedHashSet<>(codes == null ? List.of() : codes);
        if (wanted.isEmpty() || !known.keySet().containsAll(wanted)) {
            throw Problems.invalidField(
                    "codes",
                    "Välj minst en period bland "
                            + String.join(", ", known.keySet().stream().sorted().toList()) + ".");
        }
        List<ReportingPeriodEntity> before = periods.ofYear(year);
        for (ReportingPeriodEntity p : before) {
            if (!wanted.contains(p.code())) {
                if (periods.followUps(p.id()) > 0) {
                    throw Problems.conflict(
                            "Perioden " + p.code() + " " + year + " har uppföljningar och kan inte tas bort.");
                }
                periods.delete(p);
            }
        }
        Set<String> existing = before.stream().map(ReportingPeriodEntity::code).collect(Collectors.toSet());
        for (String code : wanted) {
            if (!existing.contains(code)) {
                periods.save(fromDefault(known.get(code), year));
            }
        }
        List<ReportingPeriodView> after =
                periods.ofYear(year).stream().map(ReportingPeriodView::of).toList();
        events.publish(
                ENTITY,
                year,
                "YEAR_CONFIGURED",
                user.actor(),
                null,
                codesOf(before),
                Map.of(
                        "year",
                        year,
                        "codes",
                        after.stream().map(ReportingPeriodView::code).toList()));
        return after;
    }

    @Transactional
    public ReportingPeriodView close(CurrentUser user, long id, long version) {
        InternalControlRoles.require(
                user, InternalControlRoles.PERIOD_CLOSERS, "Bara central samordnare stänger perioder.");
        ReportingPeriodEntity row = current(id, version);
        if (!row.status().equals(ReportingPeriodEntity.OPEN)) {
            throw Problems.conflict("Perioden är redan stängd.");
        }
        ReportingPeriodEntity saved = periods.update(row.closed(user.username(), now(), version));
        ReportingPeriodView after = ReportingPeriodView.of(saved);
        events.publish(ENTITY, id, "CLOSED", user.actor(), null, ReportingPeriodView.of(row), after);
        return after;
    }

    @Transactional
    public ReportingPeriodView reopen(CurrentUser user, long id, @Nullable String reason, long version) {
        InternalControlRoles.require(
                user, InternalControlRoles.PERIOD_CLOSERS, "Bara central samordnare öppnar perioder igen.");
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw Problems.invalidField("reason", "Ange varför perioden öppnas igen (högst 2000 tecken).");
        }
        ReportingPeriodEntity row = current(id, version);
        if (!row.status().equals(ReportingPeriodEntity.CLOSED)) {
            throw Problems.conflict("Perioden är redan öppen.");
        }
        ReportingPeriodEntity saved = periods.update(row.reopened(reason.strip(), version));
        ReportingPeriodView after = ReportingPeriodView.of(saved);
        events.publish(ENTITY, id, "REOPENED", user.actor(), null, ReportingPeriodView.of(row), after);
        return after;
    }

    /** The year's periods, created from the defaults (audited as the caller's act) when it has none. */
    List<ReportingPeriodEntity> ensureYear(CurrentUser user, int year) {
        checkYear(year);
        List<ReportingPeriodEntity> found = periods.ofYear(year);
        if (!found.isEmpty()) {
            return found;
        }
        for (ReportingPeriodDefaultEntity d : defaults.findAllOrderBySortNo()) {
            periods.save(fromDefault(d, year));
        }
        List<ReportingPeriodEntity> created = periods.ofYear(year);
        events.publish(ENTITY, year, "YEAR_OPENED", user.actor(), null, null, codesOf(created));
        return created;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private ReportingPeriodEntity current(long id, long version) {
        ReportingPeriodEntity row = periods.findById(id).orElseThrow(() -> Problems.notFound("Perioden"));
        if (row.version() == null || row.version() != version) {
            throw Problems.staleVersion();
        }
        return row;
    }

    private ReportingPeriodEntity fromDefault(ReportingPeriodDefaultEntity d, int year) {
        return new ReportingPeriodEntity(
                null,
                year,
                d.code(),
                d.nameSv(),
                d.nameEn(),
                LocalDate.of(year, d.startMonth(), 1),
                YearMonth.of(year, d.endMonth()).atEndOfMonth(),
                d.sortNo(),
                ReportingPeriodEntity.OPEN,
                null,
                null,
                null,
                now(),
                0L);
    }

    private static Map<String, Object> codesOf(List<ReportingPeriodEntity> rows) {
        return Map.of("codes", rows.stream().map(ReportingPeriodEntity::code).toList());
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Problems.invalidField("year", "Ange ett år mellan " + FIRST_YEAR + " och " + LAST_YEAR + ".");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
