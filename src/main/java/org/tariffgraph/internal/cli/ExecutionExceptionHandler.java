package org.tariffgraph.internal.cli;

import org.neo4j.driver.exceptions.ClientException;
import org.tariffgraph.InvalidRequestException;
import org.tariffgraph.internal.db.StoreUnavailableException;
import org.tariffgraph.internal.load.InvalidImportException;
import org.tariffgraph.query.CypherRunner.WriteRefusedException;
import org.tariffgraph.query.UnknownNameException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an expected failure into one line on stderr and its own exit code, chosen by the type of the
 * exception (and, for Neo4j's transient errors, by its status code), never by words in a message. An
 * invalid import gets one line per problem; an IllegalArgumentException is a bug, not a wrong command line. Stack traces are printed only with {@code --verbose}, or for a real bug.
 */
final class ExecutionExceptionHandler implements IExecutionExceptionHandler {

    /** Neo4j's status codes for a transaction or the database running out of the memory it may use. */
    private static final java.util.Set<String> OUT_OF_MEMORY = java.util.Set.of(
            "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
            "Neo.TransientError.General.TransactionOutOfMemoryError",
            "Neo.TransientError.General.OutOfMemoryError",
            "Neo.TransientError.Transaction.TransactionMemoryLimit");

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
        var err = cli.getErr();
        int code;
        String message;
        if (ex instanceof InvalidImportException invalid) {
            invalid.problems().forEach(p -> err.println(p));
            err.println("tariffgraph: " + invalid.problems().size() + " problem(s) found; nothing was written");
            return ExitCodes.INVALID_IMPORT;
        } else if (ex instanceof UnknownNameException) {
            code = ExitCodes.UNKNOWN_NAME;
            message = ex.getMessage();
        } else if (ex instanceof StoreUnavailableException) {
            code = ExitCodes.UNAVAILABLE;
            message = ex.getMessage();
        } else if (ex instanceof WriteRefusedException) {
            code = ExitCodes.REFUSED;
            message = ex.getMessage();
        } else if (ex instanceof org.neo4j.driver.exceptions.TransientException t && OUT_OF_MEMORY.contains(t.code())) {
            code = ExitCodes.OUT_OF_MEMORY;
            message = "this needs more memory than one transaction may use here (nothing was written); give Java more heap, e.g. "
                    + "TARIFFGRAPH_JAVA_OPTS=-Xmx4g, load a smaller folder, or load into an empty store with load --replace --method bulk";
        } else if (ex instanceof ClientException) {
            code = ExitCodes.CYPHER_ERROR;
            message = "Neo4j refused the query: " + ex.getMessage().lines().findFirst().orElse("");
        } else if (ex instanceof InvalidRequestException || ex instanceof picocli.CommandLine.ParameterException) {
            code = ExitCodes.USAGE;
            message = ex.getMessage();
        } else {
            code = ExitCodes.FAILED;
            message = "unexpected failure: " + ex;
            ex.printStackTrace(err);
        }
        err.println("tariffgraph: " + message);
        if (GlobalOptions.verbose(cli) && code != ExitCodes.FAILED) {
            ex.printStackTrace(err);
        }
        return code;
    }
}
