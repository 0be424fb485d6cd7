package se.stockholm.varna.classification;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import se.stockholm.varna.api.ClassificationSettingsApi;
import se.stockholm.varna.api.model.CatalogueOptionInput;
import se.stockholm.varna.api.model.CatalogueQuestionInput;
import se.stockholm.varna.api.model.QuestionCatalogueInput;
import se.stockholm.varna.api.model.QuestionCatalogueVersion;
import se.stockholm.varna.api.model.ReviewCadenceInput;
import se.stockholm.varna.api.model.ReviewCadenceSetting;
import se.stockholm.varna.api.model.VersionOnly;
import se.stockholm.varna.security.AnyPersonRole;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;

/** The question catalogue versions and review cadence endpoints of openapi/varna.yaml: maps and delegates. */
@Controller
@AnyPersonRole
class ClassificationSettingsApiController implements ClassificationSettingsApi {

    private final QuestionCatalogueAdminService catalogues;
    private final ReviewCadenceService cadences;
    private final CurrentUsers users;

    ClassificationSettingsApiController(
            QuestionCatalogueAdminService catalogues, ReviewCadenceService cadences, CurrentUsers users) {
        this.catalogues = catalogues;
        this.cadences = cadences;
        this.users = users;
    }

    @Override
    @Secured(Roles.ADMIN)
    public HttpResponse<QuestionCatalogueVersion> createQuestionCatalogue(QuestionCatalogueInput body) {
        CatalogueVersionView created = catalogues.create(users.current(), toInput(body));
        return HttpResponse.created(toApi(created)).header("Location", "/api/v1/question-catalogues/" + created.id());
    }

    @Override
    @Secured(Roles.ADMIN)
    public QuestionCatalogueVersion publishQuestionCatalogue(Long id, VersionOnly body) {
        return toApi(catalogues.publish(users.current(), id, body.getVersion()));
    }

    @Override
    @Secured(Roles.ADMIN)
    // the generated interface says problem+json only (204 has no body), which made clients that
    // accept application/json get 406 instead of the 204 or the problem
    @io.micronaut.http.annotation.Produces({"application/json", "application/problem+json"})
    public HttpResponse<Void> deleteQuestionCatalogue(Long id) {
        catalogues.delete(users.current(), id);
        return HttpResponse.noContent();
    }

    @Override
    public ReviewCadenceSetting getReviewCadence(Long id) {
        return toApi(cadences.get(users.current(), id));
    }

    @Override
    @Secured({Roles.ADMIN, Roles.CENTRAL_SAMORDNARE, Roles.SAMORDNARE})
    public ReviewCadenceSetting setReviewCadence(Long id, ReviewCadenceInput body) {
        return toApi(cadences.set(users.current(), id, body.getMonths()));
    }

    private static CatalogueInput toInput(QuestionCatalogueInput body) {
        List<CatalogueQuestionInput> questions = body.getQuestions() == null ? List.of() : body.getQuestions();
        return new CatalogueInput(
                body.getTitle(),
                body.getDescription(),
                questions.stream()
                        .map(q -> q == null
                                ? null
                                : new CatalogueInput.Question(
                                        q.getCode(), q.getAspect(), q.getText(), q.getHelp(), options(q.getOptions())))
                        .toList());
    }

    private static List<CatalogueInput.Option> options(List<CatalogueOptionInput> options) {
        return options == null
                ? List.of()
                : options.stream()
                        .map(o -> o == null
                                ? null
                                : new CatalogueInput.Option(o.getCode(), o.getText(), o.getProposedLevel()))
                        .toList();
    }

    private static QuestionCatalogueVersion toApi(CatalogueVersionView c) {
        return new QuestionCatalogueVersion(
                        c.id(),
                        c.versionNo(),
                        c.title(),
                        c.status(),
                        time(c.createdAt()),
                        c.questionCount(),
                        c.version())
                .publishedAt(time(c.publishedAt()))
                .publishedBy(c.publishedBy());
    }

    private static ReviewCadenceSetting toApi(ReviewCadenceView v) {
        return new ReviewCadenceSetting(v.orgUnitId(), v.orgUnitName(), v.effectiveMonths(), v.source())
                .months(v.months())
                .inheritedFromId(v.inheritedFromId())
                .inheritedFromName(v.inheritedFromName());
    }

    private static ZonedDateTime time(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC);
    }
}
