package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What differs between two versions of a classification: levels per aspect and answers per question. */
@Serdeable
public record ClassificationDiff(
        long fromId,
        int fromSequenceNo,
        long toId,
        int toSequenceNo,
        List<LevelChange> levels,
        List<AnswerChange> answers) {

    /** A level, or its motivation, that changed. */
    @Serdeable
    public record LevelChange(
            String aspect,
            int fromLevel,
            int toLevel,
            @Nullable String fromMotivation,
            @Nullable String toMotivation) {}

    /** An answer that changed, by question code; null text: not answered in that version. */
    @Serdeable
    public record AnswerChange(String questionCode, String question, @Nullable String from, @Nullable String to) {}

    static ClassificationDiff between(
            ClassificationView from,
            ClassificationView to,
            QuestionCatalogueView fromCat,
            QuestionCatalogueView toCat) {
        List<LevelChange> levels = new ArrayList<>();
        for (AspectLevel t : to.levels()) {
            AspectLevel f = from.levels().stream()
                    .filter(l -> l.aspect().equals(t.aspect()))
                    .findFirst()
                    .orElse(new AspectLevel(t.aspect(), 0, 0, null));
            if (f.level() != t.level() || !Objects.equals(f.motivation(), t.motivation())) {
                levels.add(new LevelChange(t.aspect(), f.level(), t.level(), f.motivation(), t.motivation()));
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        toCat.questions().forEach(q -> codes.add(q.code()));
        fromCat.questions().forEach(q -> codes.add(q.code()));
        List<AnswerChange> answers = new ArrayList<>();
        for (String code : codes) {
            String before = answerText(from, fromCat, code);
            String after = answerText(to, toCat, code);
            if (!Objects.equals(before, after)) {
                String text = toCat.questions().stream()
                        .filter(q -> q.code().equals(code))
                        .findFirst()
                        .or(() -> fromCat.questions().stream()
                                .filter(q -> q.code().equals(code))
                                .findFirst())
                        .map(QuestionCatalogueView.Question::text)
                        .orElse(code);
                answers.add(new AnswerChange(code, text, before, after));
            }
        }
        return new ClassificationDiff(from.id(), from.sequenceNo(), to.id(), to.sequenceNo(), levels, answers);
    }

    private static String answerText(ClassificationView c, QuestionCatalogueView cat, String code) {
        return cat.questions().stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .flatMap(q -> c.answers().stream()
                        .filter(a -> a.questionId() == q.id())
                        .findFirst()
                        .flatMap(a -> q.option(a.optionId())))
                .map(QuestionCatalogueView.Option::text)
                .orElse(null);
    }
}
