package se.stockholm.varna.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    static final List<String> ASPECTS = List.of("K", "R", "T", "S");
    static final List<Integer> LEVELS = List.of(0, 1, 2, 3, 4);

    static TemplateView template(long id, String name, int k, int r, int t, int s) {
        return new TemplateView(
                id,
                name,
                null,
                1,
                1,
                TemplateView.PUBLISHED,
                "central",
                Instant.parse("2026-02-01T09:00:00Z"),
                List.of(),
                List.of(
                        new AspectLevel("K", k, k, null),
                        new AspectLevel("R", r, r, null),
                        new AspectLevel("T", t, t, null),
                        new AspectLevel("S", s, s, null)),
                0);
    }

    /** One adopting classification with its four levels. */
    static List<Calibration.Adoption> adopter(long id, long template, String org, int k, int r, int t, int s) {
        List<Calibration.Adoption> levels = new ArrayList<>();
        int[] values = {k, r, t, s};
        for (int i = 0; i < ASPECTS.size(); i++) {
            String motivation = ASPECTS.get(i).equals("T") && t != 1 ? org + " motiverar T" : null;
            levels.add(new Calibration.Adoption(
                    id, template, 100 + id, "Mängd " + id, org, ASPECTS.get(i), values[i], motivation));
        }
        return levels;
    }

    static CalibrationView.Aspect aspect(CalibrationView c, String code) {
        return c.aspects().stream()
                .filter(a -> a.aspect().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAspectWhereAnAdopterLeftTheTemplateLevelIsFlaggedWithItsMotivation() {
        List<Calibration.Adoption> adoptions = new ArrayList<>();
        adoptions.addAll(adopter(1, 7, "Socialnämnden", 3, 2, 1, 3));
        adoptions.addAll(adopter(2, 7, "Bromma stadsdelsnämnd", 3, 2, 0, 3));
        var result = Calibration.of(List.of(template(7, "Personalakt", 3, 2, 1, 3)), ASPECTS, LEVELS, adoptions);

        assertEquals(1, result.size());
        CalibrationView c = result.getFirst();
        assertEquals(2, c.adopters());
        assertTrue(c.flagged());
        CalibrationView.Aspect t = aspect(c, "T");
        assertTrue(t.flagged());
        assertEquals(1, t.templateLevel());
        assertEquals(
                List.of(1, 1, 0, 0, 0),
                t.counts().stream().map(CalibrationView.LevelCount::count).toList(),
                "one adopter at 0, one at 1, for every level of the scale");
        assertEquals(1, t.deviations().size());
        assertEquals("Bromma stadsdelsnämnd", t.deviations().getFirst().responsibleOrgName());
        assertEquals(0, t.deviations().getFirst().level());
        assertEquals(
                "Bromma stadsdelsnämnd motiverar T", t.deviations().getFirst().motivation());
        for (String same : List.of("K", "R", "S")) {
            assertFalse(aspect(c, same).flagged(), same);
            assertTrue(aspect(c, same).deviations().isEmpty(), same);
        }
    }

    @Test
    void adoptersAgreeingWithEachOtherButNotWithTheTemplateAreFlagged() {
        List<Calibration.Adoption> adoptions = new ArrayList<>();
        adoptions.addAll(adopter(1, 7, "A", 2, 2, 1, 3));
        adoptions.addAll(adopter(2, 7, "B", 2, 2, 1, 3));
        CalibrationView c = Calibration.of(List.of(template(7, "Mall", 3, 2, 1, 3)), ASPECTS, LEVELS, adoptions)
                .getFirst();
        assertTrue(aspect(c, "K").flagged());
        assertEquals(2, aspect(c, "K").deviations().size());
        assertEquals(
                List.of("A", "B"),
                aspect(c, "K").deviations().stream()
                        .map(CalibrationView.Deviation::responsibleOrgName)
                        .toList());
        assertNull(aspect(c, "K").deviations().getFirst().motivation());
    }

    @Test
    void adoptersOnTheTemplateLevelsAreNotFlagged() {
        CalibrationView c = Calibration.of(
                        List.of(template(7, "Mall", 3, 2, 1, 3)), ASPECTS, LEVELS, adopter(1, 7, "A", 3, 2, 1, 3))
                .getFirst();
        assertFalse(c.flagged());
        assertEquals(1, c.adopters());
    }

    @Test
    void templatesWithoutAdoptersAreLeftOutAndAdoptionsGoToTheirOwnTemplate() {
        List<Calibration.Adoption> adoptions = new ArrayList<>(adopter(1, 8, "A", 0, 0, 0, 0));
        var result = Calibration.of(
                List.of(template(7, "Sju", 3, 2, 1, 3), template(8, "Åtta", 0, 0, 0, 0)), ASPECTS, LEVELS, adoptions);
        assertEquals(
                List.of(8L), result.stream().map(CalibrationView::templateId).toList());
        assertFalse(result.getFirst().flagged());
    }
}
