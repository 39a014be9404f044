package org.tariffgraph.internal.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A command line that cannot be understood: one line saying why, one line saying where help is. */
final class ParameterExceptionHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        // picocli names the Java exception behind a failed conversion; say only what was wrong with the value
        String message = String.valueOf(ex.getMessage()).replaceAll("\\s*\\((?:[a-z]+\\.)+\\w+(?:Exception|Error): (.*)\\)$", ": $1")
                .replace("\u0000", "\\0");
        cli.getErr().println("tariffgraph: " + message.lines().findFirst().orElse(""));
        cli.getErr().println("Try 'tariffgraph " + (cli.getParent() == null ? "" : cli.getCommandName() + " ") + "--help'.");
        return ExitCodes.USAGE;
    }
}
