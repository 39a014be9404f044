package org.tariffgraph.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.SessionConfig;
import org.tariffgraph.TestGraph;
import org.tariffgraph.internal.db.CypherFiles;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.SourceRef;
import org.tariffgraph.query.Digest;
import org.tariffgraph.query.Queries;

/**
 * A folder whose files have a {@code rules} column, on a real Neo4j: the transaction loader, the
 * bulk loader and {@code cypher/load.cypher} build the same graph, with each rule on its REPORTED_IN
 * and in a relationship's {@code rules}, and {@code sources.cypher} shows the rule of each report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RulesColumnIT {

    private static final String AKAZAWA = "person-ryosei-akazawa";
    private static final String FARM_IMPORTS = "chip-us-farm-imports";

    private Path tmp;
    private Path folder;
    private TestGraph graph;

    @BeforeAll
    void start() throws Exception {
        tmp = Files.createTempDirectory("rules-it");
        var rows = ImportFixture.rows(TestGraph.SEEDS);
        assertEquals(AKAZAWA, rows.get("people.csv").get(0).get("id"));
        rows.get("people.csv").get(0).put("rules", "-;name-pair;-;title-apposition;name-pair");
        var offer = rows.get("offered.csv").get(1);
        assertEquals(FARM_IMPORTS, offer.get("end"));
        offer.put("rules", "-;offer-verb");
        folder = tmp.resolve("import");
        ImportWriter.write(folder, rows);
        graph = TestGraph.start(folder);
    }

    @AfterAll
    void stop() throws Exception {
        graph.close();
        BadInputCases.remove(tmp);
    }

    private List<String> loadedByTransaction() {
        graph.clear();
        new Loader(graph.store()).load(folder, true, Loader.Method.TRANSACTION, Loader.Progress.NONE);
        return new Digest(graph.store()).canonicalLines();
    }

    @Test
    void the_rule_of_each_report_is_on_its_REPORTED_IN_and_a_relationship_keeps_its_list() {
        loadedByTransaction();
        var queries = new Queries(graph.store());
        var own = queries.sources(AKAZAWA).stream().filter(r -> r.fact().equals("the node itself")).toList();
        assertEquals(List.of("000_17abbd0a8cabfd1f", "001_0d99ea31585ef7ba", "002_4eaeae4dd2adb612", "003_2fc20aa8a024164e",
                "004_151e93711cde5b1c"), own.stream().map(SourceRef::document).toList());
        assertEquals(java.util.Arrays.asList(null, "name-pair", null, "title-apposition", "name-pair"), own.stream().map(SourceRef::rule).toList());

        var offered = queries.sources(FARM_IMPORTS).stream().filter(r -> r.fact().startsWith("OFFERED")).toList();
        assertEquals(List.of("003_2fc20aa8a024164e", "004_151e93711cde5b1c"), offered.stream().map(SourceRef::document).toList());
        assertEquals(java.util.Arrays.asList(null, "offer-verb"), offered.stream().map(SourceRef::rule).toList());
        var stored = graph.store().driver().executableQuery("MATCH (:Government)-[r:OFFERED]->(:BargainingChip {id: $id}) RETURN r.rules AS rules")
                .withParameters(java.util.Map.of("id", FARM_IMPORTS)).execute().records().get(0).get("rules").asList(v -> v.asString());
        assertEquals(List.of("-", "offer-verb"), stored);
    }

    @Test
    void a_curated_fact_has_no_rule() {
        loadedByTransaction();
        var lutnick = new Queries(graph.store()).sources("person-howard-lutnick");
        lutnick.forEach(r -> assertNull(r.rule(), r.toString()));
    }

    @Test
    void the_load_csv_script_builds_the_same_graph_as_the_java_loader() {
        var java = loadedByTransaction();
        graph.clear();
        try (var session = graph.store().driver().session(SessionConfig.forDatabase(graph.store().database()))) {
            for (String statement : CypherFiles.statements("load.cypher")) {
                session.run(statement).consume();
            }
        }
        assertEquals(java, new Digest(graph.store()).canonicalLines());
    }

    @Test
    void the_bulk_loader_builds_the_same_graph_as_the_java_loader() {
        var java = loadedByTransaction();
        try (var bulk = GraphStore.embedded(tmp.resolve("bulk"))) {
            new Loader(bulk).load(folder, true, Loader.Method.BULK, Loader.Progress.NONE);
            assertEquals(java, new Digest(bulk).canonicalLines());
        }
    }
}
