package org.tariffgraph.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.TestGraph;

/**
 * Rows held in memory ({@link ImportReader#read(String, Map)}) go through the same checks as a folder,
 * and {@link ImportWriter} writes them as the folder that reads back as the same plan.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InMemoryRowsTest {

    @TempDir
    Path tmp;

    private static List<String> problems(Runnable read) {
        var e = assertThrows(InvalidImportException.class, read::run);
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void the_seed_rows_in_memory_give_the_same_plan_as_the_seed_folder() {
        assertEquals(ImportReader.read(TestGraph.SEEDS), ImportReader.read("seeds in memory", ImportFixture.rows(TestGraph.SEEDS)));
    }

    @Test
    void rows_written_as_a_folder_read_back_as_the_same_plan_as_the_rows() {
        var rows = ImportFixture.rows(TestGraph.SEEDS);
        var event = rows.get("events.csv").get(0);
        event.put("summary", "Two lines, a comma and \"quotes\":\nthe second line.\r\nAnd a third.");
        event.put("rules", "call-pattern");
        event.remove("dateNote"); // a column missing from a row is an empty cell
        rows.get("offered.csv").get(1).put("rules", "-;offer-verb");
        Path dir = tmp.resolve("written");
        ImportWriter.write(dir, rows);

        var fromMemory = ImportReader.read("test rows", rows);
        assertEquals(fromMemory, ImportReader.read(dir));
        var events = fromMemory.nodes().stream().filter(b -> b.label().equals("Event")).findFirst().orElseThrow();
        assertEquals(event.get("summary"), ((Map<?, ?>) events.rows().get(0).get("props")).get("summary"));
    }

    @Test
    void every_schema_file_is_written_with_its_whole_header_even_without_rows() throws Exception {
        Path dir = tmp.resolve("empty");
        ImportWriter.write(dir, Map.of());
        for (var file : Schema.columnsByFile().entrySet()) {
            var lines = Files.readAllLines(dir.resolve(file.getKey()));
            assertEquals(List.of(String.join(",", file.getValue().stream().map(Schema.Column::name).toList())), lines, file.getKey());
        }
        assertEquals(0, ImportReader.read(dir).nodeCount());
    }

    @Test
    void a_problem_after_a_cell_of_several_lines_is_on_the_line_it_has_in_the_csv() {
        var rows = ImportFixture.rows(TestGraph.SEEDS);
        rows.get("events.csv").get(0).put("summary", "one\ntwo\r\nthree");
        rows.get("events.csv").get(2).put("date", "2025-02-30");
        Path dir = tmp.resolve("written");
        ImportWriter.write(dir, rows);

        var fromMemory = problems(() -> ImportReader.read("test rows", rows));
        assertEquals(List.of("events.csv:6: date: is not a real date: '2025-02-30'"), fromMemory);
        assertEquals(fromMemory, problems(() -> ImportReader.read(dir)));
    }

    @Test
    void bad_values_unknown_ids_and_duplicates_give_the_same_problems_as_the_same_csv() {
        var rows = ImportFixture.rows(TestGraph.SEEDS);
        rows.get("people.csv").get(0).put("name", " ");
        rows.get("tariffs.csv").get(0).put("ratePercent", "ten");
        rows.get("targets.csv").get(0).put("end", "country-atlantis");
        rows.get("sectors.csv").add(new java.util.LinkedHashMap<>(rows.get("sectors.csv").get(0)));
        rows.get("covers.csv").add(new java.util.LinkedHashMap<>(rows.get("covers.csv").get(0)));
        Path dir = tmp.resolve("written");
        ImportWriter.write(dir, rows);

        var fromMemory = problems(() -> ImportReader.read("test rows", rows));
        assertEquals(5, fromMemory.size(), fromMemory.toString());
        assertTrue(fromMemory.contains("people.csv:2: name: is required but empty"), fromMemory.toString());
        assertTrue(fromMemory.contains("targets.csv:2: end: unknown id 'country-atlantis'"), fromMemory.toString());
        assertEquals(fromMemory, problems(() -> ImportReader.read(dir)));
    }

    @Test
    void a_file_absent_from_the_rows_is_an_empty_file_not_a_missing_one() {
        var rows = ImportFixture.rows(TestGraph.SEEDS);
        rows.remove("cites.csv");
        var plan = ImportReader.read("test rows", rows);
        rows.put("cites.csv", List.of());
        assertEquals(ImportReader.read("test rows", rows), plan);
        assertTrue(plan.relationships().stream().noneMatch(b -> b.type().equals("CITES")));
    }

    @Test
    void a_file_or_a_column_the_schema_does_not_have_is_a_problem_and_the_writer_refuses_it() {
        var rows = ImportFixture.rows(TestGraph.SEEDS);
        rows.get("people.csv").get(1).put("citizenship", "Japanese");
        rows.put("event.csv", List.of());
        var found = problems(() -> ImportReader.read("test rows", rows));
        assertEquals("event.csv:0: (file): is not a file of an import folder (from test rows; expected one of "
                + String.join(", ", Schema.files()) + ")", found.get(0));
        assertEquals("people.csv:1: citizenship: is not a column of people.csv (expected id,name,aliases,nationality,sources,evidence)",
                found.get(1));
        assertEquals(2, found.size(), found.toString());
        assertThrows(IllegalArgumentException.class, () -> ImportWriter.write(tmp.resolve("refused"), rows));
    }
}
