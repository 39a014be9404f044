package org.tariffgraph.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tariffgraph.TestGraph;

/** Every command through picocli against a real Neo4j reached with --uri: its table, its JSON, its errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommandsIT extends SeedGraphCli {


    private JsonNode json(String... args) throws Exception {
        var all = new ArrayList<>(List.of(args));
        all.add("--format");
        all.add("json");
        var r = run(all.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> column(JsonNode json, String name) {
        var out = new ArrayList<String>();
        json.get("rows").forEach(row -> out.add(row.get(name).isNull() ? null : row.get(name).asText()));
        return out;
    }

    @Test
    void counterparts_prints_a_table_with_lutnick_first() {
        var r = run("counterparts", "Akazawa");
        assertEquals(0, r.code(), r.err());
        var lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("counterpart "), lines[0]);
        assertTrue(lines[1].startsWith("----"), lines[1]);
        assertTrue(lines[2].startsWith("Howard Lutnick "), lines[2]);
        assertTrue(lines[lines.length - 1].matches("\\(\\d+ rows?\\)"), lines[lines.length - 1]);
    }

    @Test
    void counterparts_json_has_columns_and_row_objects() throws Exception {
        var j = json("counterparts", "Ryosei Akazawa");
        assertEquals("counterpart", j.get("columns").get(0).asText());
        assertTrue(column(j, "counterpart").containsAll(List.of("Howard Lutnick", "Scott Bessent")));
        assertTrue(j.get("rows").get(0).get("sources").isArray());
    }

    @Test
    void a_title_names_its_holder() throws Exception {
        var j = json("counterparts", "Commerce Secretary");
        assertTrue(column(j, "counterpart").contains("Ryosei Akazawa"), j.toString());
    }

    @Test
    void an_unknown_actor_is_one_line_with_candidates_and_exit_code_4() {
        var r = run("counterparts", "Akazwa");
        assertEquals(ExitCodes.UNKNOWN_NAME, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("did you mean Ryosei Akazawa (person-ryosei-akazawa)"), r.err());
    }

    @Test
    void actors_filters_by_type() throws Exception {
        var j = json("actors", "--type", "government");
        assertEquals(List.of("government", "government"), column(j, "type"));
    }

    @Test
    void office_as_of_and_by_title() throws Exception {
        var j = json("office", "--title", "Treasury");
        assertEquals(List.of("Scott Bessent"), column(j, "person"));
        var before = json("office", "--title", "Treasury", "--as-of", "2024-12-31");
        assertEquals(0, before.get("rows").size(), "Bessent took office in 2025");
    }

    @Test
    void negotiations_with_filters_lists_the_saturday_calls() throws Exception {
        var j = json("negotiations", "--actor", "Akazawa", "--with", "Lutnick", "--from", "2025-06-28", "--to", "2025-06-28");
        assertEquals(List.of("15", "20"), column(j, "durationMinutes"));
        assertEquals(List.of("Saturday", "Saturday"), column(j, "weekday"));
    }

    @Test
    void rounds_csv_has_a_header_and_one_line_per_round() {
        var r = run("rounds", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        var lines = r.out().split("\r\n");
        assertTrue(lines[0].startsWith("round,name,place,date,"), lines[0]);
        assertTrue(r.out().contains("\r\n7,"), r.out());
    }

    @Test
    void timeline_for_bessent_only_has_his_events() throws Exception {
        var j = json("timeline", "--actor", "Bessent");
        assertTrue(j.get("rows").size() >= 2);
        j.get("rows").forEach(row -> assertTrue(row.get("participants").toString().contains("Scott Bessent")));
    }

    @Test
    void tariffs_by_country_and_everyday_sector_word() throws Exception {
        var j = json("tariffs", "--target", "Japan", "--sector", "cars");
        assertTrue(column(j, "ratePercent").contains("27.5"), j.toString());
    }

    @Test
    void chips_by_sector() throws Exception {
        var j = json("chips", "--sector", "shipbuilding");
        assertEquals(List.of("chip-shipbuilding-cooperation"), column(j, "id"));
    }

    @Test
    void sources_of_a_node_and_of_a_missing_one() throws Exception {
        var j = json("sources", "tariff-us-auto-combined-27-5");
        assertTrue(column(j, "document").contains("002_4eaeae4dd2adb612"));
        var r = run("sources", "no-such-id");
        assertEquals(ExitCodes.UNKNOWN_NAME, r.code());
    }

    @Test
    void cypher_reads_with_parameters_and_refuses_writes() throws Exception {
        var j = json("cypher", "MATCH (p:Person {id: $id}) RETURN p.name AS name", "-p", "id=person-scott-bessent");
        assertEquals(List.of("Scott Bessent"), column(j, "name"));
        var before = json("digest");
        var refused = run("cypher", "MATCH (n) DETACH DELETE n");
        assertEquals(ExitCodes.REFUSED, refused.code());
        assertTrue(refused.err().startsWith("tariffgraph: refused: this query would change the graph"), refused.err());
        assertEquals(before, json("digest"));
    }

    @Test
    void a_cypher_syntax_error_is_one_line_and_exit_code_7() {
        var r = run("cypher", "MATCH (n RETURN n");
        assertEquals(ExitCodes.CYPHER_ERROR, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void load_dry_run_validates_without_writing_and_load_is_idempotent() throws Exception {
        var before = json("digest");
        var dry = run("load", "--dry-run", TestGraph.SEEDS.toString());
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.err().contains("is valid"), dry.err());
        var load = run("load", TestGraph.SEEDS.toString());
        assertEquals(0, load.code(), load.err());
        assertEquals(before, json("digest"));
    }

    @Test
    void ask_answers_in_one_sentence_with_rows_and_sources() {
        var r = run("ask", "Who did Akazawa talk to on June 28, 2025?");
        assertEquals(0, r.code(), r.err());
        var lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("Ryosei Akazawa dealt with Howard Lutnick in two events"), lines[0]);
        assertTrue(r.out().contains("Akazawa-Lutnick morning phone call"), r.out());
        assertFalse(r.out().contains("datePrecision"), "the terminal table shows the columns that answer the question: " + r.out());
        assertTrue(lines[lines.length - 1].equals("Sources: 002_4eaeae4dd2adb612"), lines[lines.length - 1]);
        var wide = run("ask", "--wide", "Who did Akazawa talk to on June 28, 2025?");
        assertTrue(wide.out().contains("datePrecision") && wide.out().contains("event-2025-06-28-call-akazawa-lutnick-morning"), wide.out());
    }

    @Test
    void ask_with_no_reading_and_nothing_unknown_falls_back_to_a_match_on_words_and_says_so() {
        var r = run("ask", "what about strenuously");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("No reading of the question fits, so this is a match on its words"), r.out());
        assertTrue(r.out().contains("strenuously") && r.out().contains("002_4eaeae4dd2adb612"), r.out());
        var unknown = run("ask", "What did Macron say about the tariffs?");
        assertTrue(unknown.out().contains("no record of") && !unknown.out().contains("match on its words"), unknown.out());
    }

    @Test
    void ask_reads_a_date_inside_a_topic_as_the_topics_and_picks_orders_and_answers_no_with_the_nearest_event() {
        var topic = run("ask", "When was the call about the tariff due to take effect on August 1?");
        assertTrue(topic.out().startsWith("45-minute Akazawa-Lutnick phone call"), topic.out());
        var longest = run("ask", "Which of the two Saturday calls between Akazawa and Lutnick on June 28 was longer?");
        assertTrue(longest.out().startsWith("The longest was Akazawa-Lutnick evening phone call"), longest.out());
        var no = run("ask", "Did Akazawa meet Bessent on June 27, 2025?");
        assertTrue(no.out().startsWith("No: the knowledge base has no record of") && no.out().contains("The nearest in time"), no.out());
    }

    @Test
    void ask_explain_names_the_rule_that_chose_the_answer() {
        var r = run("ask", "--explain", "Whom did Akazawa brief?");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("rule:       whom-one-briefed"), r.out());
        assertTrue(r.out().contains("Shigeru Ishiba") && r.out().contains("contacts.cypher"), r.out());
    }

    @Test
    void ask_json_carries_the_intent_parameters_query_rows_answer_and_sources() throws Exception {
        var j = json("ask", "How long did Akazawa and Lutnick talk on the evening of June 28?");
        for (String key : List.of("question", "intent", "parameters", "query", "columns", "rows", "answer", "sources")) {
            assertTrue(j.has(key), key + " in " + j);
        }
        assertEquals("negotiations", j.get("intent").asText());
        assertEquals("negotiations.cypher", j.get("query").get("file").asText());
        assertTrue(j.get("query").get("text").asText().contains("$actorId"));
        assertEquals("evening", j.get("parameters").get("timeOfDay").asText());
        assertEquals("2025-06-28", j.get("parameters").get("from").asText());
        assertEquals(1, j.get("rows").size());
        assertEquals(20, j.get("rows").get(0).get("durationMinutes").asInt());
    }

    @Test
    void ask_explain_shows_how_the_question_was_understood() {
        var r = run("ask", "--explain", "Which chips did Tokyo float on farm goods?");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Understood as: chips"), r.out());
        assertTrue(r.out().contains("'Tokyo' → "), r.out());
        assertTrue(r.out().contains("query:      cypher/queries/chips.cypher"), r.out());
    }

    @Test
    void ask_says_plainly_what_it_does_not_know_and_exits_0() throws Exception {
        var j = json("ask", "Did Lutnick meet Macron in Paris?");
        assertEquals("unknown", j.get("intent").asText());
        assertEquals(0, j.get("rows").size());
        assertTrue(j.get("answer").asText().startsWith("The knowledge base has no record of"), j.toString());
        assertTrue(j.get("answer").asText().contains("Macron"), j.toString());
    }

    @Test
    void ask_dash_answers_one_question_per_line_of_stdin_in_one_session() throws Exception {
        var original = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Who is the commerce secretary?\n\nWhere was the fifth round held?\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            var r = run("ask", "-", "--format", "json");
            assertEquals(0, r.code(), r.err());
            var lines = r.out().strip().split("\n");
            assertEquals(2, lines.length, r.out());
            var mapper = new ObjectMapper();
            assertEquals("office", mapper.readTree(lines[0]).get("intent").asText());
            assertTrue(mapper.readTree(lines[1]).get("answer").asText().contains("Washington"), lines[1]);
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void hostile_text_through_every_command_changes_nothing_and_prints_no_stack_trace() throws Exception {
        var before = json("digest");
        var hostile = List.of("x\"}) DETACH DELETE n //", "'; MATCH (n) DETACH DELETE n; //", "$actorId", "CALL db.clearQueryCaches()",
                "Akazawa' OR 1=1 --", "\u0000", "%s%n", "../../../../etc/passwd");
        var templates = List.of(
                List.of("ask", "%"), List.of("counterparts", "%"), List.of("chips", "--offered-by", "%"), List.of("chips", "--sector", "%"),
                List.of("actors", "--type", "%"), List.of("office", "--title", "%"), List.of("office", "--person", "%"),
                List.of("negotiations", "--actor", "%"), List.of("negotiations", "--with", "%"), List.of("negotiations", "--place", "%"),
                List.of("timeline", "--actor", "%"), List.of("tariffs", "--target", "%"), List.of("tariffs", "--sector", "%"),
                List.of("sources", "%"), List.of("documents", "%"), List.of("cypher", "RETURN $x AS x", "-p", "x=%"),
                List.of("load", "--dry-run", "%"));
        for (var template : templates) {
            for (String h : hostile) {
                var args = template.stream().map(a -> a.equals("%") ? h : a.replace("x=%", "x=" + h)).toArray(String[]::new);
                var r = run(args);
                String where = String.join(" ", args) + " → " + r.code() + " " + r.err();
                assertTrue(Set.of(0, 2, 3, 4).contains(r.code()), where);
                assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), where);
            }
        }
        assertEquals(before, json("digest"));
    }

    @Test
    void an_unreachable_server_is_one_line_and_exit_code_5() {
        var r = CliRun.of("rounds", "--uri", "bolt://127.0.0.1:1");
        assertEquals(ExitCodes.UNAVAILABLE, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("cannot reach Neo4j at bolt://127.0.0.1:1"), r.err());
    }

    @Test
    void statements_by_a_speaker_about_a_word_with_a_date_range() throws Exception {
        var j = json("statements", "--by", "Akazawa", "--about", "common ground");
        assertEquals(List.of("event-statement-akazawa-after-fifth-round"), column(j, "id"));
        assertEquals(List.of("reporters"), column(j, "audience"));
        var june = json("statements", "--from", "2025-06-01", "--to", "2025-06-30");
        assertTrue(column(june, "date").stream().allMatch(d -> d != null && d.startsWith("2025-06")), column(june, "date").toString());
        var r = run("statements", "--by", "Macron");
        assertEquals(ExitCodes.UNKNOWN_NAME, r.code(), r.out());
        assertTrue(r.err().contains("Macron"), r.err());
    }

    @Test
    void conflicts_lists_the_24_percent_and_the_tokyo_talks_each_claim_with_its_sources() throws Exception {
        var j = json("conflicts");
        var conflicts = column(j, "conflict");
        assertTrue(conflicts.contains("tariff-us-japan-auto-24-july | tariff-us-japan-reciprocal-24"), conflicts.toString());
        assertTrue(conflicts.contains("event-tokyo-ministerial-talks-with-trump | event-2025-04-16-initial-talks"), conflicts.toString());
        assertTrue(column(j, "aspect").contains("place"));
    }

    @Test
    void sources_shows_no_passage_without_the_article_texts() throws Exception {
        var j = json("sources", "event-2025-06-28-call-akazawa-lutnick-morning", "--documents", "no-such-folder");
        assertTrue(column(j, "passage").stream().allMatch(p -> p == null), column(j, "passage").toString());
        assertTrue(column(j, "attribution").contains("an official said, and the Japanese government gave the length"));
    }

    @Test
    void export_writes_a_folder_and_reports_what_it_wrote(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        var r = run("export", "--format", "csv", "--out", tmp.resolve("out").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.err().contains("exported") && r.err().contains("nodes"), r.err());
        assertTrue(java.nio.file.Files.readString(tmp.resolve("out/people.csv")).contains("Ryosei Akazawa"));
    }

    @Test
    void export_to_standard_output_is_the_records_alone() throws Exception {
        var r = run("export", "--format", "jsonl");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        for (String line : r.out().split("\n")) {
            assertTrue(new ObjectMapper().readTree(line).has("record"), line);
        }
    }

    @Test
    void export_refuses_a_wrong_command_line_in_one_line_with_exit_code_2() {
        for (var args : List.of(List.of("export"), List.of("export", "--format", "csv"), List.of("export", "--format", "graphml", "--label", "Nope"),
                List.of("export", "--format", "jsonl", "--label", "Person"), List.of("actors", "--format", "graphml"))) {
            var r = run(args.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, r.code(), args + ": " + r.err());
            assertEquals("", r.out(), args.toString());
            assertTrue(r.err().lines().findFirst().orElse("").startsWith("tariffgraph: "), args + ": " + r.err());
        }
    }

    @Test
    void a_timeline_chart_is_drawn_and_the_events_it_cannot_place_are_listed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        var r = run("timeline", "--chart", tmp.resolve("t.png").toString(), "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(javax.imageio.ImageIO.read(tmp.resolve("t.png").toFile()).getWidth() > 0);
        var undated = column(new ObjectMapper().readTree(r.out()), "date");
        assertFalse(undated.isEmpty());
        assertTrue(undated.stream().allMatch(d -> d == null || d.length() < 7), undated.toString());
        var bad = run("tariffs", "--chart", tmp.resolve("t.gif").toString());
        assertEquals(ExitCodes.USAGE, bad.code());
    }
}
