package org.tariffgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.Table;

/**
 * Runs a user's own Cypher. Read-only unless writes are asked for: the query is first planned with
 * {@code EXPLAIN}, and anything but a read-only plan is refused before it runs; reads then run in a
 * read transaction, which the server also holds to reading.
 */
public final class CypherRunner {

    private final GraphStore store;

    /**
     * A runner over one graph.
     *
     * @param store the graph to run queries on
     */
    public CypherRunner(GraphStore store) {
        this.store = store;
    }

    /** Thrown for a query that would write when writes were not allowed. */
    public static final class WriteRefusedException extends RuntimeException {
        /**
         * Creates the exception.
         *
         * @param message one line that says the query was refused, and why
         */
        public WriteRefusedException(String message) {
            super(message);
        }
    }

    /**
     * Runs a query and returns its rows as plain values. Without {@code allowWrites} it is read-only, as
     * {@link #records(String, Map)}; with it, the query runs in a write transaction, committed when it succeeds.
     *
     * @param cypher the Cypher query
     * @param parameters its parameters by name, without the {@code $}; an empty map for none
     * @param allowWrites whether the query may change the graph
     * @return the columns and the rows, each value as {@link #plain(Value)} makes it; with no rows, the
     *         column list is empty too
     * @throws WriteRefusedException if {@code allowWrites} is false and the query would change the graph
     */
    public Table run(String cypher, Map<String, Object> parameters, boolean allowWrites) {
        if (!allowWrites) {
            return table(records(cypher, parameters));
        }
        try (var session = store.driver().session(SessionConfig.forDatabase(store.database()))) {
            return session.executeWrite(tx -> table(tx.run(cypher, parameters).list()));
        }
    }

    /**
     * Runs a read-only query and returns the driver's records; a query that would write is refused before it runs.
     *
     * @param cypher the Cypher query
     * @param parameters its parameters by name, without the {@code $}; an empty map for none
     * @return the records, in the query's own order
     * @throws WriteRefusedException if the query would change the graph
     */
    public List<Record> records(String cypher, Map<String, Object> parameters) {
        try (var session = store.driver().session(SessionConfig.forDatabase(store.database()))) {
            QueryType type = session.executeRead(tx -> tx.run("EXPLAIN " + cypher, parameters).consume().queryType());
            if (type != QueryType.READ_ONLY) {
                throw new WriteRefusedException("refused: this query would change the graph (" + type
                        + "); the cypher command only reads unless given --write");
            }
            return session.executeRead(tx -> tx.run(cypher, parameters).list());
        }
    }

    private static Table table(List<Record> records) {
        List<String> columns = records.isEmpty() ? List.of() : records.get(0).keys();
        var rows = new ArrayList<List<Object>>();
        for (Record r : records) {
            var row = new ArrayList<Object>();
            for (Value v : r.values()) {
                row.add(plain(v));
            }
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    /**
     * A driver value as plain Java: maps, lists, strings, numbers; nodes and relationships as maps.
     *
     * @param v a value of a record; may be null
     * @return null for null or Cypher {@code NULL}; a node as a map of {@code _labels} and its
     *         properties, a relationship as a map of {@code _type} and its properties, a path as the list
     *         of its nodes, a date or time as ISO text, lists and maps converted throughout, anything
     *         else as the driver's own Java value
     */
    public static Object plain(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        Object o = v.asObject();
        return plainObject(o);
    }

    private static Object plainObject(Object o) {
        if (o instanceof Node n) {
            var m = new LinkedHashMap<String, Object>();
            m.put("_labels", n.labels());
            m.putAll(new TreeMap<>(n.asMap(CypherRunner::plain)));
            return m;
        }
        if (o instanceof Relationship r) {
            var m = new LinkedHashMap<String, Object>();
            m.put("_type", r.type());
            m.putAll(new TreeMap<>(r.asMap(CypherRunner::plain)));
            return m;
        }
        if (o instanceof Path p) {
            var list = new ArrayList<Object>();
            p.nodes().forEach(n -> list.add(plainObject(n)));
            return list;
        }
        if (o instanceof List<?> l) {
            return l.stream().map(CypherRunner::plainObject).toList();
        }
        if (o instanceof Map<?, ?> m) {
            var out = new LinkedHashMap<String, Object>();
            m.forEach((k, x) -> out.put(String.valueOf(k), plainObject(x)));
            return out;
        }
        if (o instanceof java.time.temporal.TemporalAccessor t) {
            return t.toString();
        }
        return o;
    }
}
