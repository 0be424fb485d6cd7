package se.stockholm.varna.classification;

import java.util.LinkedHashMap;
import java.util.Map;
import se.stockholm.varna.shared.Problems;

/**
 * One wizard step as posted: {@code q<questionId>} = option id per question, {@code level} (empty:
 * follow the proposal), {@code motivation} and {@code version}.
 */
record WizardStepForm(Map<Long, Long> answers, Integer level, String motivation, long version) {

    static WizardStepForm of(Map<String, String> form) {
        Map<Long, Long> answers = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("q") && key.length() > 1 && !value.isBlank()) {
                try {
                    answers.put(Long.valueOf(key.substring(1)), Long.valueOf(value));
                } catch (NumberFormatException e) {
                    throw Problems.invalidField("answers", "Välj ett av svarsalternativen.");
                }
            }
        });
        String level = form.getOrDefault("level", "");
        Integer chosen;
        try {
            chosen = level.isBlank() ? null : Integer.valueOf(level);
        } catch (NumberFormatException e) {
            throw Problems.invalidField("level", "Välj en nivå i listan.");
        }
        long version;
        try {
            version = Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw Problems.staleVersion();
        }
        return new WizardStepForm(answers, chosen, form.getOrDefault("motivation", ""), version);
    }
}
