package se.stockholm.varna.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.Tokens;

/** Reads of the organisation API: scope, paging, filters, and the reference import. */
@MicronautTest
class OrganisationApiIT extends ServerBackedTest {
    OrgApiSteps steps;

    @BeforeAll
    void client() {
        steps = new OrgApiSteps(api());
    }

    @Test
    void referenceImportHoldsTheCitysNamnderStadsdelsnamnderAndBolag() {
        String central = Tokens.user("central");
        assertEquals(15L, steps.total("/api/v1/org-units?kind=NAMND", central));
        assertEquals(13L, steps.total("/api/v1/org-units?kind=STADSDELSNAMND", central));
        assertEquals(1L, steps.total("/api/v1/org-units?kind=KONCERN", central));
        assertEquals(15L, steps.total("/api/v1/org-units?kind=BOLAG", central));
        var exergi = steps.unit("BOLAG-EXERGI", central);
        assertEquals(true, exergi.get("intressebolag"), "Stockholm Exergi is an intressebolag");
        assertEquals(steps.id("STADSHUS", central), ((Number) exergi.get("parentId")).longValue());
    }

    @Test
    void scopedUserListsOnlyTheirSubtree() {
        String bromma = Tokens.user("samordnare.bromma");
        var page = api().get("/api/v1/org-units?size=200", bromma).map();
        List<String> codes = steps.codes(page);
        assertEquals(
                List.of("AVD-BROMMA-ALDRE", "AVD-BROMMA-IFO", "FORV-BROMMA", "ENH-BROMMA-HEMTJANST", "SDN-BROMMA")
                        .stream()
                        .sorted()
                        .toList(),
                codes.stream().sorted().toList());
        assertEquals(0L, steps.total("/api/v1/org-units?q=Farsta", bromma), "search never reaches outside the scope");
    }

    @Test
    void unitOutsideScopeAnswers404LikeAMissingOne() {
        long farsta = steps.id("SDN-FARSTA", Tokens.user("central"));
        String bromma = Tokens.user("samordnare.bromma");
        var outside = api().get("/api/v1/org-units/" + farsta, bromma);
        var missing = api().get("/api/v1/org-units/999999", bromma);
        assertEquals(404, outside.status());
        assertTrue(outside.isProblem());
        assertEquals(missing.map().get("detail"), outside.map().get("detail"), "no hint that the unit exists");
        assertEquals(
                404,
                api().get("/api/v1/org-units/" + farsta + "/subtree", bromma).status());
        assertEquals(
                404,
                api().get("/api/v1/org-units/" + farsta + "/history", bromma).status());
    }

    @Test
    void subtreeIsDepthFirstAndWithinScope() {
        String lasare = Tokens.user("lasare.farsta");
        long farsta = steps.id("SDN-FARSTA", lasare);
        var subtree =
                api().get("/api/v1/org-units/" + farsta + "/subtree", lasare).list();
        assertEquals("SDN-FARSTA", ((Map<?, ?>) subtree.getFirst()).get("code"));
        assertEquals(4, subtree.size());
        long root = steps.id("STHLM", Tokens.user("central"));
        assertEquals(
                404, api().get("/api/v1/org-units/" + root + "/subtree", lasare).status());
    }

    @Test
    void pagingAndTextSearch() {
        String central = Tokens.user("central");
        var first = api().get("/api/v1/org-units?kind=STADSDELSNAMND&size=5&page=0", central)
                .map();
        var third = api().get("/api/v1/org-units?kind=STADSDELSNAMND&size=5&page=2", central)
                .map();
        assertEquals(5, ((List<?>) first.get("items")).size());
        assertEquals(3, ((List<?>) third.get("items")).size());
        assertEquals(13, ((Number) third.get("total")).intValue());
        assertEquals(
                List.of("SDN-HASSELBY-VALLINGBY"),
                steps.codes(
                        api().get("/api/v1/org-units?q=h%C3%A4sselby", central).map()));
        assertEquals(400, api().get("/api/v1/org-units?size=0", central).status());
        assertEquals(400, api().get("/api/v1/org-units?size=500", central).status());
    }

    @Test
    void unknownKindFilterIsA400WithTheField() {
        var answer = api().get("/api/v1/org-units?kind=PLANET", Tokens.user("central"));
        assertEquals(400, answer.status());
        assertTrue(answer.isProblem());
        assertEquals("kind", steps.firstErrorField(answer));
    }

    @Test
    void verksamhetsomradenAreListed() {
        var areas = api().get("/api/v1/verksamhetsomraden", Tokens.user("lasare.farsta"))
                .list();
        assertFalse(areas.isEmpty());
        assertTrue(areas.stream().anyMatch(a -> "Äldreomsorg".equals(((Map<?, ?>) a).get("name"))));
    }
}
