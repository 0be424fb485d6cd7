package se.stockholm.varna.internalcontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.thymeleaf.WebContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import se.stockholm.varna.organisation.OrgUnitChoice;
import se.stockholm.varna.shared.FormSubmission;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.testsupport.Templates;

/**
 * The granskningar pages rendered with the application's messages and link builder, without a
 * server: every expression evaluates and every message resolves in Swedish and English, and each
 * form appears only for those who may use it (the reviewer records, edits and closes; the
 * organisation answers and plans åtgärder; a reader gets no forms at all).
 */
class ReviewTemplatesTest {

    static final TemplateEngine ENGINE = Templates.engine();
    static final Instant T = Instant.parse("2026-03-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    static ReviewView review(String status) {
        boolean ended = ReviewView.ENDED.equals(status);
        return new ReviewView(
                7,
                "EXTERN",
                true,
                "Revision av behörighetshantering 2026",
                "Behörighetstilldelning och logguppföljning i verksamhetssystemen.",
                21,
                "Bromma stadsdelsförvaltning",
                20,
                "Bromma stadsdelsnämnd",
                "Karin Revisor",
                "Revisionsbyrån AB",
                LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-02-10"),
                ended ? LocalDate.parse("2026-03-01") : null,
                status,
                "https://diarie.stad.example/2026-123",
                3,
                2,
                "granskare",
                T,
                4);
    }

    static FindingView finding(long id, String status, boolean raiseRisk, FindingView.Candidate candidate) {
        boolean answered = !FindingView.OPEN.equals(status);
        boolean closed = FindingView.CLOSED.equals(status);
        return new FindingView(
                id,
                7,
                "Revision av behörighetshantering 2026",
                "Iakttagelse " + id + ": behörigheter följs inte upp",
                "Ingen årlig genomgång av behörigheter i hemtjänstens system.",
                "HOG",
                "Hög",
                "High",
                3,
                "Inför en årlig behörighetsgenomgång.",
                22,
                "Hemtjänsten Bromma",
                raiseRisk,
                status,
                answered ? "Genomgång införs i maj." : null,
                answered ? "samordnare.bromma" : null,
                answered ? T : null,
                closed ? "Kontrollerat protokollet från genomgången." : null,
                closed ? "granskare" : null,
                closed ? T : null,
                "granskare",
                T,
                answered
                        ? List.of(new FindingActionView(
                                90 + id,
                                id,
                                "Årlig genomgång",
                                "Anna Bromma",
                                LocalDate.parse("2026-03-01"),
                                "PAGAR",
                                true,
                                2))
                        : List.of(),
                candidate,
                5);
    }

    static final List<FindingSeverityView> SEVERITIES = List.of(
            new FindingSeverityView("LAG", "Låg", "Low", null, 1),
            new FindingSeverityView("MEDEL", "Medel", "Medium", null, 2),
            new FindingSeverityView("HOG", "Hög", "High", null, 3),
            new FindingSeverityView("ALLVARLIG", "Allvarlig", "Critical", null, 4));

    static final List<OrgUnitChoice> UNITS = List.of(
            new OrgUnitChoice(21, "Bromma stadsdelsförvaltning"),
            new OrgUnitChoice(22, "\u00a0\u00a0Hemtjänsten Bromma"));

    /** The three findings of the review: open with a pending candidate, answered with one, closed without. */
    static List<FindingView> findings() {
        return List.of(
                finding(1, FindingView.OPEN, true, null),
                finding(2, FindingView.ANSWERED, true, new FindingView.Candidate(44, "NY", null)),
                finding(3, FindingView.CLOSED, false, new FindingView.Candidate(45, "RISK", 77L)));
    }

