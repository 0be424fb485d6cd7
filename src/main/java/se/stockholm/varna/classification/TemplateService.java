package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.Problems;

/**
 * Reads of the city-wide klassningsmallar, for everyone with a person role: templates are guidance for
 * the whole city, not information of one organisation. The proposal per aspect is recomputed from the
 * template's answers, so that a reader sees where the template's level deviates and why.
 */
@Singleton
public class TemplateService {

    public static final String ALL = "ALLA";

    /** How many decided classifications a search for a template's source shows at most. */
    static final int SOURCE_LIMIT = 20;

    private final TemplateQueries templates;
    private final CatalogueQueries catalogues;
    private final TemplateSourceQueries sources;
    private final ClassificationService classifications;
    private final ScopeService scopes;

    TemplateService(
            TemplateQueries templates,
            CatalogueQueries catalogues,
            TemplateSourceQueries sources,
            ClassificationService classifications,
            ScopeService scopes) {
        this.templates = templates;
        this.catalogues = catalogues;
        this.sources = sources;
        this.classifications = classifications;
        this.scopes = scopes;
    }

    /** What a new template is made against: the published question catalogue. */
    @Transactional(readOnly = true)
    public QuestionCatalogueView publishedCatalogue(CurrentUser user) {
        ClassificationService.requireReader(user);
        return catalogues
                .publishedId()
                .flatMap(catalogues::byId)
                .orElseThrow(() -> Problems.conflict("Det finns ingen publicerad frågekatalog."));
    }

    /** Decided classifications in scope whose informationsmängd's name contains {@code text}. */
    @Transactional(readOnly = true)
    List<TemplateSourceQueries.Source> sources(CurrentUser user, String text) {
        ClassificationService.requireReader(user);
        return text == null || text.isBlank()
                ? List.of()
                : sources.decided(text.strip(), scopes.scopeOf(user), SOURCE_LIMIT);
    }

    /** A decided classification in scope, with its answers carried over to the published catalogue. */
    @Transactional(readOnly = true)
    ClassificationView decidedSource(CurrentUser user, long classificationId) {
        ClassificationView source = classifications.get(user, classificationId);
        if (!ClassificationView.DECIDED.equals(source.status())) {
            throw Problems.invalidField("franKlassning", "Utgå från en gällande beslutad klassning.");
        }
        QuestionCatalogueView made = catalogues.byId(source.catalogueId()).orElseThrow();
        return source.with(
                publishedCatalogue(user).carryOver(source.answers(), made), source.levels(), source.comments());
    }

    /** Templates whose name contains {@code text}; {@code status} PUBLICERAD (default), TILLBAKADRAGEN or ALLA. */
    @Transactional(readOnly = true)
    public List<TemplateView> list(CurrentUser user, @Nullable String text, @Nullable String status) {
        ClassificationService.requireReader(user);
        String wanted = status == null || status.isBlank() ? TemplateView.PUBLISHED : status.strip();
        if (!List.of(TemplateView.PUBLISHED, TemplateView.WITHDRAWN, ALL).contains(wanted)) {
            throw Problems.invalidField("status", "Välj PUBLICERAD, TILLBAKADRAGEN eller ALLA.");
        }
        String q = text == null || text.isBlank() ? null : text.strip();
        Map<Long, QuestionCatalogueView> read = new HashMap<>();
        return templates.search(q, ALL.equals(wanted) ? null : wanted).stream()
                .map(t -> recomputed(t, read))
                .toList();
    }

    @Transactional(readOnly = true)
    public TemplateView get(CurrentUser user, long id) {
        ClassificationService.requireReader(user);
        return templates
                .byId(id)
                .map(t -> recomputed(t, new HashMap<>()))
                .orElseThrow(() -> Problems.notFound("Klassningsmallen"));
    }

    private TemplateView recomputed(TemplateView t, Map<Long, QuestionCatalogueView> read) {
        QuestionCatalogueView catalogue =
                read.computeIfAbsent(t.catalogueId(), id -> catalogues.byId(id).orElseThrow());
        return t.withLevels(t.levels().stream()
                .map(l -> new AspectLevel(
                        l.aspect(), LevelRules.proposed(catalogue, l.aspect(), t.answers()), l.level(), l.motivation()))
                .toList());
    }
}
