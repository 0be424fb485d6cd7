package se.stockholm.varna.classification;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.ProblemException;
import se.stockholm.varna.shared.Problems;

/**
 * Central-samordnare publishes and withdraws city-wide klassningsmallar (MODEL.md §4, issue 4 point 7).
 * A template answers every question of the published catalogue; a level other than the proposal needs
 * a motivation, as in a classification. A template's content never changes: to correct one, withdraw it
 * and publish another, so that what an adopter started from stays on record.
 */
@Singleton
public class TemplateChangeService {

    static final String ENTITY = "ClassificationTemplate";

    private final TemplateRepository rows;
    private final TemplateService reads;
    private final CatalogueQueries catalogues;
    private final ScaleQueries scales;
    private final ClassificationService classifications;
    private final ChangeEvents events;
    private final Clock clock;

    TemplateChangeService(
            TemplateRepository rows,
            TemplateService reads,
            CatalogueQueries catalogues,
            ScaleQueries scales,
            ClassificationService classifications,
            ChangeEvents events,
            Clock clock) {
        this.rows = rows;
        this.reads = reads;
        this.catalogues = catalogues;
        this.scales = scales;
        this.classifications = classifications;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public TemplateView publish(CurrentUser user, TemplateInput in) {
        requireCentral(user);
        QuestionCatalogueView catalogue = catalogues
                .publishedId()
                .flatMap(catalogues::byId)
                .orElseThrow(() -> Problems.conflict("Det finns ingen publicerad frågekatalog."));
        List<FieldProblem> problems = new ArrayList<>();
        String name = strip(in.name());
        String description = strip(in.description());
        if (name == null) {
            problems.add(new FieldProblem("name", "Ge mallen ett namn."));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "Namnet får vara högst 200 tecken."));
        } else if (rows.existsByNameAndStatus(name, TemplateView.PUBLISHED)) {
            problems.add(new FieldProblem("name", "Det finns redan en publicerad mall med namnet " + name + "."));
        }
        if (description != null && description.length() > 4000) {
            problems.add(new FieldProblem("description", "Beskrivningen får vara högst 4000 tecken."));
        }
        ClassificationInput content = content(user, in, catalogue, problems);
        LevelRules.Outcome outcome = LevelRules.check(scales.scale().aspectCodes(), catalogue, content, Map.of());
        problems.addAll(outcome.problems());
        long unanswered = catalogue.questions().stream()
                .filter(q -> content.answers().stream().noneMatch(a -> a.questionId() == q.id()))
                .count();
        if (unanswered > 0) {
            problems.add(new FieldProblem(
                    "answers", "En mall besvarar alla frågor i frågekatalogen (" + unanswered + " obesvarade)."));
        }
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        TemplateEntity saved = rows.save(new TemplateEntity(
                null, name, description, catalogue.id(), TemplateView.PUBLISHED, user.username(), now(), 0L));
        content.answers().forEach(a -> rows.addAnswer(saved.id(), a.questionId(), a.optionId()));
        outcome.levels().forEach(l -> rows.addLevel(saved.id(), l.aspect(), l.level(), l.motivation()));
        TemplateView view = reads.get(user, saved.id());
        events.publish(ENTITY, saved.id(), "PUBLISHED", user.actor(), null, null, view);
        return view;
    }

    /** Adopters keep their reference; new classifications can no longer start from the template. */
    @Transactional
    public TemplateView withdraw(CurrentUser user, long id, long version) {
        requireCentral(user);
        TemplateEntity row = rows.findById(id).orElseThrow(() -> Problems.notFound("Klassningsmallen"));
        if (row.version() == null || row.version() != version) {
            throw Problems.staleVersion();
        }
        if (!TemplateView.PUBLISHED.equals(row.status())) {
            throw Problems.conflict("Mallen är redan tillbakadragen.");
        }
        TemplateView before = reads.get(user, id);
        rows.update(row.withdrawn(version));
        TemplateView after = reads.get(user, id);
        events.publish(ENTITY, id, "WITHDRAWN", user.actor(), null, before, after);
        return after;
    }

    /**
     * The answers and level choices of the new template: as given, or those of a decided classification
     * carried over to the published catalogue by question and option code. A level of the classification
     * is kept only where it was motivated; otherwise it follows the (possibly new) proposal.
     */
    private ClassificationInput content(
            CurrentUser user, TemplateInput in, QuestionCatalogueView catalogue, List<FieldProblem> problems) {
        if (in.fromClassificationId() == null) {
            return new ClassificationInput(in.answers(), in.levels(), null);
        }
        if (!in.answers().isEmpty()) {
            problems.add(new FieldProblem(
                    "answers", "Ange antingen svar eller en beslutad klassning att utgå från, inte båda."));
        }
        ClassificationView source;
        try {
            source = classifications.get(user, in.fromClassificationId());
        } catch (ProblemException e) {
            if (e.status() != HttpStatus.NOT_FOUND) {
                throw e;
            }
            problems.add(new FieldProblem("fromClassificationId", "Klassningen finns inte."));
            return new ClassificationInput(List.of(), in.levels(), null);
        }
        if (!ClassificationView.DECIDED.equals(source.status())) {
            problems.add(new FieldProblem(
                    "fromClassificationId",
                    "Utgå från en gällande beslutad klassning, inte en med status " + source.status() + "."));
        }
        QuestionCatalogueView made = catalogues.byId(source.catalogueId()).orElseThrow();
        List<ClassificationInput.LevelChoice> levels = in.levels().isEmpty()
                ? source.levels().stream()
                        .map(TemplateChangeService::keptIfMotivated)
                        .toList()
                : in.levels();
        return new ClassificationInput(catalogue.carryOver(source.answers(), made), levels, null);
    }

    private static ClassificationInput.LevelChoice keptIfMotivated(AspectLevel l) {
        boolean motivated = l.motivation() != null && !l.motivation().isBlank();
        return new ClassificationInput.LevelChoice(
                l.aspect(), motivated ? l.level() : null, motivated ? l.motivation() : null);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static void requireCentral(CurrentUser user) {
        if (!user.hasRole(Roles.CENTRAL_SAMORDNARE)) {
            throw Problems.forbidden("Bara central samordnare publicerar och drar tillbaka klassningsmallar.");
        }
    }
}
