package org.tariffgraph.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The curated seed facts say no more than their reports and name every outside source. Read through
 * the loader's own validation, without a database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SeedFactsTest {

    /** "(Yomiuri Shimbun, 6 June 2025)" or "(…; Asahi Shimbun, 7 June 2025)": a publication and its date. */
    private static final Pattern CITED = Pattern.compile("\\(([^()]*; )?[A-Z][^(),;]+, \\d{1,2} (January|February|March|April|May|June|July|"
            + "August|September|October|November|December) \\d{4}(; [^()]+)?\\)");

    private record Row(String kind, String id, Map<String, Object> props) {}

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Map<String, Object>> nodes = new HashMap<>();

    @BeforeAll
    void read() {
        ImportReader.stream(Path.of("import"), new ImportReader.RowSink() {
            @Override
            public void node(String label, String id, Map<String, Object> props, List<String> labels, List<String> dropLabels) {
                rows.add(new Row(label, id, props));
                nodes.put(id, props);
            }

            @Override
            public void relationship(String type, String startLabel, String endLabel, String start, String end, Map<String, Object> props) {
                rows.add(new Row(type, start + " -> " + end, props));
            }
        });
    }

    @Test
    void every_inferred_date_names_its_outside_source_with_publication_and_date() {
        var missing = new ArrayList<String>();
        for (Row r : rows) {
            for (var pair : List.of(List.of("dateBasis", "dateNote"), List.of("publishedBasis", "publishedNote"))) {
                if ("inferred".equals(r.props().get(pair.get(0)))) {
                    Object note = r.props().get(pair.get(1));
                    if (note == null || !CITED.matcher(note.toString()).find() || note.toString().contains("outside knowledge")) {
                        missing.add(r.kind() + " " + r.id() + ": " + note);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(rows.stream().filter(r -> "inferred".equals(r.props().get("dateBasis"))).count() > 15, "the check saw the inferred dates");
    }

    @Test
    void the_fifth_and_sixth_rounds_carry_the_dates_of_the_record() {
        assertEquals("2025-06-05", nodes.get("event-round-5-washington").get("date"));
        assertEquals("2025-06-06", nodes.get("event-round-5-washington").get("endDate"));
        assertEquals("2025-06-13", nodes.get("event-round-6").get("date"));
        assertEquals("2025-06-06", nodes.get("003_2fc20aa8a024164e").get("published"));
        assertEquals("2025-06-09", nodes.get("004_151e93711cde5b1c").get("published"));
        assertEquals(4L, nodes.get("event-2025-06-09-trip-akazawa-sixth-round").get("ordinal"), "004: his fourth trip within a month");
    }

    @Test
    void no_participant_has_a_role_the_text_does_not_give() {
        var callers = rows.stream().filter(r -> r.kind().equals("PARTICIPATED_IN") && "caller".equals(r.props().get("role"))).toList();
        assertEquals(List.of(), callers);
    }

    @Test
    void an_expected_effect_is_not_coverage() {
        var effects = rows.stream().filter(r -> r.kind().equals("EXPECTED_TO_AFFECT")).map(Row::id).toList();
        assertEquals(4, effects.size(), effects.toString());
        var covers = rows.stream().filter(r -> r.kind().equals("COVERS")).map(Row::id).toList();
        assertTrue(effects.stream().noneMatch(covers::contains), "the same link as coverage and as expected effect");
    }

    @Test
    void a_chip_is_tied_to_a_tariff_only_by_a_report_that_names_it() {
        var from003 = rows.stream().filter(r -> r.kind().equals("SEEKS_RELIEF_FROM"))
                .filter(r -> ((List<?>) r.props().get("sources")).contains("003_2fc20aa8a024164e")).toList();
        assertEquals(List.of(), from003, "003 ties its chips to tariffs in general");
    }

    @Test
    void a_status_is_kept_per_report() {
        var farm = rows.stream().filter(r -> r.id().equals("gov-japan -> chip-us-farm-imports")).findFirst().orElseThrow();
        assertEquals(List.of("under consideration", "submitted"), farm.props().get("status"));
        assertEquals(List.of("003_2fc20aa8a024164e", "004_151e93711cde5b1c"), farm.props().get("sources"));
    }

    @Test
    void a_deadline_that_was_due_is_not_told_as_passed() {
        var said = rows.stream().filter(r -> r.props().values().stream()
                .anyMatch(v -> v instanceof String s && s.matches("(?s).*\\b(pause|it) (ended|has ended|was lifted)\\b.*"))).map(Row::id).toList();
        assertEquals(List.of(), said);
        assertFalse("held".equals(nodes.get("event-2025-07-09-end-of-24-percent-tariff-pause").get("status")));
    }
}
