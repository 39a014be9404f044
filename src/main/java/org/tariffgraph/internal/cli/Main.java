package org.tariffgraph.internal.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code tariffgraph} command: every subcommand is a question about the 2025 US–Japan tariff talks. */
@Command(name = "tariffgraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A knowledge base of the 2025 US-Japan tariff talks: who negotiated what with whom, and when.",
        subcommands = {
            ActorsCommand.class,
            OfficeCommand.class,
            AskCommand.class,
            CounterpartsCommand.class,
            NegotiationsCommand.class,
            RoundsCommand.class,
            TimelineCommand.class,
            TariffsCommand.class,
            ChipsCommand.class,
            SourcesCommand.class,
            StatementsCommand.class,
            ConflictsCommand.class,
            ExportCommand.class,
            DocumentsCommand.class,
            CypherCommand.class,
            LoadCommand.class,
            IngestCommand.class,
            DigestCommand.class,
            GenerateCommand.class,
            ServeCommand.class,
            GuideCommand.class,
            BenchCommand.class,
            HelpCommand.class,
            AutoComplete.GenerateCompletion.class
        })
public final class Main {

    @CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    /** Builds the command line with its exception handler, writing to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        var cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ExecutionExceptionHandler());
        cli.setParameterExceptionHandler(new ParameterExceptionHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
        return cli;
    }

    public static void main(String[] args) {
        var out = new PrintWriter(System.out, true);
        var err = new PrintWriter(System.err, true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