    /** The page as a role sees it: "granskare", "samordnare" or "lasare". */
    static Map<String, Object> detailModel(
            String role, String status, String failedForm, FormSubmission.Errors errors, Map<String, String> values) {
        ReviewView r = review(status);
        boolean manage = "granskare".equals(role);
        boolean answerer = "samordnare".equals(role);
        boolean record = manage && !r.ended();
        List<FindingCard> cards = findings().stream()
                .map(f -> new FindingCard(
                        f,
                        record && !f.closed(),
                        answerer && !f.closed(),
                        answerer,
                        manage && FindingView.ANSWERED.equals(f.status())))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("review", r);
        model.put("detail", new ReviewDetail(r, manage, record, cards));
        model.put("cards", cards);
        model.put("severities", SEVERITIES);
        Map<Long, Map<String, String>> editValues = new HashMap<>();
        cards.stream()
                .filter(FindingCard::mayEdit)
                .forEach(c -> editValues.put(
                        c.finding().id(),
                        ("andra-iakttagelse-" + c.finding().id()).equals(failedForm)
                                ? values
                                : ReviewForms.values(c.finding())));
        model.put("editValues", editValues);
        model.put("newValues", "iakttagelse".equals(failedForm) ? values : Map.of());
        model.put("units", UNITS);
        model.put("failedForm", failedForm);
        model.put("message", errors.message());
        model.put("errors", errors.fields());
        model.put("values", values);
        model.put("today", TODAY);
        return model;
    }

    static String detail(String role, String status) {
        return render(
                "internalcontrol/review", detailModel(role, status, "", FormSubmission.Errors.NONE, Map.of()), "sv");
    }

    static String render(String template, Map<String, Object> model, String language) {
        return ENGINE.process(
                template, new WebContext(HttpRequest.GET("/granskningar"), Locale.forLanguageTag(language), model));
    }

    @Test
    void theReviewerGetsTheFindingFormTheEditFormsAndTheCloseFormButNoAnswerForms() {
        String html = detail("granskare", ReviewView.ONGOING);
        assertTrue(html.contains("id=\"ny-iakttagelse\""), html);
        assertTrue(html.contains("action=\"/granskningar/7/iakttagelse\""));
        assertTrue(html.contains("id=\"andra-granskning\""));
        assertTrue(html.contains("id=\"andra-1\"") && html.contains("id=\"andra-2\""), "open findings are editable");
        assertFalse(html.contains("id=\"andra-3\""), "a closed finding is not");
        assertTrue(html.contains("id=\"stang-2\""), "the answered finding can be closed");
        assertFalse(html.contains("id=\"stang-1\""), "an open one cannot");
        assertFalse(html.contains("name=\"response\""), "the reviewer does not answer");
        assertFalse(html.contains("id=\"planera-"), "nor plan the organisation's åtgärder");
        assertFalse(html.contains("id=\"atgardsstatus-"), "nor follow them up");
        assertTrue(
                html.contains("value=\"Iakttagelse 1: behörigheter följs inte upp\""),
                "the edit form holds the finding");
        assertFalse(html.contains("??"), "every message key resolves");
    }

    @Test
    void theOrganisationAnswersAndPlansActionsButNeitherRecordsNorCloses() {
        String html = detail("samordnare", ReviewView.ONGOING);
        assertTrue(html.contains("id=\"svar-1\"") && html.contains("id=\"svar-2\""), html);
        assertFalse(html.contains("id=\"svar-3\""), "a closed finding takes no answer");
        assertTrue(html.contains("id=\"planera-1\""));
        assertTrue(html.contains("id=\"atgardsstatus-93\""), "åtgärder of a closed finding are still followed up");
        assertTrue(html.contains(">Genomgång införs i maj.</textarea>"), "answering again starts from the answer");
        assertFalse(html.contains("id=\"ny-iakttagelse\""));
        assertFalse(html.contains("id=\"andra-granskning\""));
        assertFalse(html.contains("id=\"stang-"));
        assertFalse(html.contains("id=\"andra-1\""));
        assertFalse(html.contains("??"));
    }

