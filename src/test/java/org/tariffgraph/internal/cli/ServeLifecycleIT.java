package org.tariffgraph.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.TestGraph;
import org.tariffgraph.internal.db.GraphServer;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.query.Queries;

/** serve on a data folder that is used again and again: restarts, and the command line in between. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServeLifecycleIT {

    @TempDir
    Path tmp;

    private static int freePort() throws Exception {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void serve_restarts_on_its_folder_and_the_embedded_store_still_opens_between_and_after() throws Exception {
        Path data = tmp.resolve("data");
        try (var store = GraphStore.embedded(data)) { // the command line first, with its own loopback user
            new org.tariffgraph.internal.load.Loader(store).load(TestGraph.SEEDS, false);
        }
        for (int run = 0; run < 2; run++) {
            var password = GraphServer.password(data); // generated on the first run, read back on the second
            if (System.getenv("NEO4J_PASSWORD") == null) {
                assertEquals(run == 0, password.getValue());
            }
            try (var serving = Serving.start(data, "127.0.0.1", freePort(), freePort(), true, password.getKey(), TestGraph.SEEDS,
                    new PrintWriter(new StringWriter()))) {
                assertTrue(Files.exists(data.resolve(GraphServer.LOCATION_FILE)), "serve.json tells other commands where it is");
                assertTrue(GraphServer.running(data).isPresent());
                // a command now reaches it over Bolt with the serve password
                var r = CliRun.of("rounds", "--format", "csv", "--data-dir", data.toString());
                assertEquals(0, r.code(), r.err());
                assertTrue(r.out().contains("Seventh round"), r.out());
            }
            assertFalse(Files.exists(data.resolve(GraphServer.LOCATION_FILE)), "serve.json is gone once serve stops");
            try (var store = GraphStore.embedded(data)) {
                assertEquals(5, new Queries(store).documents(null).size(), "the embedded store opens after serve");
            }
        }
    }
}
