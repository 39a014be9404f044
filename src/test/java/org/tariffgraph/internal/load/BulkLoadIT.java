package org.tariffgraph.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.TestGraph;
import org.tariffgraph.internal.db.CypherFiles;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.internal.db.StagedImport;
import org.tariffgraph.query.Digest;
import org.tariffgraph.internal.synth.CorpusGenerator;

/**
 * The bulk path (Neo4j's offline importer into a staged database, swapped in whole) against the
 * transaction path, on two embedded stores opened once for the class: the same graph to the byte, the
 * same schema, the same refusals, and a crash between staging and swap rolled forward or back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulkLoadIT {

    @TempDir
    static Path tmp;

    private GraphStore bulk;
    private GraphStore transaction;
    private Path corpus;

    @BeforeAll
    void open() {
        bulk = GraphStore.embedded(tmp.resolve("bulk"));
        transaction = GraphStore.embedded(tmp.resolve("transaction"));
        corpus = new CorpusGenerator(400, 7).writeTo(tmp.resolve("corpus")).folder();
    }

    @AfterAll
    void close() {
        bulk.close();
        transaction.close();
    }

    private static List<String> schema(GraphStore store) {
        return store.driver().executableQuery("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state "
                + "RETURN name + ' ' + type + ' ' + reduce(s = '', x IN coalesce(labelsOrTypes, []) | s + x + ',') + ' ' + reduce(s = '', x IN coalesce(properties, []) | s + x + ',') + ' ' + state AS line ORDER BY line")
                .execute().records().stream().map(r -> r.get("line").asString()).toList();
    }

    @Test
    @Order(1)
    void the_seed_facts_by_bulk_load_are_the_same_graph_and_schema_as_by_transaction() {
        var viaBulk = new Loader(bulk).load(TestGraph.SEEDS, false, Loader.Method.BULK, Loader.Progress.NONE);
        var viaTransaction = new Loader(transaction).load(TestGraph.SEEDS, false, Loader.Method.TRANSACTION, Loader.Progress.NONE);
        assertEquals(viaTransaction, viaBulk);
        var digest = new Digest(bulk).compute();
        assertEquals(new Digest(transaction).compute(), digest);
        assertEquals(viaBulk.nodes(), digest.nodes());
        assertEquals(schema(transaction), schema(bulk));
        assertTrue(schema(bulk).stream().allMatch(line -> line.endsWith("ONLINE")), () -> String.join("\n", schema(bulk)));
        assertFalse(Files.exists(tmp.resolve("bulk").resolve("staging")), "the staging folder is removed after the swap");
    }

    @Test
    @Order(2)
    void a_bulk_load_into_a_graph_that_is_not_empty_is_refused_and_changes_nothing() {
        var before = new Digest(bulk).compute();
        var e = assertThrows(org.tariffgraph.InvalidRequestException.class,
                () -> new Loader(bulk).load(corpus, false, Loader.Method.BULK, Loader.Progress.NONE));
        assertTrue(e.getMessage().contains("--replace"), e.getMessage());
        assertEquals(before, new Digest(bulk).compute());
    }

    @Test
    @Order(3)
    void an_invalid_folder_is_refused_before_the_swap_and_leaves_no_staging() throws Exception {
        var before = new Digest(bulk).compute();
        Path broken = Files.createDirectory(tmp.resolve("broken"));
        try (var files = Files.list(corpus)) {
            for (Path f : files.toList()) {
                Files.copy(f, broken.resolve(f.getFileName()));
            }
        }
        ImportFixture.append(broken, "participated_in.csv", "person-nobody,event-0,negotiator,doc_0000000,1-2");
        var e = assertThrows(InvalidImportException.class,
                () -> new Loader(bulk).load(broken, true, Loader.Method.BULK, Loader.Progress.NONE));
        assertTrue(e.getMessage().contains("participated_in.csv:"), e.getMessage());
        assertEquals(before, new Digest(bulk).compute());
        assertFalse(Files.exists(tmp.resolve("bulk").resolve("staging")));
    }

    @Test
    @Order(4)
    void a_synthetic_corpus_replacing_the_graph_is_the_same_by_either_path() {
        var before = new Digest(bulk).compute();
        new Loader(bulk).load(corpus, true, Loader.Method.BULK, Loader.Progress.NONE);
        new Loader(transaction).load(corpus, true, Loader.Method.TRANSACTION, Loader.Progress.NONE);
        var after = new Digest(bulk).compute();
        assertNotEquals(before, after);
        assertEquals(new Digest(transaction).compute(), after);
        // the store still answers through the project's queries after the swap
        var rows = bulk.driver().executableQuery(CypherFiles.read("loader/count-documents.cypher")).execute().records();
        assertTrue(rows.get(0).get("documents").asLong() > 0);
    }

    @Test
    @Order(5)
    void a_crash_after_staging_is_rolled_forward_and_a_crash_during_staging_is_rolled_back() throws Exception {
        Path dir = tmp.resolve("crash");
        try (var store = GraphStore.embedded(dir)) {
            new Loader(store).load(TestGraph.SEEDS, false);
        }
        // A staged database completed but never swapped in, as if the process died between the two steps.
        try (var staged = StagedImport.begin(dir)) {
            var columns = new java.util.LinkedHashMap<String, String>();
            columns.put("name", "string");
            columns.put("bodyEnd", "long");
            staged.nodeFile("Document", columns);
            staged.row("Document", List.of("doc-after-crash", "Document", "Staged", 10L));
            staged.build(CypherFiles.statements("schema.cypher"), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        }
        assertTrue(Files.exists(dir.resolve("staging")));
        try (var store = GraphStore.embedded(dir)) {
            var ids = store.driver().executableQuery("MATCH (n) RETURN collect(n.id) AS ids").execute().records().get(0).get("ids")
                    .asList(v -> v.asString());
            assertEquals(List.of("doc-after-crash"), ids);
        }
        assertFalse(Files.exists(dir.resolve("staging")));

        // A staging that never finished (no ready marker) is discarded; the live database stays.
        var unfinished = StagedImport.begin(dir);
        unfinished.nodeFile("Document", Map.of("name", "string"));
        unfinished.row("Document", List.of("doc-half", "Document", "Half"));
        try (var store = GraphStore.embedded(dir)) {
            var ids = store.driver().executableQuery("MATCH (n) RETURN collect(n.id) AS ids").execute().records().get(0).get("ids")
                    .asList(v -> v.asString());
            assertEquals(List.of("doc-after-crash"), ids);
        }
        assertFalse(Files.exists(dir.resolve("staging")));
    }
}
