package se.stockholm.varna.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.shared.FieldProblem;

class ProtectionLevelRulesTest {

    static final List<String> ASPECTS = List.of("K", "R", "T", "S");

    static ProcessedAsset asset(long id, String name, Map<String, Integer> levels) {
        return new ProcessedAsset(id, name, "/1/2/", "INGA", levels);
    }

    static ProcessedAsset unclassified(long id, String name) {
        return new ProcessedAsset(id, name, "/1/2/", "PERSONUPPGIFTER", null);
    }

    @Test
    void theInheritedLevelIsTheHighestDecidedLevelPerAspectWithTheAssetThatCausedIt() {
        var journal = asset(1, "Journal", Map.of("K", 3, "R", 2, "T", 1, "S", 2));
        var schema = asset(2, "Schema", Map.of("K", 1, "R", 1, "T", 3, "S", 0));
        var inherited = ProtectionLevelRules.inherit(ASPECTS, List.of(schema, journal));

        assertEquals(3, inherited.get("K").level());
        assertEquals(journal, inherited.get("K").cause());
        assertEquals(3, inherited.get("T").level());
        assertEquals(schema, inherited.get("T").cause());
        assertEquals(2, inherited.get("S").level());
        assertEquals(List.of("K", "R", "T", "S"), List.copyOf(inherited.keySet()), "in the scale's aspect order");
    }

    @Test
    void aTieIsCausedByTheFirstAssetByNameInSwedishOrder() {
        var orebro = asset(1, "Ärenden", Map.of("K", 2));
        var akt = asset(2, "Akter", Map.of("K", 2));
        var zon = asset(3, "Zonplan", Map.of("K", 2));
        var inherited = ProtectionLevelRules.inherit(ASPECTS, List.of(orebro, zon, akt));
        assertEquals(akt, inherited.get("K").cause());

        var onlyLater = ProtectionLevelRules.inherit(ASPECTS, List.of(orebro, zon));
        assertEquals(zon, onlyLater.get("K").cause(), "Z sorts before Ä in Swedish");
    }

    @Test
    void unclassifiedAssetsAddNothingButMakeTheInheritanceIncomplete() {
        var decided = asset(1, "Beslutad", Map.of("K", 1, "R", 1, "T", 1, "S", 1));
        var open = unclassified(2, "Oklassad");
        var assets = List.of(open, decided);
        var inherited = ProtectionLevelRules.inherit(ASPECTS, assets);

        assertEquals(1, inherited.get("K").level());
        assertEquals(decided, inherited.get("K").cause());
        assertFalse(ProtectionLevelRules.complete(assets));
        assertEquals(List.of(open), ProtectionLevelRules.unclassified(assets));
        assertTrue(ProtectionLevelRules.complete(List.of(decided)));
        assertFalse(ProtectionLevelRules.complete(List.of()), "a service that processes nothing has no basis");
    }

    @Test
    void levelZeroHasNoCause() {
        var inherited = ProtectionLevelRules.inherit(ASPECTS, List.of(asset(1, "Öppen", Map.of("K", 0))));
        assertEquals(0, inherited.get("K").level());
        assertNull(inherited.get("K").cause());
        assertNull(ProtectionLevelRules.inherit(ASPECTS, List.of()).get("R").cause());
    }

    @Test
    void aRecordedLevelReplacesTheInheritedOneInBothDirections() {
        var inherited =
                ProtectionLevelRules.inherit(ASPECTS, List.of(asset(1, "A", Map.of("K", 2, "R", 2, "T", 2, "S", 2))));
        var required = ProtectionLevelRules.required(inherited, Map.of("K", 3, "T", 1));
        assertEquals(Map.of("K", 3, "R", 2, "T", 1, "S", 2), required, "raised for aggregation, lowered, inherited");
    }

    @Test
    void aRecordedLevelNeedsAMotivationAndMustDifferFromTheInheritedOne() {
        assertEquals(List.of("motivation"), fields(ProtectionLevelRules.overrideProblems(3, "  ", 2)));
        assertEquals(List.of("motivation"), fields(ProtectionLevelRules.overrideProblems(1, null, 2)));
        assertEquals(List.of("level"), fields(ProtectionLevelRules.overrideProblems(2, "Samma", 2)));
        assertEquals(List.of("level"), fields(ProtectionLevelRules.overrideProblems(5, "För hög", 2)));
        assertEquals(List.of("level", "motivation"), fields(ProtectionLevelRules.overrideProblems(null, "", 2)));
        assertEquals(List.of("motivation"), fields(ProtectionLevelRules.overrideProblems(3, "x".repeat(2001), 2)));
        assertTrue(ProtectionLevelRules.overrideProblems(3, "Samlade informationsmängder", 2)
                .isEmpty());
        assertTrue(ProtectionLevelRules.overrideProblems(1, "Avidentifierat", 2).isEmpty());
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
