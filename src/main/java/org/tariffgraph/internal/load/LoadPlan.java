package org.tariffgraph.internal.load;

import java.util.List;
import java.util.Map;

/**
 * A validated import folder, ready to write: node rows grouped by label, relationship rows grouped
 * by type and the labels of their two ends (so every lookup can use the id constraint's index).
 */
public record LoadPlan(List<NodeBatch> nodes, List<RelBatch> relationships) {

    /** Rows of {@code {id, props, labels, dropLabels}} for nodes with {@code label}. */
    public record NodeBatch(String label, List<Map<String, Object>> rows) {}

    /** Rows of {@code {start, end, props}} for relationships of {@code type}. */
    public record RelBatch(String type, String startLabel, String endLabel, List<Map<String, Object>> rows) {}

    public int nodeCount() {
        return nodes.stream().mapToInt(b -> b.rows().size()).sum();
    }

    public int relationshipCount() {
        return relationships.stream().mapToInt(b -> b.rows().size()).sum();
    }
}
