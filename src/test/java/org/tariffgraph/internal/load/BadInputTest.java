package org.tariffgraph.internal.load;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.TestGraph;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/cases.json}) against {@link ImportReader}
 * alone, no database: every refused case is refused with well-formed problem lines, the first one as
 * the case says and, where a case lists several faults, all of them; every loaded case reads cleanly.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BadInputTest {

    @TempDir
    Path tmp;

    @Test
    void the_corpus_has_at_least_32_cases_with_unique_names_and_both_outcomes() {
        var cases = BadInputCases.all();
        assertTrue(cases.size() >= 32, "only " + cases.size() + " cases");
        var names = new HashSet<String>();
        for (var c : cases) {
            assertTrue(names.add(c.name()), "two cases named " + c.name());
            if (c.refused()) {
                assertTrue(c.first() != null, c.name() + ": a refused case needs the regex of its first problem");
            } else {
                assertTrue(c.first() == null && c.all().isEmpty(), c.name() + ": a loaded case has no problems to match");
            }
        }
        assertTrue(cases.stream().anyMatch(c -> c.refused() && c.count() >= 2), "no case with several independent faults");
        assertTrue(cases.stream().anyMatch(c -> !c.refused()), "no case that must load");
    }

    @TestFactory
    Stream<DynamicTest> every_case_is_read_as_the_corpus_says() {
        return BadInputCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            var variant = BadInputCases.build(c, tmp);
            try {
                if (c.refused()) {
                    checkRefused(c, variant);
                } else {
                    var plan = assertDoesNotThrow(() -> ImportReader.read(variant.dir()), c.name());
                    if (c.sameGraph()) {
                        var seeds = ImportReader.read(TestGraph.SEEDS);
                        assertEquals(seeds.nodeCount(), plan.nodeCount(), c.name());
                        assertEquals(seeds.relationshipCount(), plan.relationshipCount(), c.name());
                    }
                }
            } finally {
                BadInputCases.remove(variant.dir());
            }
        }));
    }

    private static void checkRefused(BadInputCases.Case c, BadInputCases.Variant variant) {
        var e = assertThrows(InvalidImportException.class, () -> ImportReader.read(variant.dir()), c.name() + " was not refused");
        List<String> found = e.problems().stream().map(Problem::toString).toList();
        assertFalse(found.isEmpty(), c.name());
        for (String line : found) {
            assertTrue(BadInputCases.PROBLEM_LINE.matcher(line).matches(), c.name() + ": not file:line: field: problem: " + line);
            assertFalse(line.contains("Exception") || line.contains("\n"), c.name() + ": " + line);
        }
        assertTrue(variant.pattern(c.first()).matcher(found.get(0)).matches(),
                c.name() + ": first problem\n  " + found.get(0) + "\ndoes not match\n  " + variant.pattern(c.first()) + "\nall: " + found);
        for (String regex : c.all()) {
            var p = variant.pattern(regex);
            assertTrue(found.stream().anyMatch(f -> p.matcher(f).matches()), c.name() + ": no problem matches " + p + " in " + found);
        }
        if (c.count() >= 0) {
            assertEquals(c.count(), found.size(), c.name() + ": " + found);
        }
    }

    @Test
    void two_independent_faults_are_both_reported_and_nothing_else() {
        var c = BadInputCases.all().stream().filter(x -> x.name().equals("two-independent-faults")).findFirst().orElseThrow();
        var variant = BadInputCases.build(c, tmp);
        var e = assertThrows(InvalidImportException.class, () -> ImportReader.read(variant.dir()));
        var found = e.problems().stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "events.csv:" + variant.line() + ": date: is not a real date: '2025-02-30'",
                "targets.csv:2: end: unknown id 'country-atlantis'"), found);
    }
}
