package org.tariffgraph.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** How the command line is understood, without any database. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CliParsingTest {

    private static Main parse(String... args) {
        var main = new Main();
        new CommandLine(main).parseArgs(args);
        return main;
    }

    @Test
    void global_options_are_accepted_after_the_command_name() {
        var main = parse("counterparts", "--format", "json", "--data-dir", "/tmp/x", "Akazawa");
        assertEquals(GlobalOptions.Format.json, main.global.format);
        assertEquals(Path.of("/tmp/x"), main.global.dataDir);
    }

    @Test
    void global_options_are_accepted_before_the_command_name() {
        var main = parse("--format", "csv", "--uri", "bolt://localhost:7687", "rounds");
        assertEquals(GlobalOptions.Format.csv, main.global.format);
        assertEquals("bolt://localhost:7687", main.global.uri);
    }

    @Test
    void an_unknown_format_is_a_usage_error() {
        assertThrows(CommandLine.ParameterException.class, () -> parse("rounds", "--format", "xml"));
    }

    @Test
    void every_question_of_the_foundation_is_a_command() {
        var names = new CommandLine(new Main()).getSubcommands().keySet();
        for (String c : new String[] {"actors", "office", "counterparts", "negotiations", "rounds", "timeline", "tariffs",
                "chips", "sources", "cypher", "load", "digest"}) {
            assertTrue(names.contains(c), c);
        }
    }

    @Test
    void a_bad_date_is_one_line_and_exit_code_2_before_any_store_opens() {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("negotiations", "--from", "2025-02-30", "--data-dir", "/nonexistent/never-created");
        assertEquals(ExitCodes.USAGE, code, err.toString());
        assertTrue(err.toString().startsWith("tariffgraph: Invalid value for option '--from': '2025-02-30' is not an ISO date"), err.toString());
        assertEquals(2, err.toString().lines().count(), err.toString());
        assertTrue(!Path.of("/nonexistent/never-created").toFile().exists());
        assertEquals("", out.toString());
    }

    @Test
    void the_guide_command_prints_a_browser_guide_with_one_slide_per_question() {
        var out = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter())).execute("guide");
        assertEquals(0, code);
        assertTrue(out.toString().startsWith("<article class=\"guide\">"), out.toString().substring(0, 40));
        assertTrue(out.toString().contains("cypher/queries/tariffs.cypher"));
        assertTrue(out.toString().contains(":params {actorId: 'person-ryosei-akazawa'}"));
    }

    @Test
    void cypher_parameters_are_typed() {
        assertEquals(7L, CypherCommand.typed("7"));
        assertEquals(2.5, CypherCommand.typed("2.5"));
        assertEquals(Boolean.TRUE, CypherCommand.typed("true"));
        assertEquals("Akazawa", CypherCommand.typed("Akazawa"));
        assertEquals(null, CypherCommand.typed("null"));
    }
}
