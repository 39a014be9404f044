package org.tariffgraph.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.SessionConfig;
import org.tariffgraph.TestGraph;
import org.tariffgraph.internal.db.CypherFiles;
import org.tariffgraph.query.Digest;

/** The loader on a real Neo4j: idempotent, all or nothing, and the same graph as cypher/load.cypher. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LoaderIT {

    private TestGraph graph;
    private Loader loader;
    private Digest digest;

    @TempDir
    Path tmp;

    @BeforeAll
    void start() {
        graph = TestGraph.start(TestGraph.SEEDS);
        loader = new Loader(graph.store());
        digest = new Digest(graph.store());
    }

    @AfterAll
    void stop() {
        graph.close();
    }

    @BeforeEach
    void empty() {
        graph.clear();
    }

    @Test
    void loading_the_same_folder_twice_gives_the_same_graph() {
        var first = loader.load(TestGraph.SEEDS, false);
        var once = digest.compute();
        loader.load(TestGraph.SEEDS, false);
        assertEquals(once, digest.compute());
        assertEquals(first.nodes(), once.nodes());
        assertEquals(first.relationships(), once.relationships());
    }

    @Test
    void replace_gives_the_graph_of_a_fresh_store_even_after_other_data() {
        loader.load(TestGraph.SEEDS, false);
        var fresh = digest.compute();
        graph.store().driver().executableQuery("CREATE (:Person {id: 'person-extra', name: 'Extra'})").execute();
        assertNotEquals(fresh, digest.compute());
        loader.load(TestGraph.SEEDS, true);
        assertEquals(fresh, digest.compute());
    }

    @Test
    void a_refused_folder_leaves_the_graph_exactly_as_it_was() {
        loader.load(TestGraph.SEEDS, false);
        var before = digest.compute();
        Path broken = ImportFixture.copyOfSeeds(tmp);
        ImportFixture.append(broken, "concerns.csv", "event-nothing,sector-nothing,x,1-2");
        assertThrows(InvalidImportException.class, () -> loader.load(broken, true));
        assertEquals(before, digest.compute());
    }

    @Test
    void a_load_that_fails_while_writing_rolls_back_completely() {
        loader.load(TestGraph.SEEDS, false);
        var before = digest.compute();
        var plan = ImportReader.read(TestGraph.SEEDS);
        // A relationship batch whose template names a label that has no such node: the MATCH finds
        // nothing, so instead break the transaction with a property Neo4j cannot store (a map).
        var badRows = new java.util.ArrayList<>(plan.nodes().get(1).rows());
        var row = new java.util.HashMap<>(badRows.get(0));
        var props = new java.util.HashMap<String, Object>((java.util.Map<String, Object>) row.get("props"));
        props.put("name", java.util.Map.of("not", "storable"));
        row.put("props", props);
        badRows.set(0, row);
        var nodes = new java.util.ArrayList<>(plan.nodes());
        nodes.set(1, new LoadPlan.NodeBatch(plan.nodes().get(1).label(), badRows));
        var broken = new LoadPlan(nodes, plan.relationships());
        assertThrows(RuntimeException.class, () -> loader.write(broken, true));
        assertEquals(before, digest.compute());
    }

    /** The canonical lines of the graph the given LOAD CSV statements build from the seeds into an empty graph. */
    private java.util.List<String> builtBy(java.util.List<String> statements) {
        graph.clear();
        try (var session = graph.store().driver().session(SessionConfig.forDatabase(graph.store().database()))) {
            for (String statement : statements) {
                session.run(statement).consume();
            }
        }
        return digest.canonicalLines();
    }

    @Test
    void the_load_csv_script_builds_the_same_graph_as_the_java_loader() {
        loader.load(TestGraph.SEEDS, false);
        var java = digest.canonicalLines();
        assertEquals(java, builtBy(CypherFiles.statements("load.cypher")));
    }

    @Test
    void the_benchmarks_load_csv_in_transactions_builds_the_same_graph_too() {
        loader.load(TestGraph.SEEDS, false);
        var java = digest.canonicalLines();
        assertEquals(java, builtBy(LoadCsvScript.inTransactions(3)));
    }
}