    @Test
    void aReaderSeesFindingsAnswersAndCandidatesButNoForms() {
        String html = detail("lasare", ReviewView.ONGOING);
        assertFalse(html.contains("<form"), "no dead forms for a reader");
        assertFalse(html.contains("<details"));
        assertTrue(html.contains("Genomgång införs i maj."));
        assertTrue(html.contains("Kontrollerat protokollet från genomgången."));
        assertTrue(html.contains("Allvarlighetsgrad: Hög"));
        assertTrue(html.contains("Oberoende granskare"));
        assertTrue(html.contains("Extern revision"));
        assertTrue(html.contains("href=\"https://diarie.stad.example/2026-123\""), "a web address is a link");
        assertTrue(html.contains("Begärd; kandidaten skapas vid nästa avstämning."), "a pending candidate");
        assertTrue(html.contains("href=\"/risker/kandidater?status=NY\""), "a raised candidate links the inbox");
        assertTrue(html.contains("href=\"/risker/77\""), "a candidate that became a risk links the risk");
        assertTrue(html.contains("försenad"), "an overdue åtgärd is marked");
        assertTrue(html.contains("hx-get=\"/handelselogg/historik/Review/7\""));
    }

    @Test
    void anEndedReviewTakesNoNewFindingsAndNoEditsButStillCloses() {
        String html = detail("granskare", ReviewView.ENDED);
        assertFalse(html.contains("id=\"ny-iakttagelse\""), html);
        assertFalse(html.contains("id=\"andra-1\""));
        assertTrue(html.contains("id=\"stang-2\""));
        assertTrue(html.contains("id=\"avslutad-info\""));
    }

    @Test
    void aRefusedAnswerShowsItsErrorBesideTheFieldAndKeepsWhatWasTyped() {
        var errors = new FormSubmission.Errors(
                "En eller flera uppgifter är ogiltiga; inget har ändrats.",
                Map.of("response", "Skriv organisationens svar: vad ni gör åt iakttagelsen (högst 4000 tecken)."));
        var model = detailModel(
                "samordnare", ReviewView.ONGOING, "svara-2", errors, Map.of("response", " ", "findingId", "2"));
        String html = render("internalcontrol/review", model, "sv");
        assertTrue(html.contains("id=\"svar-2-fel\""), html);
        assertTrue(html.contains("aria-describedby=\"svar-2-fel\""));
        assertFalse(html.contains("id=\"svar-1-fel\""), "only the refused form shows the error");
        assertEquals(1, count(html, "<details class=\"triage\" open"), "only the refused form is open");
        assertTrue(html.contains("id=\"formular-fel\""));
    }

    @Test
    void aRefusedNewFindingKeepsItsValuesAndMarksTheFields() {
        var errors = new FormSubmission.Errors(
                "En eller flera uppgifter är ogiltiga; inget har ändrats.",
                Map.of("severity", "Välj en allvarlighetsgrad i listan.", "title", "Ange en rubrik."));
        var values = Map.of(
                "title", "", "observation", "Loggar sparas i tre dagar.", "orgUnitId", "22", "raiseRisk", "true");
        String html = render(
                "internalcontrol/review",
                detailModel("granskare", ReviewView.ONGOING, "iakttagelse", errors, values),
                "sv");
        assertTrue(html.contains("id=\"ny-severity-fel\""), html);
        assertTrue(html.contains("id=\"ny-title-fel\""));
        assertTrue(html.contains(">Loggar sparas i tre dagar.</textarea>"));
        assertTrue(html.contains("<option value=\"22\" selected=\"selected\">"));
        assertTrue(tag(html, "ny-raiseRisk").contains("checked=\"checked\""), html);
        assertFalse(html.contains("id=\"andra-1-title-fel\""));
    }

