package org.tariffgraph.internal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tariffgraph.internal.synth.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = "Write a synthetic import folder shaped like the real one, for measuring at scale.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--events", required = true, paramLabel = "N", description = "How many events to generate.")
    int events;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write (created if missing).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed; the same seed gives the same files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var summary = new CorpusGenerator(events, seed).writeTo(out);
        spec.commandLine().getErr().println("tariffgraph: wrote " + summary.events() + " events, " + summary.nodes() + " nodes and "
                + summary.relationships() + " relationships to " + summary.folder());
        return ExitCodes.OK;
    }
}
