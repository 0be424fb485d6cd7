package se.stockholm.varna.classification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.Problems;

/**
 * The calibration view of templates (MODEL.md §4): where units that adopted the same template decided
 * different levels. Central-samordnare sees the whole city; samordnare and granskare see only the
 * adopters in their scope, so a template appears for them only when it has adopters there.
 */
@Singleton
public class CalibrationService {

    public static final List<String> READERS = List.of(Roles.CENTRAL_SAMORDNARE, Roles.SAMORDNARE, Roles.GRANSKARE);

    private final CalibrationQueries queries;
    private final TemplateQueries templates;
    private final ScaleQueries scales;
    private final ScopeService scopes;

    CalibrationService(
            CalibrationQueries queries, TemplateQueries templates, ScaleQueries scales, ScopeService scopes) {
        this.queries = queries;
        this.templates = templates;
        this.scales = scales;
        this.scopes = scopes;
    }

    @Transactional(readOnly = true)
    public List<CalibrationView> calibration(CurrentUser user) {
        if (!user.hasAnyRole(READERS)) {
            throw Problems.forbidden("Kalibreringen är till för central samordnare, samordnare och granskare.");
        }
        List<Calibration.Adoption> adoptions = queries.adoptions(scopes.scopeOf(user));
        Set<Long> adopted =
                adoptions.stream().map(Calibration.Adoption::templateId).collect(Collectors.toSet());
        List<TemplateView> used = adopted.stream()
                .map(templates::byId)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(TemplateView::name).thenComparingLong(TemplateView::id))
                .toList();
        ScaleView scale = scales.scale();
        return Calibration.of(
                used,
                scale.aspectCodes(),
                scale.levels().stream().map(ScaleView.Level::level).toList(),
                adoptions);
    }

    public static boolean mayRead(CurrentUser user) {
        return user.hasAnyRole(READERS);
    }
}
