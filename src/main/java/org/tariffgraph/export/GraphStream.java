package org.tariffgraph.export;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.tariffgraph.internal.db.CypherFiles;
import org.tariffgraph.internal.db.GraphStore;

/**
 * The graph read for an export, row by row, inside one read transaction so that every part of an
 * export sees the same graph. Rows are handed on as they arrive and never collected.
 */
final class GraphStream implements AutoCloseable {

    private final org.neo4j.driver.Session session;
    private final Transaction tx;

    GraphStream(GraphStore store) {
        this.session = store.driver().session(SessionConfig.builder().withDatabase(store.database())
                .withDefaultAccessMode(AccessMode.READ).build());
        this.tx = session.beginTransaction();
    }

    /** Every node of the schema label {@code label} that carries one of {@code labels} (all when null). */
    void nodes(String label, Set<String> labels, Consumer<Record> each) {
        run(CypherFiles.read("export/nodes.cypher").replace("{label}", label), labelFilter(labels), each);
    }

    /** Every relationship of the schema type {@code type} whose two ends carry one of {@code labels} (all when null). */
    void relationships(String type, Set<String> labels, Consumer<Record> each) {
        run(CypherFiles.read("export/relationships.cypher").replace("{type}", type), labelFilter(labels), each);
    }

    /** Every row of {@code cypher/export/<name>.cypher}. */
    void rows(String name, Consumer<Record> each) {
        run(CypherFiles.read("export/" + name + ".cypher"), Map.of(), each);
    }

    private void run(String cypher, Map<String, Object> parameters, Consumer<Record> each) {
        var result = tx.run(cypher, parameters);
        while (result.hasNext()) {
            each.accept(result.next());
        }
    }

    private static Map<String, Object> labelFilter(Set<String> labels) {
        var parameters = new HashMap<String, Object>();
        parameters.put("labels", labels == null ? null : java.util.List.copyOf(labels));
        return parameters;
    }

    @Override
    public void close() {
        try {
            tx.close();
        } finally {
            session.close();
        }
    }
}
