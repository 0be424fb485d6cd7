package se.stockholm.varna.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemJsonBodyProviderTest {

    @Test
    void violationPathsBecomeFieldNames() {
        assertEquals("name", ProblemJsonBodyProvider.fieldName("createOrgUnit.orgUnitCreate.name"));
        assertEquals("size", ProblemJsonBodyProvider.fieldName("listOrgUnits.size"));
        assertEquals("contract.end", ProblemJsonBodyProvider.fieldName("a.b.contract.end"));
    }

    @Test
    void problemBodyCarriesAStableTypeAndFieldErrors() {
        Map<String, Object> body = ProblemBodies.body(
                "validation", "Ogiltig indata", 400, "d", "/x", List.of(new FieldProblem("name", "tomt")));
        assertEquals("urn:varna:problem:validation", body.get("type"));
        assertEquals(List.of(Map.of("field", "name", "message", "tomt")), body.get("errors"));
    }

    @Test
    void pageRequestsOutsideTheBoundsAreRefused() {
        assertEquals(100, new PageRequest(2, 50).offset());
        assertThrows(ProblemException.class, () -> new PageRequest(-1, 10));
        assertThrows(ProblemException.class, () -> new PageRequest(0, 0));
        assertThrows(ProblemException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1));
    }
}
