package org.tariffgraph.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;
import org.tariffgraph.InvalidRequestException;

/** Exit codes chosen by the type of a failure (and Neo4j's status code), never by the words of its message. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExecutionExceptionHandlerTest {

    private record Handled(int code, String err) {}

    private static Handled handle(Exception e) {
        var err = new StringWriter();
        var cli = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        int code = new ExecutionExceptionHandler().handleExecutionException(e, cli, null);
        return new Handled(code, err.toString());
    }

    @Test
    void a_request_that_cannot_be_done_is_a_usage_error_in_one_line() {
        var h = handle(new InvalidRequestException("--chart t.gif: the file must end in .png or .svg"));
        assertEquals(ExitCodes.USAGE, h.code());
        assertEquals(1, h.err().lines().count(), h.err());
    }

    @Test
    void an_illegal_argument_inside_the_program_is_a_bug_not_a_wrong_command_line() {
        var h = handle(new IllegalArgumentException("the query's columns do not match its record"));
        assertEquals(ExitCodes.FAILED, h.code());
        assertTrue(h.err().contains("unexpected failure"), h.err());
    }

    @Test
    void memory_is_recognised_by_neo4js_status_code_not_by_the_word() {
        var limit = new TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError", "pool limit exceeded");
        assertEquals(ExitCodes.OUT_OF_MEMORY, handle(limit).code());
        var other = new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "not enough memory words here");
        assertFalse(handle(other).code() == ExitCodes.OUT_OF_MEMORY);
    }
}
