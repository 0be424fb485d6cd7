package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One version of the question catalogue with its consequence questions and their answer options. */
@Serdeable
public record QuestionCatalogueView(
        long id,
        int versionNo,
        String title,
        @Nullable String description,
        String status,
        @Nullable Instant publishedAt,
        List<Question> questions) {

    /** A consequence question of one aspect. */
    @Serdeable
    public record Question(
            long id,
            String code,
            String aspect,
            int sortOrder,
            String text,
            @Nullable String help,
            List<Option> options) {

        Optional<Option> option(long optionId) {
            return options.stream().filter(o -> o.id() == optionId).findFirst();
        }
    }

    /** An answer option and the level it proposes. */
    @Serdeable
    public record Option(long id, String code, String text, int proposedLevel) {}

    Optional<Question> question(long questionId) {
        return questions.stream().filter(q -> q.id() == questionId).findFirst();
    }

    /** Answers given against {@code other}, carried over to this catalogue by question and option code. */
    List<ClassificationInput.Answer> carryOver(List<ClassificationInput.Answer> answers, QuestionCatalogueView other) {
        List<ClassificationInput.Answer> carried = new java.util.ArrayList<>();
        for (ClassificationInput.Answer a : answers) {
            other.question(a.questionId())
                    .ifPresent(oldQ -> oldQ.option(a.optionId()).ifPresent(oldO -> questions.stream()
                            .filter(q -> q.code().equals(oldQ.code()))
                            .findFirst()
                            .ifPresent(q -> q.options().stream()
                                    .filter(o -> o.code().equals(oldO.code()))
                                    .findFirst()
                                    .ifPresent(o -> carried.add(new ClassificationInput.Answer(q.id(), o.id()))))));
        }
        return carried;
    }

    List<Question> questionsOf(String aspect) {
        return questions.stream().filter(q -> q.aspect().equals(aspect)).toList();
    }
}
