package org.tariffgraph.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The default way in: no server, an embedded store on disk, filled from import/ on first use. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedCliIT {

    @TempDir
    static Path data;

    @Test
    @Order(1)
    void the_first_question_loads_the_seed_facts_and_answers_with_only_the_answer_on_stdout() throws Exception {
        var run = CliRun.of("counterparts", "Akazawa", "--format", "json", "--data-dir", data.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("first use: loading the seed facts"), run.err());
        var json = new ObjectMapper().readTree(run.out());
        var names = json.get("rows").findValuesAsText("counterpart");
        assertTrue(names.contains("Howard Lutnick"), names.toString());
        assertTrue(Files.exists(data.resolve("logs").resolve("debug.log")), "Neo4j logs in the data folder");
    }

    @Test
    @Order(2)
    void a_second_command_reuses_the_store_without_loading_again() {
        var run = CliRun.of("--data-dir", data.toString(), "rounds", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("round,name,place,"), run.out());
    }
}
