package org.tariffgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.TestGraph;
import org.tariffgraph.internal.ingest.GraphRows;
import org.tariffgraph.internal.ingest.Ingest;
import org.tariffgraph.internal.load.Loader;
import org.tariffgraph.query.Digest;
import org.tariffgraph.internal.synth.CorpusGenerator;
import org.w3c.dom.Element;

/**
 * The three export formats on a real Neo4j holding the seed facts and an ingested report: the CSV
 * folder loads back to the same digest, GraphML is well-typed and readable by networkx, and every
 * JSON Lines record has the fields its kind promises.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExportIT {

    private TestGraph graph;

    @TempDir
    Path tmp;

    @BeforeAll
    void start() throws Exception {
        graph = TestGraph.startWithSeeds();
        var report = Path.of(ExportIT.class.getResource("/ask/ingested/e01_wire.txt").toURI());
        var result = Ingest.run(GraphRows.read(graph.store()), Ingest.read(List.of(report), null, Year.of(2025)), done -> { });
        new Loader(graph.store()).write(result.plan(), false);
    }

    @AfterAll
    void stop() {
        graph.close();
    }

    private Digest.Result digest() {
        return new Digest(graph.store()).compute();
    }

    private long count(String cypher) {
        return graph.store().driver().executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    @Test
    void a_csv_export_loads_back_to_the_same_graph() {
        var before = digest();
        var counts = CsvExport.write(graph.store(), tmp.resolve("csv"), Set.of());
        assertEquals(before.nodes(), counts.nodes());
        assertEquals(before.relationships(), counts.relationships());
        new Loader(graph.store()).load(tmp.resolve("csv"), true);
        assertEquals(before, digest(), "the reloaded export differs from the graph it came from");
    }

    @Test
    void a_generated_corpus_makes_the_round_trip_too() {
        var before = digest();
        try {
            var corpus = new CorpusGenerator(300, 7).writeTo(tmp.resolve("corpus"));
            new Loader(graph.store()).load(corpus.folder(), true);
            var generated = digest();
            CsvExport.write(graph.store(), tmp.resolve("corpus-out"), Set.of());
            new Loader(graph.store()).load(tmp.resolve("corpus-out"), true);
            assertEquals(generated, digest());
        } finally {
            new Loader(graph.store()).load(TestGraph.SEEDS, true);
            restoreIngested(before);
        }
    }

    private void restoreIngested(Digest.Result before) {
        try {
            var report = Path.of(ExportIT.class.getResource("/ask/ingested/e01_wire.txt").toURI());
            var result = Ingest.run(GraphRows.read(graph.store()), Ingest.read(List.of(report), null, Year.of(2025)), done -> { });
            new Loader(graph.store()).write(result.plan(), false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertEquals(before, digest(), "the test graph was not restored");
    }

    @Test
    void a_label_export_keeps_those_nodes_the_relationships_between_them_and_the_documents() throws Exception {
        var counts = CsvExport.write(graph.store(), tmp.resolve("people"), Set.of("Person", "Office"));
        long people = count("MATCH (n:Person) RETURN count(n)");
        long offices = count("MATCH (n:Office) RETURN count(n)");
        long documents = count("MATCH (n:Document) RETURN count(n)");
        assertEquals(people + offices + documents, counts.nodes());
        assertEquals(people + 1, Files.readAllLines(tmp.resolve("people/people.csv")).size());
        assertEquals(1, Files.readAllLines(tmp.resolve("people/events.csv")).size(), "events.csv has only its header");
        assertEquals(count("MATCH (:Person)-[r:HOLDS_OFFICE]->(:Office) RETURN count(r)") + 1,
                Files.readAllLines(tmp.resolve("people/holds_office.csv")).size());
    }

    @Test
    void a_property_outside_the_schema_stops_the_export_and_leaves_the_folder_as_it_was() throws Exception {
        Path out = tmp.resolve("kept");
        CsvExport.write(graph.store(), out, Set.of());
        byte[] people = Files.readAllBytes(out.resolve("people.csv"));
        graph.store().driver().executableQuery("MATCH (p:Person {id: 'person-ryosei-akazawa'}) SET p.nickname = 'x'").execute();
        try {
            var e = assertThrows(ExportException.class, () -> CsvExport.write(graph.store(), out, Set.of()));
            assertTrue(e.getMessage().contains("nickname") && e.getMessage().contains("people.csv"), e.getMessage());
            assertTrue(java.util.Arrays.equals(people, Files.readAllBytes(out.resolve("people.csv"))));
            try (var left = Files.list(tmp)) {
                assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".kept")), "a temporary folder was left behind");
            }
        } finally {
            graph.store().driver().executableQuery("MATCH (p:Person {id: 'person-ryosei-akazawa'}) REMOVE p.nickname").execute();
        }
    }

    @Test
    void graphml_declares_every_key_with_a_type_and_holds_every_node_and_relationship() throws Exception {
        Path file = tmp.resolve("graph.graphml");
        var counts = GraphMlExport.write(graph.store(), file, Set.of());
        var before = digest();
        var doc = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(file.toFile());
        var keys = new HashMap<String, String>();
        var keyNodes = doc.getElementsByTagNameNS(GraphMlExport.NAMESPACE, "key");
        for (int i = 0; i < keyNodes.getLength(); i++) {
            var key = (Element) keyNodes.item(i);
            keys.put(key.getAttribute("id"), key.getAttribute("attr.type"));
        }
        assertEquals(before.nodes(), doc.getElementsByTagNameNS(GraphMlExport.NAMESPACE, "node").getLength());
        assertEquals(before.relationships(), doc.getElementsByTagNameNS(GraphMlExport.NAMESPACE, "edge").getLength());
        assertEquals(before.nodes(), counts.nodes());
        var data = doc.getElementsByTagNameNS(GraphMlExport.NAMESPACE, "data");
        for (int i = 0; i < data.getLength(); i++) {
            var d = (Element) data.item(i);
            String type = keys.get(d.getAttribute("key"));
            assertTrue(type != null, "undeclared key " + d.getAttribute("key"));
            if (type.equals("long")) {
                Long.parseLong(d.getTextContent());
            } else if (type.equals("double")) {
                Double.parseDouble(d.getTextContent());
            }
        }
        assertEquals("long", keys.get("n_durationMinutes"));
        assertEquals("double", keys.get("n_ratePercent"));
    }

    @Test
    void networkx_reads_the_graphml_with_the_same_counts() throws Exception {
        Path file = tmp.resolve("nx.graphml");
        GraphMlExport.write(graph.store(), file, Set.of());
        var before = digest();
        String script = "import sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\n"
                + "print(g.number_of_nodes(), g.number_of_edges(), g.nodes['person-ryosei-akazawa']['labels'])\n";
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", script, file.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no python3 here to run networkx: " + e.getMessage());
            return;
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes()).strip();
        Assumptions.assumeFalse(out.contains("No module named 'networkx'"), "networkx is not installed for python3 here");
        assertEquals(0, p.exitValue(), out);
        assertEquals(before.nodes() + " " + before.relationships() + " :Person", out);
    }

    @Test
    void a_graphml_export_of_some_labels_keeps_only_edges_between_them() throws Exception {
        var w = new StringWriter();
        var counts = GraphMlExport.write(graph.store(), w, Set.of("Person", "Event"));
        assertEquals(count("MATCH (n) WHERE n:Person OR n:Event RETURN count(n)"), counts.nodes());
        assertEquals(count("MATCH (a)-[r]->(b) WHERE (a:Person OR a:Event) AND (b:Person OR b:Event) RETURN count(r)"), counts.relationships());
        assertFalse(w.toString().contains(">REPORTED_IN<"), "no document was selected, so no source edge");
    }

    @Test
    void every_event_becomes_one_plover_record_with_its_code_actors_and_sources() throws Exception {
        var w = new StringWriter();
        PloverExport.write(graph.store(), w);
        var mapper = new ObjectMapper();
        var byKind = new HashMap<String, List<JsonNode>>();
        for (String line : w.toString().split("\n")) {
            JsonNode record = mapper.readTree(line);
            byKind.computeIfAbsent(record.get("record").asText(), k -> new ArrayList<>()).add(record);
        }
        long events = count("MATCH (e:Event) WHERE NOT e:Statement RETURN count(e)");
        assertEquals(events, byKind.get("event").size());
        assertEquals(count("MATCH (e:Statement) RETURN count(e)"), byKind.get("statement").size());
        assertEquals(count("MATCH (t:Tariff) RETURN count(t)"), byKind.get("tariff").size());
        assertEquals(count("MATCH (d:Document) RETURN count(d)"), byKind.get("document").size());
        var ids = new HashSet<String>();
        for (JsonNode e : byKind.get("event")) {
            assertTrue(ids.add(e.get("id").asText()));
            assertTrue(e.get("sources").size() > 0, e.get("id") + " has no source");
            assertTrue(e.get("sources").get(0).get("span").asText().matches("\\d+-\\d+"));
            String kind = e.get("tg_kind").asText();
            if (kind.equals("phone-call")) {
                assertEquals("CONSULT", e.get("event").get(0).asText());
                assertEquals("phone", e.get("mode").get(0).asText());
                assertTrue(e.get("actor").size() >= 2 && e.get("recipient").isEmpty(), e.toString());
            }
            if (e.get("status").asText().equals("planned")) {
                assertTrue(e.get("context").toString().contains("future"), e.toString());
            }
        }
        var call = byKind.get("event").stream().filter(e -> e.get("id").asText().equals("event-2025-06-28-call-akazawa-lutnick-morning"))
                .findFirst();
        call.ifPresent(c -> assertTrue(c.get("actor").toString().contains("Japan"), c.toString()));
        var akazawa = byKind.get("statement").stream().filter(s -> s.get("speaker").toString().contains("Ryosei Akazawa")).count();
        assertTrue(akazawa > 0, "no statement spoken by Akazawa");
    }

    @Test
    void a_plover_event_of_a_phone_call_names_the_countries_of_both_sides() throws Exception {
        var w = new StringWriter();
        PloverExport.write(graph.store(), w);
        var mapper = new ObjectMapper();
        Map<String, JsonNode> calls = new HashMap<>();
        for (String line : w.toString().split("\n")) {
            JsonNode r = mapper.readTree(line);
            if ("phone-call".equals(r.path("tg_kind").asText())) {
                calls.put(r.get("id").asText(), r);
            }
        }
        assertFalse(calls.isEmpty());
        long bothSides = calls.values().stream().filter(c -> c.get("actor").toString().contains("\"JP\"") && c.get("actor").toString().contains("\"US\"")).count();
        assertTrue(bothSides > 0, "no call has actors of both countries: " + calls.values().iterator().next());
    }
}
