package org.tariffgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4jBuilders;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.internal.db.StoreUnavailableException;
import org.tariffgraph.internal.load.Loader;
import org.tariffgraph.query.Digest;
import org.tariffgraph.internal.synth.CorpusGenerator;

/**
 * The store survives what happens to real users: a second process on the same store, a load killed
 * with SIGKILL, readers during a load, a wrong password. Child processes run the real CLI.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReliabilityIT {

    @TempDir
    Path tmp;

    private static Process cli(Path workDir, String... args) throws Exception {
        var command = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "-Dtariffgraph.home=" + Path.of("").toAbsolutePath(),
                "org.tariffgraph.internal.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workDir.toFile()).redirectError(workDir.resolve("child.err").toFile()).start();
    }

    @Test
    void a_second_process_on_the_same_store_gets_one_clear_line() throws Exception {
        Path store = tmp.resolve("store");
        Process holder = cli(tmp, "ask", "-", "--data-dir", store.toString());
        try {
            var in = holder.outputWriter(StandardCharsets.UTF_8);
            in.write("Who is the commerce secretary?\n");
            in.flush();
            var out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine(); // the store is open once the first answer arrives
            assertTrue(first != null && first.contains("Howard Lutnick"), String.valueOf(first));

            var e = assertThrows(StoreUnavailableException.class, () -> GraphStore.embedded(store).close());
            assertTrue(e.getMessage().contains("is in use by another tariffgraph process"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line");

            var run = org.tariffgraph.internal.cli.CliRunAccess.run("rounds", "--data-dir", store.toString());
            assertEquals(5, run.code(), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("--uri"), "says how to reach it instead: " + run.err());
            in.close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "the holder ends when its stdin closes");
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void a_load_killed_midway_leaves_the_old_graph_and_a_rerun_completes() throws Exception {
        Path store = tmp.resolve("store");
        Path big = tmp.resolve("big");
        new CorpusGenerator(12_000, 7).writeTo(big);
        String seeds;
        try (var g = GraphStore.embedded(store)) {
            new Loader(g).load(TestGraph.SEEDS, false);
            seeds = new Digest(g).compute().sha256();
        }
        Process load = cli(tmp, "load", "--replace", big.toString(), "--data-dir", store.toString());
        // Kill it while it writes: validation of this folder takes about a second, the write many more.
        Thread.sleep(6_000);
        assertTrue(load.isAlive(), "the load should still be writing after 6 s; stderr: " + Files.readString(tmp.resolve("child.err")));
        new ProcessBuilder("kill", "-9", String.valueOf(load.pid())).start().waitFor();
        load.waitFor(30, TimeUnit.SECONDS);

        String full;
        try (var g = GraphStore.embedded(store)) {
            assertEquals(seeds, new Digest(g).compute().sha256(), "a killed load leaves the old graph, whole");
            var result = new Loader(g).load(big, true);
            full = new Digest(g).compute().sha256();
            assertTrue(result.nodes() > 10_000);
        }
        try (var g = GraphStore.embedded(store)) {
            assertEquals(full, new Digest(g).compute().sha256(), "the re-run's graph survives a restart");
        }
    }

    @Test
    void readers_during_a_load_see_the_old_graph_or_the_new_one_and_no_error() throws Exception {
        Path big = tmp.resolve("big");
        new CorpusGenerator(3_000, 11).writeTo(big);
        try (var graph = TestGraph.start()) {
            var loader = new Loader(graph.store());
            loader.load(TestGraph.SEEDS, false);
            long before = count(graph);
            var done = new AtomicBoolean();
            var seen = new java.util.concurrent.ConcurrentSkipListSet<Long>();
            var errors = new java.util.concurrent.CopyOnWriteArrayList<Throwable>();
            var reader = new Thread(() -> {
                while (!done.get()) {
                    try {
                        seen.add(count(graph));
                    } catch (Throwable t) {
                        errors.add(t);
                    }
                }
            });
            reader.start();
            loader.load(big, false);
            done.set(true);
            reader.join();
            long after = count(graph);
            assertEquals(List.of(), errors);
            assertTrue(after > before);
            assertTrue(Set.of(before, after).containsAll(seen), "readers saw only " + before + " or " + after + ", not " + seen);
        }
    }

    private static long count(TestGraph graph) {
        return graph.store().driver().executableQuery("MATCH (n) RETURN count(n) AS c").execute().records().get(0).get("c").asLong();
    }

    @Test
    void a_wrong_password_is_one_line_and_its_own_exit_code() {
        try (var neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                .withConfig(GraphDatabaseSettings.auth_enabled, true).build()) {
            var run = org.tariffgraph.internal.cli.CliRunAccess.run("rounds", "--uri", neo4j.boltURI().toString(), "--user", "neo4j");
            assertEquals(5, run.code(), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("refused the credentials"), run.err());
        }
    }
}
