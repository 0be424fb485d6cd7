package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.security.CurrentUser;

/**
 * Turns a template, or the template form, into what its pages show: per aspect the questions with
 * their texts and the chosen answer, the proposal those answers make, the level and its motivation.
 */
@Singleton
class TemplatePresenter {

    private final ClassificationService classifications;

    TemplatePresenter(ClassificationService classifications) {
        this.classifications = classifications;
    }

    /** An answer option; {@code selected} when it is the chosen one. */
    record OptionRow(long id, String text, int level, boolean selected) {}

    /** A question, its options and the chosen one; {@code field} names its radio group in the form. */
    record QuestionRow(
            long id, String text, @Nullable String help, List<OptionRow> options, @Nullable OptionRow chosen) {

        public String field() {
            return TemplateForm.answerField(id);
        }
    }

    /** One aspect: the proposal from the answers, the chosen level (null: follow the proposal) and why. */
    record AspectBlock(
            String code,
            String name,
            int proposedLevel,
            @Nullable Integer level,
            @Nullable String motivation,
            List<QuestionRow> questions) {

        public boolean deviates() {
            return level != null && level != proposedLevel;
        }
    }

    /** The template's answers and levels, with the texts of the catalogue it answers. */
    List<AspectBlock> detail(CurrentUser user, TemplateView t) {
        QuestionCatalogueView catalogue = classifications.catalogue(user, t.catalogueId());
        Map<Long, Long> chosen = new LinkedHashMap<>();
        t.answers().forEach(a -> chosen.put(a.questionId(), a.optionId()));
        List<AspectBlock> blocks = new ArrayList<>();
        for (ScaleView.Aspect aspect : classifications.scale(user).aspects()) {
            AspectLevel level = t.levels().stream()
                    .filter(l -> l.aspect().equals(aspect.code()))
                    .findFirst()
                    .orElse(null);
            blocks.add(new AspectBlock(
                    aspect.code(),
                    aspect.name(),
                    LevelRules.proposed(catalogue, aspect.code(), t.answers()),
                    level == null ? null : level.level(),
                    level == null ? null : level.motivation(),
                    rows(catalogue, aspect.code(), chosen)));
        }
        return blocks;
    }

    /** The published catalogue's questions with what the form holds so far. */
    List<AspectBlock> form(CurrentUser user, QuestionCatalogueView catalogue, TemplateForm form) {
        Map<Long, Long> chosen = form.answers(catalogue);
        List<ClassificationInput.Answer> answers = chosen.entrySet().stream()
                .map(e -> new ClassificationInput.Answer(e.getKey(), e.getValue()))
                .toList();
        List<AspectBlock> blocks = new ArrayList<>();
        for (ScaleView.Aspect aspect : classifications.scale(user).aspects()) {
            blocks.add(new AspectBlock(
                    aspect.code(),
                    aspect.name(),
                    LevelRules.proposed(catalogue, aspect.code(), answers),
                    form.level(aspect.code()),
                    form.value(TemplateForm.motivationField(aspect.code())),
                    rows(catalogue, aspect.code(), chosen)));
        }
        return blocks;
    }

    /** Level number → its name (0 → "Ingen eller försumbar skada"). */
    Map<Integer, String> levelNames(CurrentUser user) {
        Map<Integer, String> names = new LinkedHashMap<>();
        classifications.scale(user).levels().forEach(l -> names.put(l.level(), l.name()));
        return names;
    }

    /** Aspect code → its name (K → "Konfidentialitet"). */
    Map<String, String> aspectNames(CurrentUser user) {
        Map<String, String> names = new LinkedHashMap<>();
        classifications.scale(user).aspects().forEach(a -> names.put(a.code(), a.name()));
        return names;
    }

    private static List<QuestionRow> rows(QuestionCatalogueView catalogue, String aspect, Map<Long, Long> chosen) {
        List<QuestionRow> rows = new ArrayList<>();
        for (QuestionCatalogueView.Question q : catalogue.questionsOf(aspect)) {
            Long picked = chosen.get(q.id());
            List<OptionRow> options = q.options().stream()
                    .map(o -> new OptionRow(o.id(), o.text(), o.proposedLevel(), picked != null && picked == o.id()))
                    .toList();
            OptionRow selected =
                    options.stream().filter(OptionRow::selected).findFirst().orElse(null);
            rows.add(new QuestionRow(q.id(), q.text(), q.help(), options, selected));
        }
        return rows;
    }
}
