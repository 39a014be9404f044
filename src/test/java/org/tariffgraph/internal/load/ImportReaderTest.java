package org.tariffgraph.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.TestGraph;

/** Validation of import folders, without a database: every problem is found before anything is written. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImportReaderTest {

    @TempDir
    Path tmp;

    private List<String> problems(Path dir) {
        var e = assertThrows(InvalidImportException.class, () -> ImportReader.read(dir));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void the_seed_folder_is_valid_and_holds_every_kind_of_fact() {
        var plan = ImportReader.read(TestGraph.SEEDS);
        var labels = plan.nodes().stream().filter(b -> !b.rows().isEmpty()).map(LoadPlan.NodeBatch::label).toList();
        assertEquals(Schema.NODES.stream().map(Schema.NodeFile::label).toList(), labels);
        var types = plan.relationships().stream().map(LoadPlan.RelBatch::type).distinct().toList();
        for (String t : List.of("HOLDS_OFFICE", "OF", "PARTICIPATED_IN", "PART_OF", "CONCERNS", "IMPOSED_BY", "TARGETS",
                "COVERS", "COMPONENT_OF", "OFFERED", "SEEKS_RELIEF_FROM", "PUBLISHED_BY", "WROTE", "REPORTED_IN", "CONFLICTS_WITH")) {
            assertTrue(types.contains(t), "no " + t + " in the seeds");
        }
    }

    @Test
    void an_unknown_id_in_a_relationship_file_names_file_line_and_field() {
        Path dir = ImportFixture.copyOfSeeds(tmp);
        var lines = ImportFixture.lines(dir, "participated_in.csv");
        String firstStart = lines.get(1).split(",")[0];
        ImportFixture.edit(dir, "participated_in.csv", 1, firstStart, "person-nobody");
        assertEquals(List.of("participated_in.csv:2: start: unknown id 'person-nobody'"), problems(dir));
    }

    @Test
    void an_impossible_date_and_a_missing_required_field_are_both_reported() {
        Path dir = ImportFixture.copyOfSeeds(tmp);
        var events = ImportFixture.lines(dir, "events.csv");
        int row = indexOfLineContaining(events, ",2025-06-28,");
        ImportFixture.edit(dir, "events.csv", row, ",2025-06-28,", ",2025-02-30,");
        var people = ImportFixture.lines(dir, "people.csv");
        String name = people.get(1).split(",")[1];
        ImportFixture.edit(dir, "people.csv", 1, "," + name + ",", ",,");
        var found = problems(dir);
        assertTrue(found.contains("events.csv:" + (row + 1) + ": date: is not a real date: '2025-02-30'"), found.toString());
        assertTrue(found.contains("people.csv:2: name: is required but empty"), found.toString());
        assertEquals(2, found.size(), found.toString());
    }

    @Test
    void a_duplicate_id_across_files_points_at_its_first_definition() {
        Path dir = ImportFixture.copyOfSeeds(tmp);
        String personId = ImportFixture.lines(dir, "people.csv").get(1).split(",")[0];
        var sectors = ImportFixture.lines(dir, "sectors.csv");
        String sectorId = sectors.get(1).split(",")[0];
        ImportFixture.append(dir, "sectors.csv", sectors.get(1).replaceFirst(java.util.regex.Pattern.quote(sectorId), personId));
        var found = problems(dir);
        assertEquals("sectors.csv:" + (sectors.size() + 1) + ": id: duplicate id '" + personId + "' (first defined at people.csv:2)",
                found.get(0));
    }

    @Test
    void a_missing_column_and_a_short_row_are_refused() {
        Path dir = ImportFixture.copyOfSeeds(tmp);
        ImportFixture.edit(dir, "countries.csv", 0, ",iso", "");
        ImportFixture.append(dir, "sectors.csv", "sector-x,Something");
        var found = problems(dir);
        assertTrue(found.contains("countries.csv:1: iso: column is missing from the header"), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.matches("sectors\\.csv:\\d+: \\(row\\): has 2 fields, the header has \\d+")), found.toString());
    }

    @Test
    void a_missing_file_is_named() throws Exception {
        Path dir = ImportFixture.copyOfSeeds(tmp);
        Files.delete(dir.resolve("chips.csv"));
        var found = problems(dir);
        assertTrue(found.get(0).startsWith("chips.csv:0: (file): is missing"), found.toString());
    }

    @Test
    void evidence_must_have_one_span_per_source_and_stay_inside_the_article_body() {
        Path dir = ImportFixture.copyOfSeeds(tmp);
        var docs = ImportFixture.lines(dir, "documents.csv");
        var sectors = ImportFixture.lines(dir, "sectors.csv");
        String row = sectors.get(1);
        String span = row.substring(row.lastIndexOf(',') + 1);
        ImportFixture.edit(dir, "sectors.csv", 1, "," + span, "," + span + ";1-2");
        var found = problems(dir);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).matches("sectors\\.csv:2: evidence: has (\\d+) span\\(s\\) for \\d+ source\\(s\\); give one span per source, in the same order"),
                found.toString());
        assertEquals(docs.size(), ImportFixture.lines(dir, "documents.csv").size(), "documents untouched");
    }

    @Test
    void a_byte_order_mark_and_crlf_line_ends_load_fine() throws Exception {
        Path dir = ImportFixture.copyOfSeeds(tmp);
        Path people = dir.resolve("people.csv");
        String text = Files.readString(people, StandardCharsets.UTF_8);
        Files.writeString(people, "\uFEFF" + text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        assertEquals(ImportReader.read(TestGraph.SEEDS).nodeCount(), ImportReader.read(dir).nodeCount());
    }

    @Test
    void invalid_utf8_is_refused_with_its_line() throws Exception {
        Path dir = ImportFixture.copyOfSeeds(tmp);
        Path sectors = dir.resolve("sectors.csv");
        byte[] bytes = Files.readAllBytes(sectors);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;
        Files.write(sectors, broken);
        var found = problems(dir);
        assertTrue(found.get(0).matches("sectors\\.csv:\\d+: \\(file\\): is not valid UTF-8"), found.toString());
    }

    @Test
    void cypher_looking_text_is_kept_as_plain_text() {
        Path dir = ImportFixture.copyOfSeeds(tmp);
        var people = ImportFixture.lines(dir, "people.csv");
        String name = people.get(1).split(",")[1];
        ImportFixture.edit(dir, "people.csv", 1, "," + name + ",", ",\"x\"\"}) DETACH DELETE n //\",");
        var plan = ImportReader.read(dir);
        var person = plan.nodes().stream().filter(b -> b.label().equals("Person")).findFirst().orElseThrow().rows().get(0);
        assertEquals("x\"}) DETACH DELETE n //", ((java.util.Map<?, ?>) person.get("props")).get("name"));
    }

    private static int indexOfLineContaining(List<String> lines, String text) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new IllegalStateException("no line with " + text);
    }
}
