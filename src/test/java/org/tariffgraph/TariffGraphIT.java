package org.tariffgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.internal.load.Loader;
import org.tariffgraph.model.Counterpart;
import org.tariffgraph.query.CypherRunner;
import org.tariffgraph.query.Digest;

/**
 * The library facade as a notebook uses it: an embedded store filled from the seeds in the jar, opened
 * once per folder, every question, ask, read-only Cypher as records and rows; and the same answers from
 * a server through {@link TariffGraph#connect}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TariffGraphIT {

    @TempDir
    static Path tmp;

    private TariffGraph embedded;
    private TestGraph server;
    private TariffGraph remote;

    @BeforeAll
    void open() {
        embedded = TariffGraph.open(tmp.resolve("kb"));
        server = TestGraph.start();
        new Loader(server.store()).load(TestGraph.SEEDS, false);
        remote = TariffGraph.connect(server.boltUri(), "neo4j", "");
    }

    @AfterAll
    void close() {
        embedded.close();
        remote.close();
        server.close();
    }

    @Test
    void the_first_open_loads_the_seed_facts_from_the_jar_and_gives_the_graph_the_loader_builds() {
        assertEquals(new Digest(server.store()).compute(), new Digest(embedded.store()).compute());
    }

    @Test
    void a_second_open_of_the_same_folder_is_the_same_store_without_starting_neo4j_again() {
        var again = TariffGraph.open(tmp.resolve("kb").resolve("..").resolve("kb"));
        assertSame(embedded, again); // the same open store: a second start would fail on the store's lock anyway
    }

    @Test
    void names_resolve_to_ids_and_every_question_returns_the_query_modules_records() {
        String akazawa = embedded.id("akazawa");
        assertEquals("person-ryosei-akazawa", akazawa);
        List<Counterpart> counterparts = embedded.queries().counterparts(akazawa);
        assertEquals(remote.queries().counterparts(remote.id("Akazawa")), counterparts);
        assertTrue(counterparts.stream().anyMatch(c -> c.counterpart().equals("Howard Lutnick")), counterparts::toString);
        var rows = TariffGraph.rows(counterparts);
        assertEquals(counterparts.size(), rows.size());
        assertEquals(counterparts.get(0).counterpart(), rows.get(0).get("counterpart"));
        assertEquals(List.of("counterpart", "counterpartId", "type", "interactions", "held", "statuses", "kinds", "firstDate", "lastDate", "sources"),
                List.copyOf(rows.get(0).keySet()));
    }

    @Test
    void ask_answers_in_words_with_its_sources() {
        var answer = embedded.ask("Who did Akazawa negotiate with?");
        assertEquals("counterparts", answer.intent());
        assertTrue(answer.answer().contains("Howard Lutnick"), answer.answer());
        assertTrue(!answer.sources().isEmpty());
    }

    @Test
    void read_only_cypher_with_parameters_as_records_and_as_rows_and_writes_are_refused() {
        String cypher = "MATCH (p:Person {id: $id}) RETURN p.name AS name";
        var records = embedded.records(cypher, Map.of("id", "person-howard-lutnick"));
        assertEquals("Howard Lutnick", records.get(0).get("name").asString());
        assertEquals(List.of(Map.of("name", "Howard Lutnick")), embedded.rows(cypher, Map.of("id", "person-howard-lutnick")));
        var before = new Digest(embedded.store()).compute();
        assertThrows(CypherRunner.WriteRefusedException.class, () -> embedded.rows("CREATE (:Person {id: $id})", Map.of("id", "x")));
        assertEquals(before, new Digest(embedded.store()).compute());
    }

    @Test
    void a_closed_folder_opens_again_as_a_new_instance() {
        Path other = tmp.resolve("other");
        var first = TariffGraph.open(other);
        first.close();
        var second = TariffGraph.open(other);
        try {
            assertNotSame(first, second);
            assertEquals(embedded.rows("MATCH (n) RETURN count(n) AS n", Map.of()), second.rows("MATCH (n) RETURN count(n) AS n", Map.of()));
        } finally {
            second.close();
        }
    }
}
