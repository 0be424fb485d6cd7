package se.stockholm.varna.classification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.stockholm.varna.inventory.InformationAssetService;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.shared.Problems;

/** Reads of classifications, the scale and the question catalogues; always inside the caller's scope. */
@Singleton
public class ClassificationService {

    private final ClassificationQueries queries;
    private final CatalogueQueries catalogues;
    private final ScaleQueries scales;
    private final InformationAssetService assets;
    private final ScopeService scopes;
    private final Clock clock;

    ClassificationService(
            ClassificationQueries queries,
            CatalogueQueries catalogues,
            ScaleQueries scales,
            InformationAssetService assets,
            ScopeService scopes,
            Clock clock) {
        this.queries = queries;
        this.catalogues = catalogues;
        this.scales = scales;
        this.assets = assets;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** What to list; {@code status} null means every version but the superseded ones. */
    public record ListFilter(String status, boolean overdue, Long assetId) {}

    @Transactional(readOnly = true)
    public ClassificationView get(CurrentUser user, long id) {
        requireReader(user);
        return visible(user, id);
    }

    @Transactional(readOnly = true)
    public PageView<ClassificationView> list(CurrentUser user, ListFilter f, PageRequest page) {
        requireReader(user);
        if (f.assetId() != null) {
            assets.get(user, f.assetId());
        }
        var filter = new ClassificationQueries.Filter(f.status(), f.overdue(), f.assetId(), LocalDate.now(clock));
        var scope = scopes.scopeOf(user);
        return new PageView<>(
                queries.page(filter, scope, page), page.page(), page.size(), queries.count(filter, scope));
    }

    /** Every version of one informationsmängd, newest first, superseded ones included. */
    @Transactional(readOnly = true)
    public List<ClassificationView> versions(CurrentUser user, long assetId) {
        requireReader(user);
        assets.get(user, assetId);
        return queries.page(
                new ClassificationQueries.Filter(ClassificationQueries.ALL, false, assetId, LocalDate.now(clock)),
                scopes.scopeOf(user),
                new PageRequest(0, PageRequest.MAX_SIZE));
    }

    /** The differences between two versions of the same informationsmängd. */
    @Transactional(readOnly = true)
    public ClassificationDiff diff(CurrentUser user, long fromId, long toId) {
        requireReader(user);
        ClassificationView from = visible(user, fromId);
        ClassificationView to = visible(user, toId);
        if (from.informationAssetId() != to.informationAssetId()) {
            throw Problems.invalidField("other", "Jämför bara versioner av samma informationsmängd.");
        }
        return ClassificationDiff.between(
                from,
                to,
                catalogues.byId(from.catalogueId()).orElseThrow(),
                catalogues.byId(to.catalogueId()).orElseThrow());
    }

    @Transactional(readOnly = true)
    public ScaleView scale(CurrentUser user) {
        requireReader(user);
        return scales.scale();
    }

    @Transactional(readOnly = true)
    public QuestionCatalogueView catalogue(CurrentUser user, long id) {
        requireReader(user);
        return catalogues.byId(id).orElseThrow(() -> Problems.notFound("Frågekatalogen"));
    }

    @Transactional(readOnly = true)
    public List<QuestionCatalogueView> catalogues(CurrentUser user) {
        requireReader(user);
        return catalogues.all();
    }

    /** Today in the city, for "overdue" in views. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    ClassificationView visible(CurrentUser user, long id) {
        var found = queries.byId(id).orElseThrow(() -> Problems.notFound("Klassningen"));
        if (!scopes.scopeOf(user).covers(found.path())) {
            throw Problems.notFound("Klassningen");
        }
        return found.view();
    }

    static void requireReader(CurrentUser user) {
        if (!user.hasAnyRole(Roles.PEOPLE)) {
            throw Problems.forbidden("Din roll ger inte behörighet att läsa klassningar.");
        }
    }
}
