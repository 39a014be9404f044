package org.tariffgraph.cli;

import java.nio.file.Path;
import org.tariffgraph.db.GraphStore;
import org.tariffgraph.load.ImportReader;
import org.tariffgraph.load.Loader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", description = "Validate an import folder completely, then write it in one all-or-nothing transaction.")
final class LoadCommand extends GraphCommand {

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The folder of CSV files (default: the project's import/).")
    Path dir;

    @Option(names = "--dry-run", description = "Validate only; write nothing.")
    boolean dryRun;

    @Option(names = "--replace", description = "Empty the graph first (in the same transaction), so it holds exactly this folder.")
    boolean replace;

    @Override
    boolean loadSeedsWhenEmpty() {
        return false;
    }

    /**
     * Rows, rate and time left on one rewritten stderr line, when a person watches a terminal and the
     * load has run for more than two seconds; silent otherwise (pipes, CI, logs).
     */
    static Loader.Progress progress(java.io.PrintWriter err) {
        if (System.console() == null) {
            return Loader.Progress.NONE;
        }
        return (rows, total, elapsed) -> {
            double seconds = elapsed.toMillis() / 1000.0;
            if (seconds < 2) {
                return;
            }
            double rate = rows / seconds;
            long left = rate > 0 ? Math.round((total - rows) / rate) : 0;
            err.print(String.format("\rtariffgraph: %,d of %,d rows, %,.0f rows/s, about %d s left (then the commit)   ", rows, total, rate, left));
            if (rows == total) {
                err.println();
            }
            err.flush();
        };
    }

    @Override
    boolean needsStore() {
        return !dryRun;
    }

    private Path folder;
    private org.tariffgraph.load.LoadPlan plan;

    /** The whole folder is validated before any connection is made: a bad folder never touches the graph. */
    @Override
    void prepare() {
        folder = dir != null ? dir : Locations.importDir();
        plan = ImportReader.read(folder);
    }

    @Override
    int run(GraphStore store) {
        var err = spec.commandLine().getErr();
        if (dryRun) {
            err.println("tariffgraph: " + folder + " is valid: " + plan.nodeCount() + " nodes, " + plan.relationshipCount()
                    + " relationships (dry run: nothing written)");
            return ExitCodes.OK;
        }
        var result = new Loader(store).write(plan, replace, progress(err));
        err.println("tariffgraph: loaded " + folder + ": " + result.nodes() + " nodes, " + result.relationships() + " relationships"
                + (replace ? " (graph replaced)" : ""));
        return ExitCodes.OK;
    }
}
