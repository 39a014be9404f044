package org.tariffgraph.internal.cli;

import java.nio.file.Path;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.internal.load.ImportReader;
import org.tariffgraph.internal.load.Loader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", description = "Validate an import folder completely, then write it all or nothing: in one transaction, "
        + "or, for a large folder into an empty or replaced embedded store, with Neo4j's bulk importer into a new database swapped in whole.")
final class LoadCommand extends GraphCommand {

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The folder of CSV files (default: the project's import/).")
    Path dir;

    @Option(names = "--dry-run", description = "Validate only; write nothing.")
    boolean dryRun;

    @Option(names = "--replace", description = "Empty the graph first (in the same transaction), so it holds exactly this folder.")
    boolean replace;

    @Option(names = "--method", defaultValue = "auto", description = "auto (bulk for a large folder into an empty or replaced "
            + "embedded store, else transaction), transaction or bulk. Default: ${DEFAULT-VALUE}.")
    Loader.Method method;

    @Override
    boolean loadSeedsWhenEmpty() {
        return false;
    }

    /**
     * Rows, rate and time left on one rewritten stderr line, and the name of each step that reports no
     * rows, when a person watches a terminal and the load has run for more than two seconds; silent
     * otherwise (pipes, CI, logs).
     */
    static Loader.Progress progress(java.io.PrintWriter err) {
        if (System.console() == null) {
            return Loader.Progress.NONE;
        }
        return new Loader.Progress() {
            @Override
            public void written(long rows, long total, java.time.Duration elapsed) {
                double seconds = elapsed.toMillis() / 1000.0;
                if (seconds < 2) {
                    return;
                }
                double rate = rows / seconds;
                long left = rate > 0 ? Math.round((total - rows) / rate) : 0;
                err.print(String.format("\rtariffgraph: %,d of %,d rows, %,.0f rows/s, about %d s left   ", rows, total, rate, left));
                if (rows == total) {
                    err.println();
                }
                err.flush();
            }

            @Override
            public void stage(String what) {
                err.println("tariffgraph: " + what);
                err.flush();
            }
        };
    }

    @Override
    boolean needsStore() {
        return !dryRun;
    }

    private Path folder;
    private org.tariffgraph.internal.load.LoadPlan plan;

    /**
     * A folder is validated completely before the graph changes. A small one (or a dry run) is read
     * here, before any connection is made; a large one is validated as it streams into the staged
     * database or by the loader, so that its rows are never all held in memory at once.
     */
    @Override
    void prepare() {
        folder = dir != null ? dir : Locations.importDir();
        if (dryRun) {
            counts = ImportReader.validate(folder);
        } else if (method != Loader.Method.BULK && !Loader.isLarge(folder)) {
            plan = ImportReader.read(folder);
        }
    }

    private ImportReader.Counts counts;

    @Override
    int run(GraphStore store) {
        var err = spec.commandLine().getErr();
        if (dryRun) {
            err.println("tariffgraph: " + folder + " is valid: " + counts.nodes() + " nodes, " + counts.relationships()
                    + " relationships (dry run: nothing written)");
            return ExitCodes.OK;
        }
        var loader = new Loader(store);
        var result = plan != null ? loader.write(plan, replace, progress(err)) : loader.load(folder, replace, method, progress(err));
        err.println("tariffgraph: loaded " + folder + ": " + result.nodes() + " nodes, " + result.relationships() + " relationships"
                + (replace ? " (graph replaced)" : ""));
        return ExitCodes.OK;
    }
}
