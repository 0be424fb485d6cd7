package se.stockholm.varna.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A unit with its children, for drawing the tree; children sorted by name. */
record OrgTreeNode(OrgUnitView unit, List<OrgTreeNode> children) {

    /** Builds the forest from a depth-first list whose first element is the root. */
    static OrgTreeNode of(List<OrgUnitView> subtree) {
        Map<Long, OrgTreeNode> byId = new HashMap<>();
        OrgTreeNode root = null;
        for (OrgUnitView unit : subtree) {
            OrgTreeNode node = new OrgTreeNode(unit, new ArrayList<>());
            byId.put(unit.id(), node);
            OrgTreeNode parent = unit.parentId() == null ? null : byId.get(unit.parentId());
            if (parent != null) {
                parent.children().add(node);
            } else if (root == null) {
                root = node;
            }
        }
        byId.values().forEach(n -> n.children()
                .sort(Comparator.comparing(c -> c.unit().name())));
        return root;
    }
}
