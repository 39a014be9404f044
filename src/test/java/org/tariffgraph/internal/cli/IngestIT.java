package org.tariffgraph.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.internal.load.ImportReader;

/**
 * ingest through the command line against a real Neo4j holding the curated seeds: a report of known
 * facts adds sources instead of nodes, a disagreement is kept as a second claim, a second ingest of
 * the same file adds nothing, and bad input writes nothing. The reports are written here, in words of
 * this test, about the facts the seeds hold.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IngestIT extends SeedGraphCli {

    /** A report of two known calls (28 June 2025) and one new fact: a new official by title and name. */
    static final String KNOWN_CALLS = """
            date 2025-06-28
            Tokyo's tariff envoy Ryosei Akazawa and Howard Lutnick, the U.S. commerce secretary, talked by phone twice on Saturday, \
            officials in Tokyo said, as the two sides looked for a way through their dispute over car duties.
            Akazawa talked with Lutnick for roughly 15 minutes in the morning and for roughly 20 minutes in the evening, the government said.
            U.S. Trade Representative Jamieson Greer did not take part in the calls, according to the officials.

            Most read
            Markets slide as yen firms
            Weather warning for Kyushu
            Local team wins pennant
            """;

    /** The same meeting of 27 June 2025 as the seeds, with another length. */
    static final String LONGER_MEETING = """
            date 2025-06-28
            Akazawa held a meeting with Howard Lutnick that lasted about 90 minutes on Friday, people briefed on the talks said.
            """;

    @TempDir
    static Path dir;


    private Path report(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private long count(String cypher) {
        return graph.store().driver().executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    @Test
    @Order(1)
    void a_draft_holds_the_new_facts_and_the_known_ones_with_one_more_source_and_the_graph_is_untouched() throws Exception {
        long nodes = count("MATCH (n) RETURN count(n)");
        Path draft = dir.resolve("draft");
        var r = run("ingest", report("calls-report.txt", KNOWN_CALLS).toString(), "--out", draft.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(nodes, count("MATCH (n) RETURN count(n)"), "without --apply the graph is not touched");
        assertTrue(r.out().contains("corroborates") && r.out().contains("event-2025-06-28-call-akazawa-lutnick-morning"), r.out());
        assertTrue(r.out().contains("person Jamieson Greer holds"), r.out());
        assertTrue(r.out().contains("\u00BB"), "the passage marks the words the rule read: " + r.out());
        var counts = ImportReader.validate(draft);
        assertTrue(counts.nodes() > 0, "the draft is a valid import folder");
        assertTrue(run("load", "--dry-run", draft.toString()).code() == 0);
        String people = Files.readString(draft.resolve("people.csv"));
        assertTrue(people.contains("person-jamieson-greer"), people);
        assertFalse(Files.readString(draft.resolve("events.csv")).contains("Markets slide"), "nothing from the headline list");
    }

    @Test
    @Order(2)
    void apply_adds_sources_not_nodes_for_known_calls_and_marks_them_extracted() throws Exception {
        long calls = count("MATCH (e:PhoneCall) RETURN count(e)");
        var r = run("ingest", report("calls-applied.txt", KNOWN_CALLS).toString(), "--out", dir.resolve("applied").toString(), "--apply");
        assertEquals(0, r.code(), r.err());
        assertEquals(calls, count("MATCH (e:PhoneCall) RETURN count(e)"), "a reported-again call is one call with two sources");
        assertEquals(2, count("MATCH (:Event {id: 'event-2025-06-28-call-akazawa-lutnick-evening'})-[:REPORTED_IN]->(d) RETURN count(d)"));
        assertEquals(1, count("MATCH (p:Person {id: 'person-jamieson-greer'})-[:HOLDS_OFFICE]->(:Office) RETURN count(p)"));
        var json = new ObjectMapper().readTree(run("sources", "event-2025-06-28-call-akazawa-lutnick-evening", "--origin", "extracted",
                "--format", "json").out());
        assertTrue(json.get("rows").size() > 0);
        json.get("rows").forEach(row -> {
            assertEquals("calls-applied", row.get("document").asText());
            assertFalse(row.get("rule").isNull(), "an extracted source names its rule");
            assertEquals(2, row.get("reports").asInt());
        });
        var curated = new ObjectMapper().readTree(run("sources", "event-2025-06-28-call-akazawa-lutnick-evening", "--origin", "curated",
                "--format", "json").out());
        curated.get("rows").forEach(row -> assertTrue(row.get("rule").isNull()));
    }

    @Test
    @Order(3)
    void the_same_file_again_adds_nothing() throws Exception {
        long rels = count("MATCH ()-[r]->() RETURN count(r)");
        var r = run("ingest", dir.resolve("calls-applied.txt").toString(), "--apply");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("skipped: calls-applied"), r.err());
        assertEquals(rels, count("MATCH ()-[r]->() RETURN count(r)"));
    }

    @Test
    @Order(4)
    void a_report_that_disagrees_keeps_both_claims_and_conflicts_lists_them() throws Exception {
        var r = run("ingest", report("longer-meeting.txt", LONGER_MEETING).toString(), "--out", dir.resolve("longer").toString(), "--apply");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("conflicts"), r.out());
        assertEquals(60, count("MATCH (e:Event {id: 'event-2025-06-27-meeting-akazawa-lutnick'}) RETURN e.durationMinutes"));
        assertEquals(1, count("""
                MATCH (other:Event)-[c:CONFLICTS_WITH {aspect: 'duration'}]->(:Event {id: 'event-2025-06-27-meeting-akazawa-lutnick'})
                WHERE other.durationMinutes = 90 RETURN count(c)"""));
        var conflicts = run("conflicts", "--format", "csv");
        assertTrue(conflicts.out().contains("longer-meeting"), conflicts.out());
    }

    @Test
    @Order(5)
    void bad_input_is_one_line_per_file_a_non_zero_exit_and_nothing_written() throws Exception {
        long nodes = count("MATCH (n) RETURN count(n)");
        Path good = report("good.txt", LONGER_MEETING.replace("90", "75"));
        var cases = Map.of(
                "empty.txt", new byte[0],
                "binary.txt", new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01},
                "latin1.txt", "Akazawa met Lutnick in M\u00fcnchen for talks that ran long into the night, officials said.".getBytes(StandardCharsets.ISO_8859_1),
                "page.txt", "<!DOCTYPE html><html><body><p>Akazawa met Lutnick.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        for (var c : cases.entrySet()) {
            Path bad = dir.resolve(c.getKey());
            Files.write(bad, c.getValue());
            Path out = dir.resolve("never-" + c.getKey());
            var r = run("ingest", good.toString(), bad.toString(), "--out", out.toString(), "--apply");
            assertEquals(ExitCodes.INVALID_IMPORT, r.code(), c.getKey() + ": " + r.err());
            var lines = r.err().lines().filter(l -> l.contains(c.getKey())).toList();
            assertEquals(1, lines.size(), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertFalse(Files.exists(out), "no draft for " + c.getKey());
        }
        assertEquals(nodes, count("MATCH (n) RETURN count(n)"), "nothing was loaded");
    }

    @Test
    @Order(6)
    void a_published_date_that_does_not_parse_is_a_usage_error() throws Exception {
        var r = run("ingest", report("dated.txt", LONGER_MEETING).toString(), "--published", "2025-13-40");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--published"), r.err());
    }
}
