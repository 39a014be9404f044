package org.tariffgraph;

import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.tariffgraph.internal.db.GraphStore;

/** A real in-process Neo4j for one test class (start it in {@code @BeforeAll}, close it in {@code @AfterAll}). */
public final class TestGraph implements AutoCloseable {

    /** The project's own seed folder. */
    public static final Path SEEDS = Path.of("import").toAbsolutePath();

    private final Neo4j neo4j;
    private final GraphStore store;

    private TestGraph(Neo4j neo4j) {
        this.neo4j = neo4j;
        var driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none(), Config.builder().withLogging(Logging.none()).build());
        this.store = GraphStore.of(driver, GraphStore.DEFAULT_DATABASE, "test server " + neo4j.boltURI());
    }

    public static TestGraph start() {
        return start(null);
    }

    /** A server whose LOAD CSV reads files from {@code importRoot} (or from nowhere when null). */
    public static TestGraph start(Path importRoot) {
        var builder = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnectorInternalSettings.enable_local_connector, false);
        if (importRoot != null) {
            builder = builder.withConfig(GraphDatabaseSettings.load_csv_file_url_root, importRoot.toAbsolutePath());
        }
        return new TestGraph(builder.build());
    }

    /** A server holding the project's seed facts. */
    public static TestGraph startWithSeeds() {
        var graph = start();
        new org.tariffgraph.internal.load.Loader(graph.store()).load(SEEDS, false);
        return graph;
    }

    public GraphStore store() {
        return store;
    }

    public String boltUri() {
        return neo4j.boltURI().toString();
    }

    /** Empties the graph (schema stays), for tests that need a fresh start within the class. */
    public void clear() {
        store.driver().executableQuery("MATCH (n) DETACH DELETE n").execute();
    }

    @Override
    public void close() {
        store.close();
        neo4j.close();
    }
}
