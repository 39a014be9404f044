package org.tariffgraph.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.TestGraph;

/**
 * The {@code rules} column (per source, the extraction rule that proposed a fact, {@code -} for a
 * curated source): optional in the header, checked like any one-value-per-source column, and landing
 * on each REPORTED_IN of a node as {@code rule} and on a relationship as the list {@code rules}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RulesColumnTest {

    private static final String AKAZAWA = "person-ryosei-akazawa";
    /** The five sources of the first row of people.csv (Akazawa), in order. */
    private static final List<String> AKAZAWA_SOURCES = List.of("000_17abbd0a8cabfd1f", "001_0d99ea31585ef7ba",
            "002_4eaeae4dd2adb612", "003_2fc20aa8a024164e", "004_151e93711cde5b1c");

    @TempDir
    Path tmp;

    /** Adds a last column {@code rules} to a file of {@code dir}: {@code firstRow} on its first row, empty on the others. */
    private static void addRules(Path dir, String file, String firstRow) {
        var lines = ImportFixture.lines(dir, file);
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + "," + (i == 0 ? "rules" : i == 1 ? firstRow : ""));
        }
        ImportFixture.write(dir, file, lines);
    }

    private static List<String> problems(Runnable read) {
        var e = assertThrows(InvalidImportException.class, read::run);
        return e.problems().stream().map(Problem::toString).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        return (Map<String, Object>) row.get("props");
    }

    /** document → the props of the REPORTED_IN from {@code id} to it. */
    private static Map<String, Map<String, Object>> reportedIn(LoadPlan plan, String id) {
        return plan.relationships().stream().filter(b -> b.type().equals("REPORTED_IN")).flatMap(b -> b.rows().stream())
                .filter(r -> r.get("start").equals(id)).collect(Collectors.toMap(r -> (String) r.get("end"), RulesColumnTest::props));
    }

    @Test
    void a_folder_with_rules_loads_and_puts_each_rule_on_its_REPORTED_IN_and_keeps_a_relationships_list() {
        Path dir = ImportFixture.copyOfSeeds(tmp);
        assertEquals(AKAZAWA, ImportFixture.lines(dir, "people.csv").get(1).split(",")[0]);
        addRules(dir, "people.csv", "-;name-pair;-;title-apposition;name-pair");
        addRules(dir, "offered.csv", "offer-verb");
        var plan = ImportReader.read(dir);

        var reports = reportedIn(plan, AKAZAWA);
        assertEquals(AKAZAWA_SOURCES, reports.keySet().stream().sorted().toList());
        assertFalse(reports.get(AKAZAWA_SOURCES.get(0)).containsKey("rule"), "no rule for a curated source (-)");
        assertEquals("name-pair", reports.get(AKAZAWA_SOURCES.get(1)).get("rule"));
        assertEquals("title-apposition", reports.get(AKAZAWA_SOURCES.get(3)).get("rule"));
        var person = plan.nodes().stream().filter(b -> b.label().equals("Person")).findFirst().orElseThrow().rows().get(0);
        assertFalse(props(person).containsKey("rules"), "rules is not a node property");

        var offered = plan.relationships().stream().filter(b -> b.type().equals("OFFERED")).flatMap(b -> b.rows().stream()).toList();
        assertEquals(List.of("offer-verb"), props(offered.get(0)).get("rules"));
        assertFalse(props(offered.get(1)).containsKey("rules"), "an empty rules cell is no property");
    }

    @Test
    void a_folder_whose_headers_lack_rules_still_loads_and_no_report_has_a_rule() {
        for (String file : Schema.files()) {
            assertFalse(ImportFixture.lines(TestGraph.SEEDS, file).get(0).contains("rules"), file + " of the seeds has a rules column");
        }
        var plan = ImportReader.read(TestGraph.SEEDS);
        assertTrue(plan.relationships().stream().flatMap(b -> b.rows().stream())
                .noneMatch(r -> props(r).containsKey("rule") || props(r).containsKey("rules")));
        assertEquals(5, reportedIn(plan, AKAZAWA).size());
    }

    @Test
    void a_rules_value_count_different_from_the_sources_count_names_file_line_and_rules() {
        Path dir = ImportFixture.copyOfSeeds(tmp);
        addRules(dir, "people.csv", "name-pair;-");
        assertEquals(List.of("people.csv:2: rules: has 2 value(s) for 5 source(s); give one per source, in the same order "
                + "(- for a source that says nothing of it)"), problems(() -> ImportReader.read(dir)));
    }

    @Test
    void an_empty_rule_between_separators_is_refused() {
        Path dir = ImportFixture.copyOfSeeds(tmp);
        addRules(dir, "offered.csv", "offer-verb;");
        var found = problems(() -> ImportReader.read(dir));
        assertEquals(List.of("offered.csv:2: rules: has an empty value; give one value per source, and - for a source that says nothing of it"),
                found);
    }

    @Test
    void in_memory_rows_with_a_bad_rules_value_give_the_same_problem_as_the_same_csv() {
        var rows = ImportFixture.rows(TestGraph.SEEDS);
        rows.get("people.csv").get(0).put("rules", "name-pair");
        rows.get("offered.csv").get(1).put("rules", "offer-verb;;-");
        Path dir = tmp.resolve("written");
        ImportWriter.write(dir, rows);

        var fromMemory = problems(() -> ImportReader.read("test rows", rows));
        assertEquals(List.of(
                "people.csv:2: rules: has 1 value(s) for 5 source(s); give one per source, in the same order (- for a source that says nothing of it)",
                "offered.csv:3: rules: has an empty value; give one value per source, and - for a source that says nothing of it"), fromMemory);
        assertEquals(fromMemory, problems(() -> ImportReader.read(dir)));
    }

    @Test
    void a_rules_column_need_not_be_in_a_header_but_every_other_column_must() {
        var people = Schema.NODES.stream().filter(f -> f.file().equals("people.csv")).findFirst().orElseThrow();
        assertEquals(List.of("id", "name", "aliases", "nationality", "sources", "evidence"), Schema.headerNames(people.columns()));
        assertEquals("rules", people.columns().get(people.columns().size() - 1).name());
    }
}
