package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.stockholm.varna.shared.FieldProblem;

/**
 * Inheritance of protection levels, free of storage: an it-tjänst's inherited level per aspect is the
 * highest level among the decided classifications of the informationsmängder it processes, caused by
 * the first such informationsmängd by name; unclassified ones add nothing (and make the inheritance
 * incomplete). A level a systemägare recorded replaces the inherited one; it must differ from it and
 * carry a motivation, since aggregation may raise it and anything else lowers it.
 */
final class ProtectionLevelRules {

    static final int MAX_MOTIVATION = 2000;

    private static final Comparator<ProcessedAsset> BY_NAME = Comparator.comparing(
                    ProcessedAsset::name, Collator.getInstance(Locale.forLanguageTag("sv-SE")))
            .thenComparingLong(ProcessedAsset::id);

    private ProtectionLevelRules() {}

    /** The inherited level of one aspect and the informationsmängd that caused it (none at level 0). */
    record Inherited(String aspect, int level, @Nullable ProcessedAsset cause) {}

    static Map<String, Inherited> inherit(List<String> aspects, List<ProcessedAsset> assets) {
        List<ProcessedAsset> classified = assets.stream()
                .filter(ProcessedAsset::classified)
                .sorted(BY_NAME)
                .toList();
        Map<String, Inherited> inherited = new LinkedHashMap<>();
        for (String aspect : aspects) {
            Inherited best = new Inherited(aspect, 0, null);
            for (ProcessedAsset asset : classified) {
                if (asset.level(aspect) > best.level()) {
                    best = new Inherited(aspect, asset.level(aspect), asset);
                }
            }
            inherited.put(aspect, best);
        }
        return inherited;
    }

    /** The required level per aspect: the recorded one where there is one, else the inherited one. */
    static Map<String, Integer> required(Map<String, Inherited> inherited, Map<String, Integer> recorded) {
        Map<String, Integer> required = new LinkedHashMap<>();
        inherited.forEach((aspect, i) -> required.put(aspect, recorded.getOrDefault(aspect, i.level())));
        return required;
    }

    /** Unclassified processed informationsmängder, by name. */
    static List<ProcessedAsset> unclassified(List<ProcessedAsset> assets) {
        return assets.stream().filter(a -> !a.classified()).sorted(BY_NAME).toList();
    }

    /** Complete when the service processes something and every one of them has a decided classification. */
    static boolean complete(List<ProcessedAsset> assets) {
        return !assets.isEmpty() && assets.stream().allMatch(ProcessedAsset::classified);
    }

    /** What stops a recorded level: outside 0–4, equal to the inherited level, or without a motivation. */
    static List<FieldProblem> overrideProblems(@Nullable Integer level, @Nullable String motivation, int inherited) {
        List<FieldProblem> problems = new ArrayList<>();
        if (level == null || level < 0 || level > 4) {
            problems.add(new FieldProblem("level", "Nivån ska vara 0–4."));
        } else if (level == inherited) {
            problems.add(new FieldProblem(
                    "level",
                    "Nivån " + level + " är den ärvda nivån. Ange en annan nivå, eller ta bort den avvikande nivån."));
        }
        String text = motivation == null ? "" : motivation.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem(
                    "motivation",
                    "Motivera den avvikande nivån, t.ex. att samlade informationsmängder ger en högre nivå."));
        } else if (text.length() > MAX_MOTIVATION) {
            problems.add(new FieldProblem("motivation", "Motiveringen får vara högst 2000 tecken."));
        }
        return problems;
    }
}
