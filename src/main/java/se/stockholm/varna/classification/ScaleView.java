package se.stockholm.varna.classification;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** The KLASSA scale as stored: aspects with what each level means for them, levels, handling labels. */
@Serdeable
public record ScaleView(List<Aspect> aspects, List<Level> levels, List<HandlingLabel> handlingLabels) {

    /** K, R, T or S, with a description per level. */
    @Serdeable
    public record Aspect(String code, String name, String description, Map<Integer, String> levelTexts) {}

    /** A level 0–4; {@code inCatalogue} is false for 4 (säkerhetsskydd, separate analysis). */
    @Serdeable
    public record Level(int level, String name, boolean inCatalogue) {}

    /** The handling label that follows from a K level. */
    @Serdeable
    public record HandlingLabel(int kLevel, String code, String name, String rule, boolean openDataPossible) {}

    public List<String> aspectCodes() {
        return aspects.stream().map(Aspect::code).toList();
    }

    public HandlingLabel handlingLabel(int kLevel) {
        return handlingLabels.stream()
                .filter(h -> h.kLevel() == kLevel)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no handling label for K" + kLevel));
    }

    public boolean inCatalogue(int level) {
        return levels.stream().anyMatch(l -> l.level() == level && l.inCatalogue());
    }
}
