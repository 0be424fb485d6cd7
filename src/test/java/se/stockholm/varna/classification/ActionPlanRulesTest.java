package se.stockholm.varna.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.stockholm.varna.classification.ProtectionLevelRulesTest.fields;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class ActionPlanRulesTest {

    /** As classification_level.in_catalogue: 0–3 yes, 4 no. */
    static final IntPredicate IN_CATALOGUE = level -> level < 4;

    static Requirement requirement(String code) {
        return new Requirement(
                code, code.substring(0, 1), code.charAt(1) - '0', "IT_SAKERHET", "8.5", "Titel " + code, "Text");
    }

    static final List<Requirement> CATALOGUE = List.of(
            requirement("K1-01"),
            requirement("K2-01"),
            requirement("K3-01"),
            requirement("R1-01"),
            requirement("T2-01"),
            requirement("S1-01"));

    static List<String> codes(List<Requirement> requirements) {
        return requirements.stream().map(Requirement::code).toList();
    }

    @Test
    void aRequirementAppliesFromItsMinimumLevelOfItsAspect() {
        var applicable = ActionPlanRules.applicable(CATALOGUE, Map.of("K", 2, "R", 0, "T", 2, "S", 1), IN_CATALOGUE);
        assertEquals(List.of("K1-01", "K2-01", "T2-01", "S1-01"), codes(applicable), "catalogue order kept");
        assertEquals(
                List.of(),
                codes(ActionPlanRules.applicable(CATALOGUE, Map.of("K", 0, "R", 0, "T", 0, "S", 0), IN_CATALOGUE)));
        assertEquals(
                List.of("K1-01", "K2-01", "K3-01"),
                codes(ActionPlanRules.applicable(CATALOGUE, Map.of("K", 3), IN_CATALOGUE)));
    }

    @Test
    void levelFourTakesItsAspectOutOfTheCatalogue() {
        var applicable = ActionPlanRules.applicable(CATALOGUE, Map.of("K", 4, "R", 1, "T", 4, "S", 0), IN_CATALOGUE);
        assertEquals(List.of("R1-01"), codes(applicable), "K4 and T4 need a separate analysis instead");
    }

    @Test
    void theRateIsFulfilledOverApplicableLessNotApplicableAndDelvisCountsNothing() {
        var f = ActionPlanRules.fulfilment(
                Arrays.asList("UPPFYLLT", "UPPFYLLT", "DELVIS", "EJ_UPPFYLLT", "EJ_TILLAMPLIGT", null, null));
        assertEquals(7, f.applicable());
        assertEquals(2, f.fulfilled());
        assertEquals(1, f.partial());
        assertEquals(1, f.notFulfilled());
        assertEquals(1, f.notApplicable());
        assertEquals(2, f.unassessed());
        assertEquals(2.0 / 6, f.rate(), 1e-9, "unassessed requirements stay in the denominator");
        assertEquals(33, f.percent());
    }

    @Test
    void theRateIsUndefinedWhenNothingCounts() {
        assertNull(ActionPlanRules.fulfilment(List.of()).rate());
        assertNull(ActionPlanRules.fulfilment(List.of("EJ_TILLAMPLIGT")).rate());
        assertNull(ActionPlanRules.fulfilment(List.of()).percent());
        assertEquals(
                1.0,
                ActionPlanRules.fulfilment(List.of("UPPFYLLT", "EJ_TILLAMPLIGT"))
                        .rate());
    }

    @Test
    void anOrganisationsRateIsPooledOverItsServicesNotAnAverageOfRates() {
        var big = ActionPlanRules.fulfilment(List.of("UPPFYLLT", "UPPFYLLT", "UPPFYLLT", "EJ_UPPFYLLT"));
        var small = ActionPlanRules.fulfilment(List.of("EJ_UPPFYLLT"));
        var pooled = FulfilmentView.NONE.plus(big).plus(small);
        assertEquals(5, pooled.applicable());
        assertEquals(3, pooled.fulfilled());
        assertEquals(0.6, pooled.rate(), 1e-9, "3 of 5, not the average of 75 % and 0 %");
        assertEquals(pooled, FulfilmentView.NONE.plus(small).plus(big));
    }

    @Test
    void everyStatusButUppfylltNeedsAComment() {
        assertTrue(ActionPlanRules.assessmentProblems("UPPFYLLT", null).isEmpty());
        assertTrue(ActionPlanRules.assessmentProblems("DELVIS", "Loggning saknas i modul B")
                .isEmpty());
        assertEquals(List.of("comment"), fields(ActionPlanRules.assessmentProblems("EJ_TILLAMPLIGT", " ")));
        assertEquals(List.of("comment"), fields(ActionPlanRules.assessmentProblems("DELVIS", null)));
        assertEquals(List.of("comment"), fields(ActionPlanRules.assessmentProblems("EJ_UPPFYLLT", "")));
        assertEquals(List.of("status"), fields(ActionPlanRules.assessmentProblems("KANSKE", "x")));
        assertEquals(List.of("status"), fields(ActionPlanRules.assessmentProblems(null, null)));
        assertEquals(List.of("comment"), fields(ActionPlanRules.assessmentProblems("UPPFYLLT", "x".repeat(2001))));
    }

    @Test
    void cloudOrThirdCountryNeedsADecisionWithKTwoOrPersonalData() {
        assertTrue(ActionPlanRules.decisionRelevant(true, false, 2, false));
        assertTrue(ActionPlanRules.decisionRelevant(false, true, 0, true));
        assertTrue(ActionPlanRules.decisionRelevant(false, true, 4, false));
        assertFalse(ActionPlanRules.decisionRelevant(true, true, 1, false), "K1 without personal data");
        assertFalse(ActionPlanRules.decisionRelevant(false, false, 3, true), "own or Swedish hosting");
    }

    @Test
    void aDecisionCoversTheHostingItWasMadeOnUntilHostingCloudOrCountriesChange() {
        var snapshot = new HostingDecisionView.Snapshot(
                "TREDJELAND", false, List.of("IN", "US"), Map.of("K", 2), List.of("PERSONUPPGIFTER"));
        assertTrue(ActionPlanRules.needsDecision(true, null, "TREDJELAND", false, List.of("US", "IN")));
        assertFalse(ActionPlanRules.needsDecision(true, snapshot, "TREDJELAND", false, List.of("US", "IN")));
        assertTrue(ActionPlanRules.needsDecision(true, snapshot, "TREDJELAND", false, List.of("US", "IN", "CN")));
        assertTrue(ActionPlanRules.needsDecision(true, snapshot, "TREDJELAND", true, List.of("US", "IN")));
        assertTrue(ActionPlanRules.needsDecision(true, snapshot, "EU_EES", false, List.of()));
        assertFalse(ActionPlanRules.needsDecision(false, null, "TREDJELAND", false, List.of("US")), "not relevant");
    }

    @Test
    void approvalNeedsConditionsAndRejectionAMotivation() {
        assertTrue(ActionPlanRules.decisionProblems("GODKAND_MED_VILLKOR", "Kryptering med egen nyckel", null)
                .isEmpty());
        assertTrue(ActionPlanRules.decisionProblems("AVSLAGEN", null, "Saknar skyddsnivå")
                .isEmpty());
        assertEquals(
                List.of("conditions"),
                fields(ActionPlanRules.decisionProblems("GODKAND_MED_VILLKOR", " ", "motivering räcker inte")));
        assertEquals(List.of("motivation"), fields(ActionPlanRules.decisionProblems("AVSLAGEN", "villkor", null)));
        assertEquals(List.of("outcome"), fields(ActionPlanRules.decisionProblems(null, "x", "y")));
    }
}
