package org.tariffgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A command line that cannot be understood: one line saying why, one line saying where help is. */
final class ParameterExceptionHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        cli.getErr().println("tariffgraph: " + ex.getMessage());
        cli.getErr().println("Try 'tariffgraph " + (cli.getParent() == null ? "" : cli.getCommandName() + " ") + "--help'.");
        return ExitCodes.USAGE;
    }
}
