package se.stockholm.varna.classification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * New versions of the question catalogue, without code changes (issue 4 point 1): the admin creates a
 * complete draft, then publishes it. New classifications use the newest published version; existing
 * ones keep the version they were made with, so published and superseded versions are never deleted.
 * At most one draft exists at a time, so a draft always carries the highest version number.
 */
@Singleton
public class QuestionCatalogueAdminService {

    static final String ENTITY = "QuestionCatalogue";

    private final QuestionCatalogueRepository catalogues;
    private final CatalogueQuestionRepository questions;
    private final CatalogueQueries reads;
    private final ScaleQueries scales;
    private final ChangeEvents events;
    private final Clock clock;

    QuestionCatalogueAdminService(
            QuestionCatalogueRepository catalogues,
            CatalogueQuestionRepository questions,
            CatalogueQueries reads,
            ScaleQueries scales,
            ChangeEvents events,
            Clock clock) {
        this.catalogues = catalogues;
        this.questions = questions;
        this.reads = reads;
        this.scales = scales;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CatalogueVersionView create(CurrentUser user, CatalogueInput in) {
        requireAdmin(user);
        ScaleView scale = scales.scale();
        Set<Integer> levels =
                scale.levels().stream().map(ScaleView.Level::level).collect(Collectors.toSet());
        List<FieldProblem> problems = CatalogueRules.check(in, scale.aspectCodes(), levels);
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        int last = catalogues.lastVersionNo();
        catalogues.findByStatus(QuestionCatalogueEntity.DRAFT).stream()
                .findFirst()
                .ifPresent(d -> {
                    throw Problems.conflict("Det finns redan ett utkast (version " + d.versionNo()
                            + "). Publicera eller ta bort det innan du skapar ett nytt.");
                });
        QuestionCatalogueEntity saved = catalogues.save(new QuestionCatalogueEntity(
                null,
                last + 1,
                in.title().strip(),
                blankToNull(in.description()),
                QuestionCatalogueEntity.DRAFT,
                null,
                null,
                now(),
                0L));
        store(saved.id(), in.questions());
        events.publish(
                ENTITY,
                saved.id(),
                "CREATED",
                user.actor(),
                null,
                null,
                reads.byId(saved.id()).orElseThrow());
        return view(saved.id());
    }

    @Transactional
    public CatalogueVersionView publish(CurrentUser user, long id, long version) {
        requireAdmin(user);
        catalogues.lastVersionNo(); // locks the versions: two publications never overlap
        QuestionCatalogueEntity draft = catalogues.findById(id).orElseThrow(() -> Problems.notFound("Frågekatalogen"));
        if (!QuestionCatalogueEntity.DRAFT.equals(draft.status())) {
            throw Problems.conflict("Version " + draft.versionNo() + " är inget utkast och kan inte publiceras igen.");
        }
        if (draft.version() == null || draft.version() != version) {
            throw Problems.staleVersion();
        }
        for (QuestionCatalogueEntity old : catalogues.findByStatus(QuestionCatalogueEntity.PUBLISHED)) {
            CatalogueVersionView before = view(old.id());
            catalogues.update(old.superseded());
            events.publish(ENTITY, old.id(), "SUPERSEDED", user.actor(), null, before, view(old.id()));
        }
        CatalogueVersionView before = view(id);
        catalogues.update(draft.published(now(), user.username(), version));
        CatalogueVersionView after = view(id);
        events.publish(ENTITY, id, "PUBLISHED", user.actor(), null, before, after);
        return after;
    }

    /** Only a draft can go; anything a classification may refer to stays forever. */
    @Transactional
    public void delete(CurrentUser user, long id) {
        requireAdmin(user);
        QuestionCatalogueEntity row = catalogues.findById(id).orElseThrow(() -> Problems.notFound("Frågekatalogen"));
        if (!QuestionCatalogueEntity.DRAFT.equals(row.status())) {
            throw Problems.conflict("Publicerade och ersatta versioner tas aldrig bort: klassningar och mallar"
                    + " hänvisar till dem.");
        }
        QuestionCatalogueView before = reads.byId(id).orElseThrow();
        questions.deleteOptionsOf(id);
        questions.deleteQuestionsOf(id);
        catalogues.deleteById(id);
        events.publish(ENTITY, id, "DELETED", user.actor(), null, before, null);
    }

    private void store(long catalogueId, List<CatalogueInput.Question> in) {
        for (int i = 0; i < in.size(); i++) {
            CatalogueInput.Question q = in.get(i);
            CatalogueQuestionEntity saved = questions.save(new CatalogueQuestionEntity(
                    null,
                    catalogueId,
                    q.code().strip(),
                    q.aspect(),
                    (i + 1) * 10,
                    q.text().strip(),
                    blankToNull(q.help())));
            for (int j = 0; j < q.options().size(); j++) {
                CatalogueInput.Option o = q.options().get(j);
                questions.addOption(
                        saved.id(), o.code().strip(), (j + 1) * 10, o.text().strip(), o.proposedLevel());
            }
        }
    }

    private CatalogueVersionView view(long id) {
        QuestionCatalogueEntity c = catalogues.findById(id).orElseThrow(() -> Problems.notFound("Frågekatalogen"));
        return new CatalogueVersionView(
                c.id(),
                c.versionNo(),
                c.title(),
                c.status(),
                c.createdAt().toInstant(ZoneOffset.UTC),
                c.publishedAt() == null ? null : c.publishedAt().toInstant(ZoneOffset.UTC),
                c.publishedBy(),
                questions.countByCatalogueId(c.id()),
                c.version() == null ? 0 : c.version());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Roles.ADMIN)) {
            throw Problems.forbidden("Bara administratören förvaltar frågekatalogen.");
        }
    }
}
