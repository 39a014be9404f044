package org.tariffgraph.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.TestGraph;
import org.tariffgraph.internal.cli.Main;
import org.tariffgraph.query.Digest;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/cases.json}) through {@code tariffgraph load
 * DIR --uri} against one real Neo4j holding the seeds: a refused folder exits 3 with nothing but
 * {@code file:line: field: problem} lines and the summary on stderr, and leaves the graph exactly as
 * it was; a folder that must load exits 0 and stores its text verbatim.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BadInputIT {

    private static final Pattern SUMMARY = Pattern.compile("tariffgraph: (\\d+) problem\\(s\\) found; nothing was written");

    private TestGraph graph;
    private Digest digest;
    private Digest.Result seeds;

    @TempDir
    Path tmp;

    /** One run of the command line, as CliRun does in the cli package. */
    private record Run(int code, String out, String err) {}

    /** Console handlers and their levels before this class quietened them. */
    private final Map<Handler, Level> handlerLevels = new HashMap<>();

    @BeforeAll
    void start() {
        // A CLI run with --uri logs its driver's creation and closing at INFO through java.util.logging to
        // the console (the driver sets its loggers' own level, so only the handlers can hold it back).
        for (Handler h : Logger.getLogger("").getHandlers()) {
            handlerLevels.put(h, h.getLevel());
            h.setLevel(Level.WARNING);
        }
        graph = TestGraph.start();
        new Loader(graph.store()).load(TestGraph.SEEDS, false);
        digest = new Digest(graph.store());
        seeds = digest.compute();
    }

    @AfterAll
    void stop() {
        graph.close();
        handlerLevels.forEach(Handler::setLevel);
    }

    private Run run(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.add("--uri");
        all.add(graph.boltUri());
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @TestFactory
    Stream<DynamicTest> every_case_through_the_cli() {
        return BadInputCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path parent = Files.createTempDirectory(tmp, c.name());
            var variant = BadInputCases.build(c, parent);
            try {
                if (c.refused()) {
                    refused(c, variant);
                } else {
                    loaded(c, variant);
                }
            } finally {
                BadInputCases.remove(parent);
            }
        }));
    }

    private void refused(BadInputCases.Case c, BadInputCases.Variant variant) {
        var args = new ArrayList<>(List.of("load", variant.dir().toString()));
        args.addAll(c.args());
        var r = run(args.toArray(String[]::new));
        String what = c.name() + "\nstderr:\n" + abbreviated(r.err());
        assertEquals(3, r.code(), what);
        assertEquals("", r.out(), what);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "a stack trace or exception name: " + what);
        var lines = r.err().lines().toList();
        assertTrue(lines.size() >= 2, what);
        var summary = SUMMARY.matcher(lines.get(lines.size() - 1));
        assertTrue(summary.matches(), "last line is not the summary: " + what);
        var problems = lines.subList(0, lines.size() - 1);
        assertEquals(Integer.parseInt(summary.group(1)), problems.size(), what);
        for (String line : problems) {
            assertTrue(BadInputCases.PROBLEM_LINE.matcher(line).matches(), "not file:line: field: problem: " + abbreviated(line) + "\n" + what);
        }
        assertTrue(variant.pattern(c.first()).matcher(problems.get(0)).matches(),
                "first line does not match " + variant.pattern(c.first()) + ": " + what);
        if (c.count() >= 0) {
            assertEquals(c.count(), problems.size(), what);
        }
        assertEquals(seeds, digest.compute(), c.name() + ": the graph changed");
    }

    private void loaded(BadInputCases.Case c, BadInputCases.Variant variant) {
        var args = new ArrayList<>(List.of("load", variant.dir().toString()));
        args.addAll(c.args());
        var r = run(args.toArray(String[]::new));
        String what = c.name() + "\nstderr:\n" + abbreviated(r.err());
        assertEquals(0, r.code(), what);
        assertEquals("", r.out(), what);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), what);
        var after = digest.compute();
        assertTrue(after.nodes() >= seeds.nodes(), c.name() + ": nodes were lost: " + after + " after, " + seeds + " before");
        if (c.sameGraph()) {
            assertEquals(seeds, after, c.name() + ": the load changed the graph");
        }
        for (var s : c.stored()) {
            var rows = graph.store().driver().executableQuery(
                            "MATCH (n {id: $id}) WHERE $label IN labels(n) RETURN n[$property] AS value")
                    .withParameters(Map.of("id", s.id(), "label", s.label(), "property", s.property()))
                    .execute().records();
            assertEquals(1, rows.size(), c.name() + ": no single " + s.label() + " " + s.id());
            assertEquals(s.value(), rows.get(0).get("value").asString(), c.name() + ": " + s.property() + " of " + s.id());
        }
        if (!after.equals(seeds)) {
            var restore = run("load", TestGraph.SEEDS.toString(), "--replace");
            assertEquals(0, restore.code(), restore.err());
            assertEquals(seeds, digest.compute(), c.name() + ": the seeds could not be restored");
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 4000) + "… (" + text.length() + " characters)";
    }
}
