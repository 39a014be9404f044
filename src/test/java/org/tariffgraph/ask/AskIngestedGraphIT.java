package org.tariffgraph.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tariffgraph.TestGraph;
import org.tariffgraph.internal.ingest.GraphRows;
import org.tariffgraph.internal.ingest.Ingest;
import org.tariffgraph.internal.load.Loader;
import org.tariffgraph.query.Queries;

/**
 * The question files asked of the seed graph after a report of its own (ask/ingested/e01_wire.txt)
 * has been ingested, so that facts arriving with a report are askable at once. blind2.jsonl and
 * blind3.jsonl were written by people who saw neither the grammar nor the other question files and
 * are never tuned on: the test prints the share right per class, not the questions missed, guards
 * against falling below first contact, and pins which questions are right (known-misses.txt) like
 * the other files. dev3.jsonl was written the same way but is a development file: the reader may be
 * tuned on it after its first contact was recorded (README).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AskIngestedGraphIT {

    private TestGraph graph;
    private AskCorpusIT judge;

    @BeforeAll
    void start() throws Exception {
        graph = TestGraph.startWithSeeds();
        var known = GraphRows.read(graph.store());
        var report = Path.of(AskIngestedGraphIT.class.getResource("/ask/ingested/e01_wire.txt").toURI());
        var result = Ingest.run(known, Ingest.read(List.of(report), null, Year.of(2025)), done -> { });
        new Loader(graph.store()).write(result.plan(), false);
        judge = new AskCorpusIT();
        judge.use(new Asker(new Queries(graph.store())));
    }

    @AfterAll
    void stop() {
        graph.close();
    }

    /** Right at first contact, before the reader was changed for it (README): the floor, not a target. */
    @Test
    void answers_the_second_blind_file_at_least_as_well_as_at_first_contact() throws IOException {
        measure("blind2.jsonl", 0.72);
    }

    @Test
    void answers_the_third_blind_file_at_least_as_well_as_at_first_contact() throws IOException {
        measure("blind3.jsonl", BLIND3_FIRST_CONTACT);
    }

    @Test
    void answers_the_development_file_at_least_as_well_as_at_first_contact() throws IOException {
        measure("dev3.jsonl", DEV3_FIRST_CONTACT);
    }

    @Test
    void answers_the_second_development_file_at_least_as_well_as_at_first_contact() throws IOException {
        measure("dev4.jsonl", DEV4_FIRST_CONTACT);
    }

    @Test
    void answers_the_third_development_file_at_least_as_well_as_at_first_contact() throws IOException {
        measure("dev5.jsonl", DEV5_FIRST_CONTACT);
    }

    @Test
    void answers_the_fourth_blind_file_at_least_as_well_as_at_first_contact() throws IOException {
        measure("blind4.jsonl", BLIND4_FIRST_CONTACT);
    }

    @Test
    void answers_the_fifth_blind_file_at_least_as_well_as_at_first_contact() throws IOException {
        measure("blind5.jsonl", BLIND5_FIRST_CONTACT);
    }

    /** 90 of 110 at first contact: written after the dev5 round by a helper who saw no grammar (blind5-README.md). */
    static final double BLIND5_FIRST_CONTACT = 0.818;

    /** 78 of 100 at first contact, before the reader was changed for it. */
    static final double DEV5_FIRST_CONTACT = 0.78;
    /** 81 of 110 at first contact, at the same point. */
    static final double BLIND4_FIRST_CONTACT = 0.736;

    /** 82 of 110 at first contact, after the blind3 figures above. */
    static final double DEV4_FIRST_CONTACT = 0.745;

    /** 80 of 110 at first contact, after the reader was split into stages and answerers, before its rules changed. */
    static final double BLIND3_FIRST_CONTACT = 0.727;
    /** 84 of 120 at first contact, at the same point. */
    static final double DEV3_FIRST_CONTACT = 0.70;

    private void measure(String file, double firstContact) throws IOException {
        var corpus = AskCorpusIT.corpus(file);
        var perClass = new TreeMap<String, int[]>();
        var wrong = new java.util.ArrayList<String>();
        var why = new StringBuilder();
        int right = 0;
        for (JsonNode q : corpus) {
            var outcome = judge.judge(q);
            boolean ok = outcome.right();
            if (!ok) {
                wrong.add(q.get("question").asText());
                why.append("  - ").append(q.get("question").asText()).append("\n      ").append(outcome.why()).append('\n');
            }
            int[] c = perClass.computeIfAbsent(q.get("class").asText(), k -> new int[2]);
            c[0]++;
            c[1] += ok ? 1 : 0;
            right += ok ? 1 : 0;
        }
        var report = new StringBuilder("\nAsk on " + file + " (" + corpus.size() + " questions)\n");
        for (Map.Entry<String, int[]> e : perClass.entrySet()) {
            report.append(String.format("  %-22s %4d questions %5.0f%% right%n", e.getKey(), e.getValue()[0], 100.0 * e.getValue()[1] / e.getValue()[0]));
        }
        double accuracy = (double) right / corpus.size();
        report.append(String.format("  %-22s %4d questions %5.1f%% right%n", "all", corpus.size(), 100 * accuracy));
        // a blind file shows only its shares: the questions it misses are not for reading
        System.out.println(report + (file.startsWith("blind") || why.isEmpty() ? "" : "Answered wrong:\n" + why));
        assertTrue(corpus.size() >= 100);
        assertTrue(accuracy >= firstContact, file + ": accuracy " + accuracy + " below first contact " + firstContact);
        AskCorpusIT.pinned(file, wrong);
    }

    @Test
    void the_ingested_report_is_in_the_graph() {
        var count = graph.store().driver().executableQuery("MATCH (d:Document {id: 'e01_wire'}) RETURN count(d) AS n").execute()
                .records().get(0).get("n").asLong();
        assertEquals(1, count);
    }
}
