package se.stockholm.varna.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void subtreeIsAPathPrefixAndNotASiblingWithALongerId() {
        Scope bromma = new Scope(false, List.of("/1/17/"));
        assertTrue(bromma.covers("/1/17/"));
        assertTrue(bromma.covers("/1/17/60/61/"));
        assertFalse(bromma.covers("/1/170/"), "the trailing slash keeps /1/170/ out of /1/17/");
        assertFalse(bromma.covers("/1/"));
    }

    @Test
    void noGroupsMeansNothingAndCityWideMeansEverything() {
        assertTrue(new Scope(false, List.of()).isEmpty());
        assertFalse(new Scope(false, List.of()).covers("/1/"));
        assertTrue(Scope.everything().covers("/1/99/"));
    }

    @Test
    void likePatternsEscapeWildcards() {
        assertEquals("50\\% \\_x\\\\", se.stockholm.varna.shared.SqlWhere.escapeLike("50% _x\\"));
    }

    @Test
    void treeIsBuiltFromADepthFirstListWithChildrenByName() {
        var root = view(1, null, "Rot");
        var b = view(2, 1L, "Bbb");
        var a = view(3, 1L, "Aaa");
        var a1 = view(4, 3L, "Under A");
        OrgTreeNode tree = OrgTreeNode.of(List.of(root, b, a, a1));
        assertEquals("Rot", tree.unit().name());
        assertEquals(
                List.of("Aaa", "Bbb"),
                tree.children().stream().map(c -> c.unit().name()).toList());
        assertEquals(
                "Under A",
                tree.children().getFirst().children().getFirst().unit().name());
    }

    private static OrgUnitView view(long id, Long parent, String name) {
        return new OrgUnitView(
                id, "C" + id, name, "ENHET", "Enhet", parent, false, LocalDate.of(2024, 1, 1), null, 0, 0);
    }
}