    @Test
    void theListShowsReviewsAndOffersANewOneOnlyToReviewers() {
        Map<String, Object> model = new HashMap<>();
        model.put("result", new PageView<>(List.of(review("PAGAR"), review("AVSLUTAD")), 0, 1, 2));
        model.put("q", "behörighet");
        model.put("status", "PAGAR");
        model.put("typ", "EXTERN");
        model.put("organisation", 21L);
        model.put("units", UNITS);
        model.put("statuses", ReviewRules.STATUSES);
        model.put("mayCreate", true);
        String html = render("internalcontrol/reviews", model, "sv");
        assertTrue(html.contains("id=\"ny-granskning\""), html);
        assertTrue(html.contains("href=\"/granskningar/7\""));
        assertTrue(html.contains("3 (2 öppna)"));
        assertTrue(html.contains("Bromma stadsdelsnämnd / Bromma stadsdelsförvaltning"));
        assertTrue(html.contains("<option value=\"21\" selected=\"selected\">"));
        assertTrue(html.contains("page=1"), "a pager to the next page");
        assertFalse(html.contains("??"));
        model.put("mayCreate", false);
        assertFalse(render("internalcontrol/reviews", model, "sv").contains("id=\"ny-granskning\""));
        String english = render("internalcontrol/reviews", model, "en");
        assertTrue(english.contains("Reviews") && english.contains("External"), english);
        assertFalse(english.contains("??"));
    }

    @Test
    void theFormRendersNewAndEditWithFieldErrors() {
        Map<String, Object> model = new HashMap<>();
        model.put("review", null);
        model.put("units", UNITS);
        model.put("values", Map.of("kind", "INTERN", "status", "PLANERAD"));
        model.put("errors", Map.of());
        model.put("message", null);
        model.put("kinds", List.of("INTERN", "EXTERN"));
        model.put("statuses", ReviewRules.STATUSES);
        String html = render("internalcontrol/review-form", model, "sv");
        assertTrue(html.contains("action=\"/granskningar\""), html);
        assertTrue(tag(html, "kind-INTERN").contains("checked=\"checked\""), html);
        assertFalse(tag(html, "kind-EXTERN").contains("checked"), html);
        assertFalse(html.contains("name=\"version\""));
        assertFalse(html.contains("??"));
        String newInEnglish = render("internalcontrol/review-form", model, "en");
        assertTrue(newInEnglish.contains("Register review"), newInEnglish);
        assertFalse(newInEnglish.contains("??"));

        ReviewView r = review("PAGAR");
        model.put("review", r);
        Map<String, String> values = new HashMap<>(ReviewForms.values(r));
        values.put("endedOn", "2026-01-01");
        model.put("values", values);
        model.put("errors", Map.of("endedOn", "Ange slutdatum bara för en avslutad granskning."));
        model.put("message", "En eller flera uppgifter är ogiltiga; inget har ändrats.");
        assertFalse(render("internalcontrol/review-form", model, "sv").contains("??"));
        String edit = render("internalcontrol/review-form", model, "en");
        assertTrue(edit.contains("action=\"/granskningar/7\""), edit);
        assertTrue(edit.contains("name=\"version\" value=\"4\""));
        assertTrue(edit.contains("id=\"endedOn-fel\""));
        assertTrue(edit.contains("href=\"#endedOn\""), "the summary links the field");
        assertTrue(tag(edit, "independent").contains("checked=\"checked\""), edit);
        assertFalse(edit.contains("??"));
    }

    @Test
    void theEnglishReviewPageResolvesEveryMessageAndNamesSeveritiesInEnglish() {
        for (String role : List.of("granskare", "samordnare", "lasare")) {
            String html = render(
                    "internalcontrol/review",
                    detailModel(role, ReviewView.ONGOING, "", FormSubmission.Errors.NONE, Map.of()),
                    "en");
            assertFalse(html.contains("??"), role + ": " + html);
            assertTrue(html.contains("Severity: High"), html);
        }
    }

    /** The start tag of the element with this id. */
    static String tag(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertTrue(at >= 0, "no element " + id);
        return html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
    }

    static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
