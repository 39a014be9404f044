package org.tariffgraph.internal.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.tariffgraph.TestGraph;

/** A test class's one Neo4j holding the seed facts, and the command line run against it with --uri. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeedGraphCli {

    TestGraph graph;

    @BeforeAll
    void startGraph() {
        graph = TestGraph.startWithSeeds();
    }

    @AfterAll
    void stopGraph() {
        graph.close();
    }

    CliRun run(String... args) {
        return CliRun.against(graph.boltUri(), args);
    }
}
