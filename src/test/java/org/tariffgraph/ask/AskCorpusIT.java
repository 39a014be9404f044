package org.tariffgraph.ask;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tariffgraph.TestGraph;
import org.tariffgraph.load.Loader;
import org.tariffgraph.query.Queries;

/**
 * The question file (src/test/resources/ask/questions.jsonl, written before the grammar) asked of
 * the seed graph. Each question is right when its answer and rows contain every expected string and
 * none of the forbidden ones, and, for a question the graph cannot answer, when it returns no rows
 * and says so. Prints the accuracy per intent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AskCorpusIT {

    /** The share of the question file (written before the grammar) that must be answered right. */
    static final double REQUIRED = 0.97;
    /** The same for the held-out file, written later by someone who never saw the grammar or the first file. */
    static final double REQUIRED_HOLDOUT = 0.95;
    /**
     * The blind file was written last, by someone who saw neither the grammar nor the other files, and
     * was asked once, untuned: 50 of 60 right (83 %). The bar sits just under that, so a change that
     * makes the reader generalise worse fails the suite.
     */
    static final double REQUIRED_BLIND = 0.80;

    private TestGraph graph;
    private Asker asker;

    @BeforeAll
    void start() {
        graph = TestGraph.start();
        new Loader(graph.store()).load(TestGraph.SEEDS, false);
        asker = new Asker(new Queries(graph.store()));
    }

    @AfterAll
    void stop() {
        graph.close();
    }

    record Outcome(String intent, boolean right, boolean intentRight, String why) {}

    static List<JsonNode> corpus() throws IOException {
        return corpus("questions.jsonl");
    }

    static List<JsonNode> corpus(String file) throws IOException {
        try (InputStream in = AskCorpusIT.class.getResourceAsStream("/ask/" + file)) {
            var mapper = new ObjectMapper();
            var out = new ArrayList<JsonNode>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(mapper.readTree(line));
                }
            }
            return out;
        }
    }

    static String rendered(Answer a) {
        var sb = new StringBuilder(a.answer()).append('\n');
        for (var row : a.rows()) {
            for (Object cell : row) {
                sb.append(cell(cell)).append(" | ");
            }
            sb.append('\n');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String cell(Object v) {
        if (v instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        if (v instanceof List<?> l) {
            return String.join("; ", l.stream().map(AskCorpusIT::cell).toList());
        }
        return String.valueOf(v);
    }

    /** For another test class that brings its own graph. */
    void use(Asker asker) {
        this.asker = asker;
    }

    Outcome judge(JsonNode q) {
        String intent = q.get("intent").asText();
        Answer a = asker.ask(q.get("question").asText());
        String text = rendered(a);
        var why = new ArrayList<String>();
        q.get("expect").forEach(e -> {
            if (!text.contains(e.asText().toLowerCase(Locale.ROOT))) {
                why.add("lacks '" + e.asText() + "'");
            }
        });
        if (q.has("forbid")) {
            q.get("forbid").forEach(f -> {
                if (text.contains(f.asText().toLowerCase(Locale.ROOT))) {
                    why.add("has forbidden '" + f.asText() + "'");
                }
            });
        }
        if (intent.equals("unknown")) {
            if (!a.rows().isEmpty()) {
                why.add("returned " + a.rows().size() + " rows for something the graph does not hold");
            }
            if (!a.answer().contains("no record") && !a.answer().contains("matches nothing") && !a.answer().contains("names nothing")) {
                why.add("does not say the knowledge base does not know");
            }
        }
        return new Outcome(intent, why.isEmpty(), a.intent().equals(intent), why.isEmpty() ? "" : a.intent() + ": " + String.join(", ", why)
                + " ← " + a.answer());
    }

    @Test
    void answers_the_question_file_and_prints_the_accuracy_per_intent() throws IOException {
        double accuracy = measure("questions.jsonl");
        assertTrue(accuracy >= REQUIRED, "accuracy " + accuracy + " below " + REQUIRED);
    }

    @Test
    void answers_the_held_out_question_file() throws IOException {
        double accuracy = measure("holdout.jsonl");
        assertTrue(accuracy >= REQUIRED_HOLDOUT, "accuracy " + accuracy + " below " + REQUIRED_HOLDOUT);
    }

    @Test
    void answers_the_blind_question_file_never_tuned_against() throws IOException {
        double accuracy = measure("blind.jsonl");
        assertTrue(accuracy >= REQUIRED_BLIND, "accuracy " + accuracy + " below " + REQUIRED_BLIND);
    }

    /** Asks every question of a file, prints the accuracy per intent and the misses, returns the share right. */
    private double measure(String file) throws IOException {
        var corpus = corpus(file);
        var perIntent = new TreeMap<String, int[]>();
        var failures = new ArrayList<String>();
        int right = 0;
        int intentRight = 0;
        for (JsonNode q : corpus) {
            Outcome o = judge(q);
            int[] counts = perIntent.computeIfAbsent(o.intent(), k -> new int[3]);
            counts[0]++;
            if (o.right()) {
                counts[1]++;
                right++;
            } else {
                failures.add(q.get("question").asText() + "\n      " + o.why());
            }
            if (o.intentRight()) {
                counts[2]++;
                intentRight++;
            }
        }
        var report = new StringBuilder("\nAsk accuracy on " + file + " (" + corpus.size() + " questions)\n");
        report.append(String.format("%-14s %9s %9s %9s%n", "intent", "questions", "right", "intent ok"));
        for (Map.Entry<String, int[]> e : perIntent.entrySet()) {
            int[] c = e.getValue();
            report.append(String.format("%-14s %9d %8.0f%% %8.0f%%%n", e.getKey(), c[0], 100.0 * c[1] / c[0], 100.0 * c[2] / c[0]));
        }
        report.append(String.format("%-14s %9d %8.1f%% %8.1f%%%n", "all", corpus.size(), 100.0 * right / corpus.size(), 100.0 * intentRight / corpus.size()));
        if (!failures.isEmpty()) {
            report.append("Answered wrong:\n");
            failures.forEach(f -> report.append("  - ").append(f).append('\n'));
        }
        System.out.println(report);
        return (double) right / corpus.size();
    }

    @Test
    void the_question_file_is_big_and_varied_enough() throws IOException {
        var corpus = corpus();
        assertTrue(corpus.size() >= 120, "at least 120 questions");
        assertTrue(corpus.stream().filter(q -> q.get("intent").asText().equals("unknown")).count() >= 15, "at least 15 the graph cannot answer");
        assertTrue(corpus.stream().filter(q -> q.has("tags") && q.get("tags").toString().contains("misspelling")).count() >= 10,
                "at least 10 with misspellings");
    }
}
