package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The calibration of templates, free of storage: groups the current decided levels of the
 * classifications adopted from each template per aspect (seed-digest §8.11 C2: uncalibrated
 * assessments). An aspect is flagged when its adopters ended on different levels, or on another level
 * than the template: both mean that units read the same template differently.
 */
final class Calibration {

    private Calibration() {}

    /** One aspect level of one adopting classification. */
    record Adoption(
            long classificationId,
            long templateId,
            long assetId,
            String assetName,
            String responsibleOrgName,
            String aspect,
            int level,
            @Nullable String motivation) {}

    /**
     * One entry per template with at least one adoption, in the order of {@code templates}; aspects in
     * the order given, counts for every level of {@code levels}.
     */
    static List<CalibrationView> of(
            List<TemplateView> templates, List<String> aspects, List<Integer> levels, List<Adoption> adoptions) {
        List<CalibrationView> result = new ArrayList<>();
        for (TemplateView t : templates) {
            List<Adoption> mine =
                    adoptions.stream().filter(a -> a.templateId() == t.id()).toList();
            if (mine.isEmpty()) {
                continue;
            }
            int adopters = (int) mine.stream()
                    .mapToLong(Adoption::classificationId)
                    .distinct()
                    .count();
            Map<String, Integer> templateLevels = t.levelByAspect();
            List<CalibrationView.Aspect> rows = new ArrayList<>();
            for (String aspect : aspects) {
                List<Adoption> ofAspect =
                        mine.stream().filter(a -> aspect.equals(a.aspect())).toList();
                rows.add(aspect(aspect, templateLevels.get(aspect), levels, ofAspect));
            }
            result.add(new CalibrationView(t.id(), t.name(), t.status(), adopters, rows));
        }
        return result;
    }

    private static CalibrationView.Aspect aspect(
            String aspect, @Nullable Integer templateLevel, List<Integer> levels, List<Adoption> adoptions) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        levels.forEach(l -> counts.put(l, 0));
        adoptions.forEach(a -> counts.merge(a.level(), 1, Integer::sum));
        long distinct = adoptions.stream().mapToInt(Adoption::level).distinct().count();
        List<CalibrationView.Deviation> deviations = adoptions.stream()
                .filter(a -> !Objects.equals(templateLevel, a.level()))
                .sorted(Comparator.comparing(Adoption::responsibleOrgName)
                        .thenComparing(Adoption::assetName)
                        .thenComparingLong(Adoption::classificationId))
                .map(a -> new CalibrationView.Deviation(
                        a.classificationId(),
                        a.assetId(),
                        a.assetName(),
                        a.responsibleOrgName(),
                        a.level(),
                        a.motivation()))
                .toList();
        return new CalibrationView.Aspect(
                aspect,
                templateLevel == null ? 0 : templateLevel,
                distinct > 1 || !deviations.isEmpty(),
                counts.entrySet().stream()
                        .map(e -> new CalibrationView.LevelCount(e.getKey(), e.getValue()))
                        .toList(),
                deviations);
    }
}
