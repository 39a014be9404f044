package org.tariffgraph.ask;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.tariffgraph.internal.load.Loader;
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

    /**
     * The questions of each file answered wrong today (src/test/resources/ask/known-misses.txt): the
     * files pin outcomes, so a question that flips from right to wrong fails the suite, and one that
     * comes right fails it too until it is taken off the list. Rewrite the list after a change that
     * should move it with -Dtariffgraph.regenerate=true.
     */
    static final Path KNOWN_MISSES = Path.of("src/test/resources/ask/known-misses.txt");

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
        pinned("questions.jsonl", measure("questions.jsonl", true));
    }

    @Test
    void answers_the_held_out_question_file() throws IOException {
        pinned("holdout.jsonl", measure("holdout.jsonl", true));
    }

    @Test
    void answers_the_blind_question_file_never_tuned_against() throws IOException {
        pinned("blind.jsonl", measure("blind.jsonl", true));
    }

    /** The questions of {@code file} answered wrong must be exactly its known misses. */
    static void pinned(String file, List<String> wrong) throws IOException {
        var known = knownMisses(file);
        if (Boolean.getBoolean("tariffgraph.regenerate")) {
            rewriteKnownMisses(file, wrong);
            return;
        }
        var newlyWrong = wrong.stream().filter(q -> !known.contains(q)).toList();
        var nowRight = known.stream().filter(q -> !wrong.contains(q)).toList();
        assertTrue(newlyWrong.isEmpty(), file + ": answered wrong now, right before: " + newlyWrong);
        assertTrue(nowRight.isEmpty(), file + ": now answered right, take them off known-misses.txt: " + nowRight);
    }

    static List<String> knownMisses(String file) throws IOException {
        var out = new ArrayList<String>();
        for (String line : Files.readAllLines(KNOWN_MISSES)) {
            if (!line.isBlank() && !line.startsWith("#") && line.startsWith(file + " | ")) {
                out.add(line.substring(file.length() + 3));
            }
        }
        return out;
    }

    private static synchronized void rewriteKnownMisses(String file, List<String> wrong) throws IOException {
        var kept = new ArrayList<String>();
        for (String line : Files.readAllLines(KNOWN_MISSES)) {
            if (!line.startsWith(file + " | ")) {
                kept.add(line);
            }
        }
        wrong.forEach(q -> kept.add(file + " | " + q));
        Files.write(KNOWN_MISSES, kept);
    }

    /** Asks every question of a file, prints the accuracy per intent (and, if asked, the misses), returns the questions answered wrong. */
    List<String> measure(String file, boolean showMisses) throws IOException {
        var corpus = corpus(file);
        var perIntent = new TreeMap<String, int[]>();
        var failures = new ArrayList<String>();
        var wrongQuestions = new ArrayList<String>();
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
                wrongQuestions.add(q.get("question").asText());
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
        if (!failures.isEmpty() && showMisses) {
            report.append("Answered wrong:\n");
            failures.forEach(f -> report.append("  - ").append(f).append('\n'));
        }
        System.out.println(report);
        return wrongQuestions;
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
