package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.stockholm.varna.shared.FieldProblem;
import se.stockholm.varna.shared.Problems;

/**
 * The HTML form of a new klassningsmall: raw text in, a command out. One radio group per question
 * ({@code answer_<questionId>}), per aspect a level select ({@code level_<aspect>}, empty: follow the
 * proposal) and a motivation ({@code motivation_<aspect>}).
 */
record TemplateForm(Map<String, String> values) {

    private static final Pattern FIELD =
            Pattern.compile("(name|description|(answer|level|motivation)_[A-Za-z0-9]{1,20})");
    private static final Pattern LEVEL_PROBLEM = Pattern.compile("levels\\.([A-Z])(\\.motivation)?");

    TemplateForm {
        values = Map.copyOf(values);
    }

    static TemplateForm of(Map<String, String> raw) {
        Map<String, String> values = new HashMap<>();
        raw.forEach((k, v) -> {
            if (k != null && v != null && FIELD.matcher(k).matches()) {
                values.put(k, v);
            }
        });
        return new TemplateForm(values);
    }

    /** A form filled with the answers and levels of a decided classification; only motivated levels are kept. */
    static TemplateForm prefilled(List<ClassificationInput.Answer> answers, List<AspectLevel> levels) {
        Map<String, String> values = new HashMap<>();
        answers.forEach(a -> values.put(answerField(a.questionId()), String.valueOf(a.optionId())));
        for (AspectLevel l : levels) {
            if (l.motivation() != null && !l.motivation().isBlank()) {
                values.put(levelField(l.aspect()), String.valueOf(l.level()));
                values.put(motivationField(l.aspect()), l.motivation());
            }
        }
        return new TemplateForm(values);
    }

    static String answerField(long questionId) {
        return "answer_" + questionId;
    }

    static String levelField(String aspect) {
        return "level_" + aspect;
    }

    static String motivationField(String aspect) {
        return "motivation_" + aspect;
    }

    String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Question id → chosen option id, for the questions of {@code catalogue} that have a readable answer. */
    Map<Long, Long> answers(QuestionCatalogueView catalogue) {
        Map<Long, Long> chosen = new LinkedHashMap<>();
        for (QuestionCatalogueView.Question q : catalogue.questions()) {
            try {
                String raw = value(answerField(q.id())).strip();
                if (!raw.isEmpty()) {
                    chosen.put(q.id(), Long.valueOf(raw));
                }
            } catch (NumberFormatException e) {
                // an option id that is no number is no answer; the question shows up as unanswered
            }
        }
        return chosen;
    }

    /** The chosen level of an aspect, or null to follow the proposal (also for text that is no level). */
    @Nullable
    Integer level(String aspect) {
        String raw = value(levelField(aspect)).strip();
        try {
            return raw.isEmpty() ? null : Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    TemplateInput toInput(QuestionCatalogueView catalogue, List<String> aspects) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ClassificationInput.LevelChoice> levels = new ArrayList<>();
        for (String aspect : aspects) {
            String raw = value(levelField(aspect)).strip();
            if (!raw.isEmpty() && level(aspect) == null) {
                problems.add(new FieldProblem(levelField(aspect), "Välj en nivå i listan."));
            }
            levels.add(new ClassificationInput.LevelChoice(aspect, level(aspect), value(motivationField(aspect))));
        }
        if (!problems.isEmpty()) {
            throw Problems.validation(problems);
        }
        return new TemplateInput(
                value("name"),
                value("description"),
                answers(catalogue).entrySet().stream()
                        .map(e -> new ClassificationInput.Answer(e.getKey(), e.getValue()))
                        .toList(),
                levels,
                null);
    }

    /** The form field a problem of the service is about: levels.K.motivation is motivation_K. */
    static String fieldOf(String problemField) {
        Matcher m = LEVEL_PROBLEM.matcher(problemField);
        if (m.matches()) {
            return m.group(2) == null ? levelField(m.group(1)) : motivationField(m.group(1));
        }
        return problemField.startsWith("answers") ? "answers" : problemField;
    }

    /** One error per question of {@code catalogue} left without an answer, keyed by its radio group. */
    Map<String, String> unanswered(QuestionCatalogueView catalogue) {
        Map<Long, Long> chosen = answers(catalogue);
        Map<String, String> errors = new LinkedHashMap<>();
        catalogue.questions().stream()
                .filter(q -> !chosen.containsKey(q.id()))
                .forEach(q -> errors.put(answerField(q.id()), "Välj ett svar på frågan: " + q.text()));
        return errors;
    }
}
